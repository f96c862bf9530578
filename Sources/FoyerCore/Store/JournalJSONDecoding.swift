import Foundation

/// Hand-written decoders for journal lines (see RegistrationJSONDecoding.swift for why), accepting
/// exactly what JournalEntry's, JournalHeader's and Change's Codable conformances accept.
extension JournalHeader {
    private static let keys: JSONKeys = ["foyerJournal", "generation"]
    init(json r: inout JSONReader) throws {
        var c = try r.beginObject()
        var version: Int?, generation: Int?
        while let k = try r.nextKey(&c, Self.keys) {
            switch k {
            case 0: version = try r.int("foyerJournal")
            default: generation = try r.int("generation")
            }
        }
        guard let version else { throw r.missing("foyerJournal", in: c) }
        guard let generation else { throw r.missing("generation", in: c) }
        self.init(foyerJournal: version, generation: generation)
    }

    /// Decodes one whole line; nothing but whitespace may follow the object.
    static func decode(line: UnsafeBufferPointer<UInt8>) throws -> JournalHeader {
        var r = JSONReader(line)
        let header = try JournalHeader(json: &r)
        try r.expectEnd()
        return header
    }
}

extension JournalEntry {
    private static let keys: JSONKeys = ["change", "desk", "seq", "time"]
    init(json r: inout JSONReader) throws {
        var c = try r.beginObject()
        var change: Change?, desk: String?, seq: Int?, time: Date?
        while let k = try r.nextKey(&c, Self.keys) {
            switch k {
            case 0: change = try r.nested("change") { try Change(json: &$0) }
            case 1: desk = try r.string("desk")
            case 2: seq = try r.int("seq")
            default: time = try r.date("time")
            }
        }
        guard let seq else { throw r.missing("seq", in: c) }
        guard let time else { throw r.missing("time", in: c) }
        guard let desk else { throw r.missing("desk", in: c) }
        guard let change else { throw r.missing("change", in: c) }
        self.init(seq: seq, time: time, desk: desk, change: change)
    }

    /// Decodes one whole journal line; nothing but whitespace may follow the object.
    static func decode(line: UnsafeBufferPointer<UInt8>) throws -> JournalEntry {
        var r = JSONReader(line)
        let entry = try JournalEntry(json: &r)
        try r.expectEnd()
        return entry
    }
}

extension Change {
    private static let keys: JSONKeys = ["checkIn", "code", "edit", "event", "payment", "registrant", "status", "type"]
    private static let types = ["register", "edit", "setStatus", "recordPayment", "checkIn", "undoCheckIn", "delete"]

    /// "type" decides which other keys matter, and sorted keys put it last: so the first pass only notes
    /// where each known key's value starts, and the values the type needs are decoded afterwards. Keys
    /// the type does not use are skipped unread, as Codable did.
    init(json r: inout JSONReader, _ key: StaticString = "change") throws {
        var c = try r.beginObject(key)
        var at = [Int](repeating: -1, count: Self.keys.count)
        while let k = try r.nextKey(&c, Self.keys) {
            at[k] = r.pos
            try r.skipValue()
        }
        let after = r.pos
        func seek(_ k: Int, _ name: StaticString) throws {
            guard at[k] >= 0 else { throw r.missing(name, in: c) }
            r.pos = at[k]
        }
        try seek(7, "type")
        let typeStart = r.pos
        let type = try r.string("type")
        guard Self.types.contains(type) else {
            throw r.contentError("\"type\": \"\(type)\" is not one of " + Self.types.joined(separator: ", "), at: typeStart)
        }
        func code() throws -> String { try seek(1, "code"); return try r.string("code") }
        switch type {
        case "register":
            try seek(5, "registrant")
            self = .register(try r.nested("registrant") { try Registrant(json: &$0) })
        case "edit":
            let code = try code()
            try seek(2, "edit")
            self = .edit(code: code, try r.nested("edit") { try RegistrantEdit(json: &$0) })
        case "setStatus":
            let code = try code()
            try seek(6, "status")
            self = .setStatus(code: code, try r.enumValue("status", RegistrationStatus.allCases))
        case "recordPayment":
            let code = try code()
            try seek(4, "payment")
            self = .recordPayment(code: code, try r.nested("payment") { try Payment(json: &$0) })
        case "checkIn":
            let code = try code()
            try seek(0, "checkIn")
            self = .checkIn(code: code, try r.nested("checkIn") { try CheckIn(json: &$0) })
        case "undoCheckIn":
            let code = try code()
            try seek(3, "event")
            self = .undoCheckIn(code: code, try r.nested("event") { try CheckInEvent(json: &$0) })
        default:
            self = .delete(code: try code())
        }
        r.pos = after
    }
}
