import Foundation

/// A stored type's fields as one table, which drives everything that reads or writes the type: the store's
/// own reader (JSONReader, for the snapshot and journal lines), its writer (JSONWriter) and the Codable
/// conformance (the JSON export, event operations, tests). Before, each type had a Codable conformance, a
/// hand-written decoder and a hand-written encoder that had to agree key for key; now a new field is one
/// line in its type's table (and the stored property).
///
/// The table is written in the order of the type's properties: that is the order Codable decodes in, so the
/// first missing field named is the one init(from:) named before. Reading and writing use the fields sorted
/// by key, as JSONEncoder's .sortedKeys writes them, so files come out byte for byte as before and the
/// reader's guess at the next key is right for our own files.
struct StoredFields<Root> {
    /// What decoding starts from: every field at its default, required ones at a placeholder that a missing
    /// key never lets out.
    let blank: Root
    /// In declaration order (Codable, and the order missing fields are reported in).
    let declared: [StoredField<Root>]
    /// By key, bytewise: the order of the file.
    let sorted: [StoredField<Root>]
    let keys: JSONKeys
    /// `sorted`'s readers alone: reading a field then retains one closure, not a whole field's five
    /// (this is the snapshot's hot loop, a hundred thousand registrants at launch).
    private let readers: [@Sendable (inout JSONReader, inout Root) throws -> Void]
    /// Indices into `sorted` of the required fields, in declaration order.
    private let required: [Int]

    init(blank: Root, _ fields: [StoredField<Root>]) {
        precondition(fields.count <= 64, "JSONObjectCursor notes the keys seen in 64 bits")
        self.blank = blank
        declared = fields
        let sorted = fields.sorted { Self.bytes($0.key).lexicographicallyPrecedes(Self.bytes($1.key)) }
        self.sorted = sorted
        readers = sorted.map(\.read)
        keys = sorted.map(\.key)
        required = fields.filter(\.isRequired).map { f in sorted.firstIndex { $0.key.description == f.key.description }! }
    }

    private static func bytes(_ s: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }

    /// Keys in any order, unknown keys skipped, the first of repeated keys kept, optional keys absent or
    /// null at their default: what Codable accepted. `completed` tells which fields (bits by `sorted`
    /// index) were read whole, also when a later one fails, so the caller can name the record.
    func read(_ r: inout JSONReader, _ key: StaticString, into value: inout Root, completed: inout UInt64) throws {
        var c = try r.beginObject(key)
        while let k = try r.nextKey(&c, keys) {
            try readers[k](&r, &value)
            completed |= 1 << UInt64(k)
        }
        for k in required where !c.has(k) { throw r.missing(sorted[k].key, in: c) }
    }

    func read(_ r: inout JSONReader, _ key: StaticString) throws -> Root {
        var value = blank, completed: UInt64 = 0
        try read(&r, key, into: &value, completed: &completed)
        return value
    }

    /// The index in `sorted` of the field stored under `key`.
    func index(of key: StaticString) -> Int {
        sorted.firstIndex { $0.key.description == key.description }!
    }

    /// Compact, keys sorted, optional values that are nil left out (as synthesized `encode(to:)` did with
    /// encodeIfPresent), every other value written even when empty.
    func write(_ value: Root, to w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        var first = true
        for field in sorted {
            if let omitted = field.isOmitted, omitted(value) { continue }
            if !first { w.byte(UInt8(ascii: ",")) }
            first = false
            w.key(field.key)
            field.write(&w, value)
        }
        w.byte(UInt8(ascii: "}"))
    }

    func decode(from decoder: Decoder) throws -> Root {
        let c = try decoder.container(keyedBy: StoredFieldKey.self)
        var value = blank
        for field in declared { try field.decode(c, &value) }
        return value
    }

    func encode(_ value: Root, to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: StoredFieldKey.self)
        for field in declared { try field.encode(&c, value) }
    }
}

/// One field of a table: its key and its four ways in and out. Made by `required`, `defaulted` and
/// `optional` below from a getter and a setter, never by hand.
struct StoredField<Root> {
    let key: StaticString
    let isRequired: Bool
    let read: @Sendable (inout JSONReader, inout Root) throws -> Void
    /// Nil when the field is always written.
    let isOmitted: (@Sendable (Root) -> Bool)?
    let write: @Sendable (inout JSONWriter, Root) -> Void
    let decode: @Sendable (KeyedDecodingContainer<StoredFieldKey>, inout Root) throws -> Void
    let encode: @Sendable (inout KeyedEncodingContainer<StoredFieldKey>, Root) throws -> Void

    /// Must be present and not null.
    static func required<V: StoredValue>(_ key: StaticString, repeats: Bool = true,
                                          _ get: @escaping @Sendable (Root) -> V,
                                          _ set: @escaping @Sendable (inout Root, V) -> Void) -> Self {
        let name = StoredFieldKey(key)
        return Self(key: key, isRequired: true,
                    read: { r, root in set(&root, try V.readField(&r, key) { try V.read(&$0, key, repeats: repeats) }) },
                    isOmitted: nil,
                    write: { w, root in get(root).write(to: &w) },
                    decode: { c, root in set(&root, try c.decode(V.self, forKey: name)) },
                    encode: { c, root in try c.encode(get(root), forKey: name) })
    }

