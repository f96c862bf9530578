import Foundation

/// The reader's pieces for stored values (see StoredFields): JSONDecoder decoded about 25 MB/s, too slow
/// for an event with 100,000 registrants. Each refuses what Codable refused — a missing required key, a
/// wrong type, an unknown enum value, a timestamp that does not parse — with a message naming the field.
extension JSONReader {
    /// A required key that did not appear in its object.
    func missing(_ key: StaticString, in cursor: JSONObjectCursor) -> JSONError {
        contentError(Catalogue.JSON.missing(Catalogue.JSON.key("\(key)")), at: cursor.end)
    }

    /// An instant written as ISO 8601 with an offset, parsed from the bytes where they lie.
    mutating func date(_ key: StaticString) throws -> Date {
        let start = pos
        if let raw = plainStringBytes() {
            if let date = Timestamp.parse(utf8: raw) { return date }
            throw badDate(key, String(decoding: raw, as: UTF8.self), at: start)
        }
        let text = try string(key)
        guard let date = Timestamp.parse(text) else { throw badDate(key, text, at: start) }
        return date
    }

    private func badDate(_ key: StaticString, _ text: String, at offset: Int) -> JSONError {
        contentError(Catalogue.JSON.notATime(key: Catalogue.JSON.key("\(key)"), text: text), at: offset)
    }

    /// A string-valued enum (status, payment kind and method, check-in action).
    mutating func enumValue<E: RawRepresentable>(_ key: StaticString, _ cases: @autoclosure () -> [E]) throws -> E where E.RawValue == String {
        skipWhitespace()
        let start = pos
        let text = try string(key)
        guard let value = E(rawValue: text) else {
            throw contentError(Catalogue.JSON.notOneOf(key: Catalogue.JSON.key("\(key)"), text: text, cases: cases().map(\.rawValue).joined(separator: ", ")), at: start)
        }
        return value
    }

    /// `decodeIfPresent` semantics for a non-string value: absent or null is nil.
    mutating func optional<T>(_ read: (inout JSONReader) throws -> T) throws -> T? {
        if try consumeNull() { return nil }
        return try read(&self)
    }

    /// An array whose elements are decoded by `element`; errors name the index: `payments[2]`.
    mutating func array<T>(_ key: StaticString, _ element: (inout JSONReader) throws -> T) throws -> [T] {
        var cursor = try beginArray(key)
        var out: [T] = []
        var index = 0
        while try nextElement(&cursor) {
            do { out.append(try element(&self)) } catch let error as JSONError { throw error.within("[\(index)]") }
            index += 1
        }
        return out
    }

    /// Decodes a nested value, naming it in errors: `checkIn.desk`.
    mutating func nested<T>(_ key: StaticString, _ read: (inout JSONReader) throws -> T) throws -> T {
        do { return try read(&self) } catch let error as JSONError { throw error.within(key.description) }
    }
}
