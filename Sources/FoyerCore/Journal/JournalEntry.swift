import Foundation

/// One line of `journal.jsonl`: a change, when it was made, and at which desk.
public struct JournalEntry: Hashable, Sendable, Codable {
    /// 1, 2, 3 … within one journal file (a compaction starts a new file at 1).
    public var seq: Int
    public var time: Date
    public var desk: String
    public var change: Change

    public init(seq: Int, time: Date, desk: String, change: Change) {
        self.seq = seq; self.time = time; self.desk = desk; self.change = change
    }
}

/// The first line of every journal file: its schema version and the snapshot generation it follows.
public struct JournalHeader: Hashable, Sendable, Codable {
    public var foyerJournal: Int
    public var generation: Int
    public init(foyerJournal: Int = JournalHeader.currentVersion, generation: Int) {
        self.foyerJournal = foyerJournal; self.generation = generation
    }
    public static let currentVersion = 1
}

/// The journal entries since the snapshot, chunked like the registry: the store appends one per change
/// while the screen's state shares the rest, so an append copies one chunk rather than every entry.
public typealias Journal = ChunkedArray<JournalEntry>