    /// Absent or null is `value`; always written.
    static func defaulted<V: StoredValue>(_ key: StaticString, _ value: V, repeats: Bool = true,
                                           _ get: @escaping @Sendable (Root) -> V,
                                           _ set: @escaping @Sendable (inout Root, V) -> Void) -> Self {
        let name = StoredFieldKey(key)
        return Self(key: key, isRequired: false,
                    read: { r, root in
                        set(&root, try V.readField(&r, key) { try $0.optional { try V.read(&$0, key, repeats: repeats) } } ?? value)
                    },
                    isOmitted: nil,
                    write: { w, root in get(root).write(to: &w) },
                    decode: { c, root in set(&root, try c.decodeIfPresent(V.self, forKey: name) ?? value) },
                    encode: { c, root in try c.encode(get(root), forKey: name) })
    }

    /// Absent or null is nil; left out when nil.
    static func optional<V: StoredValue>(_ key: StaticString, repeats: Bool = true,
                                          _ get: @escaping @Sendable (Root) -> V?,
                                          _ set: @escaping @Sendable (inout Root, V?) -> Void) -> Self {
        let name = StoredFieldKey(key)
        return Self(key: key, isRequired: false,
                    read: { r, root in set(&root, try V.readField(&r, key) { try $0.optional { try V.read(&$0, key, repeats: repeats) } }) },
                    isOmitted: { get($0) == nil },
                    write: { w, root in get(root)!.write(to: &w) },
                    decode: { c, root in set(&root, try c.decodeIfPresent(V.self, forKey: name)) },
                    encode: { c, root in try c.encodeIfPresent(get(root), forKey: name) })
    }
}

extension StoredFields: Sendable where Root: Sendable {}
extension StoredField: Sendable where Root: Sendable {}

/// A key of a stored field, for Codable.
struct StoredFieldKey: CodingKey {
    let stringValue: String
    init(_ key: StaticString) { stringValue = key.description }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

// MARK: Values

/// A value a stored field can hold: read by the store's reader, written by its writer, and Codable.
protocol StoredValue: Codable, Sendable {
    /// `key` names the field in errors. `repeats`: for strings, whether values are often the same (see
    /// `JSONReader.string`); other values ignore it.
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> Self
    func write(to w: inout JSONWriter)
    /// Objects and arrays name their field in the path of an error inside them ("payments[2]: …");
    /// plain values are named by their own messages.
    static func readField<T>(_ r: inout JSONReader, _ key: StaticString, _ body: (inout JSONReader) throws -> T) throws -> T
}

extension StoredValue {
    static func readField<T>(_ r: inout JSONReader, _ key: StaticString, _ body: (inout JSONReader) throws -> T) throws -> T {
        try body(&r)
    }
}

/// A type stored as a JSON object through its own table.
protocol StoredObject: StoredValue {
    static var fields: StoredFields<Self> { get }
    /// The word for one of these in errors about the value itself: "payment" must be an object.
    static var storedName: StaticString { get }
}

extension StoredObject {
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> Self {
        try fields.read(&r, storedName)
    }
    init(json r: inout JSONReader) throws { self = try Self.fields.read(&r, Self.storedName) }
    func write(to w: inout JSONWriter) { Self.fields.write(self, to: &w) }
    static func readField<T>(_ r: inout JSONReader, _ key: StaticString, _ body: (inout JSONReader) throws -> T) throws -> T {
        try r.nested(key, body)
    }

    /// One whole line of a JSON Lines file (the journal); nothing but whitespace may follow the object.
    static func decode(line: UnsafeBufferPointer<UInt8>) throws -> Self {
        var r = JSONReader(line)
        let value = try fields.read(&r, storedName)
        try r.expectEnd()
        return value
    }

    /// One line of a JSON Lines file, newline included.
    func jsonLine(zone: TimeZone) -> [UInt8] {
        var w = JSONWriter(zone: zone, capacity: 256)
        write(to: &w)
        w.byte(10)
        return w.bytes
    }
}

/// An enum stored as its raw string; an unknown value is refused naming the values there are.
protocol StoredEnum: StoredValue, RawRepresentable, CaseIterable where RawValue == String {}

extension StoredEnum {
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> Self {
        try r.enumValue(key, Array(allCases))
    }
    func write(to w: inout JSONWriter) { w.string(rawValue) }
}

extension String: StoredValue {
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> String {
        try r.string(key, repeats: repeats)
    }
    func write(to w: inout JSONWriter) { w.string(self) }
}

extension Int: StoredValue {
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> Int { try r.int(key) }
    func write(to w: inout JSONWriter) { w.int(self) }
}

extension Money: StoredValue {
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> Money {
        Money(minorUnits: try r.int(key))
    }
    func write(to w: inout JSONWriter) { w.int(minorUnits) }
}

extension Date: StoredValue {
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> Date { try r.date(key) }
    func write(to w: inout JSONWriter) { w.date(self) }
}

extension Array: StoredValue where Element: StoredValue {
    /// Elements read as their own type reads them; errors name the index: `payments[2]`.
    static func read(_ r: inout JSONReader, _ key: StaticString, repeats: Bool) throws -> [Element] {
        try r.array(key) { try Element.read(&$0, key, repeats: repeats) }
    }
    func write(to w: inout JSONWriter) {
        w.byte(UInt8(ascii: "["))
        for (i, element) in enumerated() {
            if i > 0 { w.byte(UInt8(ascii: ",")) }
            element.write(to: &w)
        }
        w.byte(UInt8(ascii: "]"))
    }
    static func readField<T>(_ r: inout JSONReader, _ key: StaticString, _ body: (inout JSONReader) throws -> T) throws -> T {
        try r.nested(key, body)
    }
}
