import Foundation

/// One line of `journal.jsonl`: a change, when it was made, and at which desk.
public struct JournalEntry: Hashable, Sendable, Codable {
    /// 1, 2, 3 … within one journal file (a compaction starts a new file at 1).
    public var seq: Int
    public var time: Date
    public var desk: String
    /// The Unix account the desk ran as (nil in lines written before foyer recorded it).
    public var user: String?
    public var change: Change

    public init(seq: Int, time: Date, desk: String, user: String? = nil, change: Change) {
        self.seq = seq; self.time = time; self.desk = desk; self.user = user; self.change = change
    }
    public init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
    public func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }
}

/// The first line of every journal file: its schema version and the snapshot generation it follows.
public struct JournalHeader: Hashable, Sendable, Codable {
    public var foyerJournal: Int
    public var generation: Int
    public init(foyerJournal: Int = JournalHeader.currentVersion, generation: Int) {
        self.foyerJournal = foyerJournal; self.generation = generation
    }
    public init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
    public func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }
    public static let currentVersion = 1
}

/// The stored fields of a journal line and of the header line (see StoredFields).
extension JournalEntry: StoredObject {
    static let storedName: StaticString = "the value"
    static let fields = StoredFields<JournalEntry>(blank: JournalEntry(seq: 0, time: Date(timeIntervalSince1970: 0), desk: "", change: .delete(code: "")), [
        .required("seq", { $0.seq }, { $0.seq = $1 }),
        .required("time", { $0.time }, { $0.time = $1 }),
        .required("desk", { $0.desk }, { $0.desk = $1 }),
        .optional("user", { $0.user }, { $0.user = $1 }),
        .required("change", { $0.change }, { $0.change = $1 }),
    ])
}

extension JournalHeader: StoredObject {
    static let storedName: StaticString = "the value"
    static let fields = StoredFields<JournalHeader>(blank: JournalHeader(generation: 0), [
        .required("foyerJournal", { $0.foyerJournal }, { $0.foyerJournal = $1 }),
        .required("generation", { $0.generation }, { $0.generation = $1 }),
    ])
}

/// The journal entries since the snapshot, chunked like the registry: the store appends one per change
/// while the screen's state shares the rest, so an append copies one chunk rather than every entry.
public typealias Journal = ChunkedArray<JournalEntry>
