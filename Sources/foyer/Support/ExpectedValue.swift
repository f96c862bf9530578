import ArgumentParser
import FoyerCore

/// One `--expect FIELD=VALUE`: the value a script believes a field has. The edit is judged against it
/// instead of the value read when the command opened the store, so a script that read a person (or an
/// item) minutes ago gets a conflict, not a silent overwrite, when another desk changed it since.
struct ExpectedValue {
    var field: String
    var value: String

    /// Splits at the first "=" (a value may hold more); the field names are the stored ones.
    init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else {
            throw ValidationError(CL.expectNeedsValue(text))
        }
        field = String(text[..<equals]).trimmed
        value = String(text[text.index(after: equals)...])
    }

    /// Every `--expect`, refusing a field named twice or one this edit does not change (an expectation that
    /// nothing checks would be a promise the command does not keep).
    static func parse(_ texts: [String], known: [String], changed: Set<String>) throws -> [ExpectedValue] {
        var seen = Set<String>()
        return try texts.map { text in
            let expected = try ExpectedValue(parsing: text)
            guard known.contains(expected.field) else {
                throw ValidationError(CL.expectNoField(expected.field, fields: known.joined(separator: ", ")))
            }
            guard changed.contains(expected.field) else {
                throw ValidationError(CL.expectNotChanged(expected.field))
            }
            guard seen.insert(expected.field).inserted else {
                throw ValidationError(CL.expectTwice(expected.field))
            }
            return expected
        }
    }
}
