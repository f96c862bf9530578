/// What one pass over a whole document (`checkDocument`) found besides its being well formed.
struct JSONDocumentCheck {
    /// The top-level field asked for, read as JSONDecoder reads an `Int?` (null is nil).
    enum Field { case absent, value(Int?), wrong(JSONError) }

    /// Where the top-level value starts, and what it is in words ("an object", "an array"…).
    var top: Int
    var topKind: Phrase
    var field = Field.absent
    /// The first string or key, and the first number, that JSONDecoder would refuse if it read them. It
    /// reads only what a type asks for, and then says only "not valid JSON": these say where and what.
    var badString: JSONError?
    var badNumber: JSONError?

    var unreadable: JSONError? { badString ?? badNumber }
}

/// The whole-document check for files JSONDecoder builds the value of (event.json): it refuses exactly
/// what JSONDecoder's scanner refuses before decoding anything — brackets, commas, colons, literals, a
/// string's end, a number's characters, nesting deeper than 512, anything after the value — with the
/// line and what. The contents of strings and numbers JSONDecoder checks only when it reads them, so a
/// broken one under a key it ignores is accepted; every one is checked here all the same and the first
/// broken one noted, for when JSONDecoder refuses. Top-level keys JSONDecoder always reads: a broken
/// one is refused here at once.
extension JSONReader {
    mutating func checkDocument(topLevel field: StaticString) throws -> JSONDocumentCheck {
        skipWhitespace()
        var check = JSONDocumentCheck(top: pos, topKind: found())
        if pos < end, bytes[pos] == UInt8(ascii: "{") {
            try scanObject(&check, topLevel: field)
        } else {
            try scanValue(&check)
        }
        try expectEnd()
        return check
    }

    /// Skips one value as JSONDecoder's scanner does, noting broken strings and numbers in `check`.
    mutating func scanValue(_ check: inout JSONDocumentCheck) throws {
        skipWhitespace()
        guard pos < end else { throw syntaxError(Catalogue.JSON.endsBeforeValue) }
        switch bytes[pos] {
        case UInt8(ascii: "\""):
            if let bad = try scanString(), check.badString == nil { check.badString = bad }
        case UInt8(ascii: "{"):
            try scanObject(&check, topLevel: nil)
        case UInt8(ascii: "["):
            var cursor = try beginArray("the value")
            while try nextElement(&cursor) { try scanValue(&check) }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if case .failure(let bad) = scanNumber(), check.badNumber == nil {
                check.badNumber = bad.kind == .content ? contentError(Catalogue.JSON.of(Catalogue.JSON.aNumber, bad.message), at: bad.offset) : bad
            }
        default:
            throw syntaxError(Catalogue.JSON.unexpected(Self.describe(bytes[pos])))
        }
    }

    /// An object, its keys as JSONDecoder's scanner takes them. At the top level (`field` given) the keys
    /// must be readable strings and the first `field` is read as an Int.
    private mutating func scanObject(_ check: inout JSONDocumentCheck, topLevel field: StaticString?) throws {
        _ = try beginObject()
        var needsSeparator = false
        while true {
            skipWhitespace()
            guard pos < end else { throw syntaxError(Catalogue.JSON.endsInObject) }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; depth -= 1; return }
            if needsSeparator {
                guard bytes[pos] == UInt8(ascii: ",") else { throw syntaxError(Catalogue.JSON.expectedCommaInObject(found: Self.describe(bytes[pos]))) }
                pos += 1
                skipWhitespace()
                guard pos < end else { throw syntaxError(Catalogue.JSON.endsInObject) }
                // A trailing comma, {"a":1,}, as JSONDecoder allows: the loop then finds the `}`.
                if bytes[pos] == UInt8(ascii: "}") { continue }
            }
            needsSeparator = true
            guard bytes[pos] == UInt8(ascii: "\"") else { throw syntaxError(Catalogue.JSON.expectedKey(found: Self.describe(bytes[pos]))) }
            let quote = pos
            let bad = try scanString()
            let close = pos - 1
            if let bad {
                if field != nil { throw bad }
                if check.badString == nil { check.badString = bad }
            }
            skipWhitespace()
            guard pos < end, bytes[pos] == UInt8(ascii: ":") else { throw syntaxError(Catalogue.JSON.expectedColon) }
            pos += 1
            skipWhitespace()
            // The first of repeated keys is the one JSONDecoder reads.
            if let field, case .absent = check.field, text(from: quote, to: close) == field.description {
                check.field = try scanInt(field, &check)
            } else {
                try scanValue(&check)
            }
        }
    }

    /// Reads a value as JSONDecoder reads an `Int?`: null is absent, a number must be whole, else wrong.
    private mutating func scanInt(_ key: StaticString, _ check: inout JSONDocumentCheck) throws -> JSONDocumentCheck.Field {
        let start = pos
        if try consumeNull() { return .value(nil) }
        guard pos < end, bytes[pos] == UInt8(ascii: "-") || (bytes[pos] >= 48 && bytes[pos] <= 57) else {
            let what = found()
            try scanValue(&check)
            return .wrong(contentError(Catalogue.JSON.mustBe(key: Catalogue.JSON.key("\(key)"), expected: Catalogue.JSON.aWholeNumber, found: what), at: start))
        }
        switch scanNumber() {
        case .success(let value): return .value(value)
        case .failure(let error): return .wrong(error.kind == .content ? contentError(Catalogue.JSON.of(Catalogue.JSON.quotedKey(Catalogue.JSON.key("\(key)")), error.message), at: start) : error)
        }
    }
}
