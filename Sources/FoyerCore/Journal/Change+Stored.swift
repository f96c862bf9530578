import Foundation

/// How a change is stored: `"type"` names the case, and each case keeps its values under keys of their
/// own — `{"code":"SAF-0001","payment":{…},"type":"recordPayment"}`. One description of the cases
/// (`Kind`, `storedValues`, `init(kind:from:)`) serves the store's reader and writer and Codable alike.
extension Change: Codable, StoredValue {
    enum Kind: String, CaseIterable, Codable {
        case register, edit, setStatus, recordPayment, checkIn, undoCheckIn, delete
    }

    var kind: Kind {
        switch self {
        case .register: return .register
        case .edit: return .edit
        case .setStatus: return .setStatus
        case .recordPayment: return .recordPayment
        case .checkIn: return .checkIn
        case .undoCheckIn: return .undoCheckIn
        case .delete: return .delete
        }
    }

    /// The case's values under their keys, "type" aside.
    var storedValues: [(key: StaticString, value: any StoredValue)] {
        switch self {
        case .register(let r): return [("registrant", r)]
        case .edit(let code, let e): return [("code", code), ("edit", e)]
        case .setStatus(let code, let s): return [("code", code), ("status", s)]
        case .recordPayment(let code, let p): return [("code", code), ("payment", p)]
        case .checkIn(let code, let c): return [("code", code), ("checkIn", c)]
        case .undoCheckIn(let code, let e): return [("code", code), ("event", e)]
        case .delete(let code): return [("code", code)]
        }
    }

    /// Where a change's values are read from: a journal line or a Codable container.
    protocol Source {
        mutating func value<T: StoredValue>(_ key: StaticString, _ type: T.Type) throws -> T
    }

    /// The case `kind` with its values, in the order Codable asked for them (code first).
    init(kind: Kind, from source: inout some Source) throws {
        func code() throws -> String { try source.value("code", String.self) }
        switch kind {
        case .register: self = .register(try source.value("registrant", Registrant.self))
        case .edit: self = .edit(code: try code(), try source.value("edit", RegistrantEdit.self))
        case .setStatus: self = .setStatus(code: try code(), try source.value("status", RegistrationStatus.self))
        case .recordPayment: self = .recordPayment(code: try code(), try source.value("payment", Payment.self))
        case .checkIn: self = .checkIn(code: try code(), try source.value("checkIn", CheckIn.self))
        case .undoCheckIn: self = .undoCheckIn(code: try code(), try source.value("event", CheckInEvent.self))
        case .delete: self = .delete(code: try code())
        }
    }

    // MARK: The store's reader and writer

    private static let keys: JSONKeys = ["checkIn", "code", "edit", "event", "payment", "registrant", "status", "type"]

    /// "type" decides which other keys matter, and sorted keys put it last: so the first pass only notes
    /// where each known key's value starts, and the values the type needs are read afterwards. Keys the
    /// type does not use are skipped unread, as Codable did.
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> Change {
        var c = try r.beginObject(key)
        var at = [Int](repeating: -1, count: keys.count)
        while let k = try r.nextKey(&c, keys) {
            at[k] = r.pos
            try r.skipValue()
        }
        let after = r.pos
        guard at[7] >= 0 else { throw r.missing("type", in: c) }
        r.pos = at[7]
        let typeStart = r.pos
        let type = try r.string("type")
        guard let kind = Kind(rawValue: type) else {
            throw r.contentError(Catalogue.JSON.notOneOf(key: Phrase(verbatim: "type"), text: type, cases: Kind.allCases.map(\.rawValue).joined(separator: ", ")), at: typeStart)
        }
        var source = LineSource(reader: r, at: at, cursor: c)
        let change = try Change(kind: kind, from: &source)
        r = source.reader
        r.pos = after
        return change
    }

    private struct LineSource: Source {
        var reader: JSONReader
        let at: [Int]
        let cursor: JSONObjectCursor
        mutating func value<T: StoredValue>(_ key: StaticString, _ type: T.Type) throws -> T {
            guard let k = Change.keys.firstIndex(where: { $0.description == key.description }), at[k] >= 0 else {
                throw reader.missing(key, in: cursor)
            }
            reader.pos = at[k]
            return try T.readField(&reader, key) { try T.read(&$0, key, repeats: true) }
        }
    }

    /// Keys sorted, "type" last, as JSONEncoder's .sortedKeys wrote them.
    func write(to w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        let values = storedValues.sorted { a, b in
            UnsafeBufferPointer(start: a.key.utf8Start, count: a.key.utf8CodeUnitCount)
                .lexicographicallyPrecedes(UnsafeBufferPointer(start: b.key.utf8Start, count: b.key.utf8CodeUnitCount))
        }
        for (key, value) in values {
            w.key(key)
            value.write(to: &w)
            w.byte(UInt8(ascii: ","))
        }
        w.key("type")
        w.string(kind.rawValue)
        w.byte(UInt8(ascii: "}"))
    }

    static func readField<T>(_ r: inout JSONReader, _ key: StaticString, _ body: (inout JSONReader) throws -> T) throws -> T {
        try r.nested(key, body)
    }

    // MARK: Codable

    private struct ContainerSource: Source {
        let container: KeyedDecodingContainer<StoredFieldKey>
        func value<T: StoredValue>(_ key: StaticString, _ type: T.Type) throws -> T {
            try container.decode(T.self, forKey: StoredFieldKey(key))
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: StoredFieldKey.self)
        let kind = try c.decode(Kind.self, forKey: StoredFieldKey("type"))
        var source = ContainerSource(container: c)
        try self.init(kind: kind, from: &source)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: StoredFieldKey.self)
        try c.encode(kind, forKey: StoredFieldKey("type"))
        for (key, value) in storedValues { try c.encode(value, forKey: StoredFieldKey(key)) }
    }
}
