import Foundation

/// New values for some top-level fields of a stored value (a programme item, a fee category, the
/// event's details), each kept as its JSON text, as written to event.json. One mechanism for every
/// kind of thing an event holds, so a per-field conflict check needs no table of fields: a field is a
/// key, and a new field of the model is covered without an edit here.
public struct FieldPatch: Hashable, Sendable, Codable {
    /// Field name → the field's JSON text ("null" when it is absent).
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public var isEmpty: Bool { values.isEmpty }
    public var fields: [String] { values.keys.sorted() }
    public subscript(field: String) -> String? {
        get { values[field] }
        set { values[field] = newValue }
    }

    /// Every top-level field of `value` as JSON text.
    public static func fields<T: Encodable>(of value: T) -> [String: String] {
        guard let data = try? JSONEncoder.foyer(zone: .gmt, pretty: false).encode(value),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (key, v) in object { out[key] = text(v) }
        return out
    }

    private static func text(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The fields in which `new` differs from `old`: the new values, and the old ones (what this desk
    /// read, the base a conflict is judged against).
    public static func diff<T: Encodable>(from old: T, to new: T) -> (set: FieldPatch, base: FieldPatch) {
        let a = fields(of: old), b = fields(of: new)
        var set = FieldPatch(), base = FieldPatch()
        for key in Set(a.keys).union(b.keys) where a[key] != b[key] {
            set[key] = b[key] ?? "null"
            base[key] = a[key] ?? "null"
        }
        return (set, base)
    }

    /// `value` with these fields set. Throws when a value does not fit (a hand-made patch).
    public func applied<T: Codable>(to value: T) throws -> T {
        let data = try JSONEncoder.foyer(zone: .gmt, pretty: false).encode(value)
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return value }
        for (key, json) in values {
            if json == "null" { object[key] = nil; continue }
            object[key] = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        }
        let patched = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return try JSONDecoder.foyer().decode(T.self, from: patched)
    }

    /// A field's JSON text as a person reads it: a string without quotes, a list joined by "; ", empty for null.
    public static func display(_ json: String) -> String {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return json }
        switch value {
        case let s as String: return s
        case let list as [Any]: return list.map { text($0) }.map(display).joined(separator: "; ")
        case is NSNull: return ""
        case let object as [String: Any]:
            // A text in several languages: the English, else any.
            if let en = object["en"] as? String { return en }
            return object.keys.sorted().compactMap { object[$0] as? String }.first ?? json
        default: return json
        }
    }
}
