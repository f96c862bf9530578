#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A key a decoder knows, as the bytes it is written with. StaticString so that matching a key costs a
/// length check and a memcmp against constant memory, with no String made for it.
typealias JSONKeys = [StaticString]

/// Where a decoder is inside one object: which of its known keys were seen (the first of duplicate keys
/// wins, as with JSONDecoder), and a guess at the next key (files are written with sorted keys, so the
/// key after the last one matched is almost always the next).
struct JSONObjectCursor {
    fileprivate var needsSeparator = false
    fileprivate var hint = 0
    var seen: UInt64 = 0
    /// Offset of the `{`, for "is missing" errors that concern the whole object.
    let start: Int
    /// Offset of the closing `}` once the object ends.
    fileprivate(set) var end = 0

    func has(_ index: Int) -> Bool { seen & (1 << UInt64(index)) != 0 }
}

/// A pull parser over bytes in memory (an mmap'ed file or one journal line). It does what Foundation's
/// JSONDecoder accepted, no more and no less where it matters: RFC 8259 JSON with every escape, a leading
/// UTF-8 byte order mark, a trailing comma before `}` or `]`, numbers written as 1.0 or 1e2 where an
/// integer is expected (but not 1.5), nesting at most 512 deep. Strings that are used must be valid UTF-8;
/// values under unknown keys are only checked for structure, as JSONDecoder did.
///
/// Strings never point into the buffer (String(decoding:) and String(validating:) copy), so the buffer
/// may be unmapped as soon as reading is done.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos: Int
    let end: Int
    /// Containers open around `pos`; internal for the whole-document check (JSONReader+Document).
    var depth = 0
    static let maxDepth = 512
    /// The longest string `string()` reads (see `maxStringBytes`); event.json has none, as JSONDecoder had none.
    var stringLimit = JSONReader.maxStringBytes
    var interned = InternTable()
    /// Only for whole files: the table costs more to set up than a journal line takes to read.
    let interning: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, interning: Bool = false) {
        self.bytes = bytes
        self.interning = interning
        self.end = bytes.count
        // A byte order mark is not JSON, but JSONDecoder skipped it and editors on some systems add it.
        pos = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    // MARK: Errors

    func syntaxError(_ message: Phrase, at offset: Int? = nil) -> JSONError {
        JSONError(kind: .syntax, offset: offset ?? pos, message: message)
    }
    func contentError(_ message: Phrase, at offset: Int? = nil) -> JSONError {
        JSONError(kind: .content, offset: offset ?? pos, message: message)
    }

    /// What the next value is, in words, for "must be a string, found a number".
    func found() -> Phrase {
        guard pos < end else { return Catalogue.JSON.endOfFile }
        switch bytes[pos] {
        case UInt8(ascii: "\""): return Catalogue.JSON.aString
        case UInt8(ascii: "{"): return Catalogue.JSON.anObject
        case UInt8(ascii: "["): return Catalogue.JSON.anArray
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return Catalogue.JSON.aBoolean
        case UInt8(ascii: "n"): return Catalogue.JSON.null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return Catalogue.JSON.aNumber
        default: return Catalogue.JSON.notJSON
        }
    }

    /// A wrong type is a content error when the value is well-formed JSON, else a syntax error.
    mutating func typeError(_ key: StaticString, _ expected: Phrase) -> JSONError {
        let start = pos
        let what = found()
        if what == Catalogue.JSON.notJSON || what == Catalogue.JSON.endOfFile {
            return syntaxError(pos < end ? Catalogue.JSON.unexpected(Self.describe(bytes[pos])) : Catalogue.JSON.endsTooEarly)
        }
        // Make sure the value itself is well formed: broken JSON is reported as such.
        do { try skipValue() } catch { return error as! JSONError }
        return contentError(Catalogue.JSON.mustBe(key: Catalogue.JSON.key("\(key)"), expected: expected, found: what), at: start)
    }

    static func describe(_ byte: UInt8) -> Phrase {
        if byte >= 0x21 && byte < 0x7F { return Phrase(verbatim: "'\(Character(Unicode.Scalar(byte)))'") }
        return Catalogue.JSON.byte(String(byte, radix: 16, uppercase: true))
    }

    // MARK: Structure

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end {
            let c = bytes[pos]
            guard c == 32 || c == 10 || c == 13 || c == 9 else { return }
            pos += 1
        }
    }

    /// After the last value: only whitespace may follow.
    mutating func expectEnd() throws {
        skipWhitespace()
        if pos < end { throw syntaxError(Catalogue.JSON.unexpectedAfterEnd(Self.describe(bytes[pos]))) }
    }

    /// Peeks (after whitespace) whether the next value is `null`, and consumes it if so.
    mutating func consumeNull() throws -> Bool {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard pos + n <= end, memcmp(bytes.baseAddress! + pos, word.utf8Start, n) == 0 else {
            throw syntaxError(Catalogue.JSON.expected("\(word)"))
        }
        pos += n
        try expectDelimiter()
    }

    /// A literal or number must be followed by whitespace, `,`, `]`, `}` or the end.
    func expectDelimiter() throws {
        guard pos < end else { return }
        switch bytes[pos] {
        case 32, 10, 13, 9, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return
        default: throw syntaxError(Catalogue.JSON.unexpected(Self.describe(bytes[pos])))
        }
    }

    /// Consumes `{`. `key` names the field for the error when something else is there.
    mutating func beginObject(_ key: StaticString = "the value") throws -> JSONObjectCursor {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "{") else { throw typeError(key, Catalogue.JSON.anObject) }
        depth += 1
        if depth > Self.maxDepth { throw syntaxError(Catalogue.JSON.nestedTooDeep(Self.maxDepth)) }
        let cursor = JSONObjectCursor(start: pos)
        pos += 1
        return cursor
    }

    /// The index in `keys` of the next known key, positioned at its value; nil after the closing `}`.
    /// Unknown keys, and repeats of a key already seen, are skipped with their values.
    mutating func nextKey(_ cursor: inout JSONObjectCursor, _ keys: JSONKeys) throws -> Int? {
        while true {
            skipWhitespace()
            guard pos < end else { throw syntaxError(Catalogue.JSON.endsInObject) }
            if bytes[pos] == UInt8(ascii: "}") {
                cursor.end = pos
                pos += 1
                depth -= 1
                return nil
            }
            if cursor.needsSeparator {
                guard bytes[pos] == UInt8(ascii: ",") else { throw syntaxError(Catalogue.JSON.expectedCommaInObject(found: Self.describe(bytes[pos]))) }
                pos += 1
                skipWhitespace()
                guard pos < end else { throw syntaxError(Catalogue.JSON.endsInObject) }
                // JSONDecoder accepted a trailing comma: {"a":1,}
                if bytes[pos] == UInt8(ascii: "}") { continue }
            }
            cursor.needsSeparator = true
            guard bytes[pos] == UInt8(ascii: "\"") else { throw syntaxError(Catalogue.JSON.expectedKey(found: Self.describe(bytes[pos]))) }
            let index = try matchKey(keys, hint: cursor.hint)
            skipWhitespace()
            guard pos < end, bytes[pos] == UInt8(ascii: ":") else { throw syntaxError(Catalogue.JSON.expectedColon) }
            pos += 1
            if let index, !cursor.has(index) {
                cursor.seen |= 1 << UInt64(index)
                cursor.hint = index + 1
                skipWhitespace()
                return index
            }
            try skipValue()
        }
    }

    /// Reads a key (at its opening quote) and finds it among `keys`, trying `hint` first.
    private mutating func matchKey(_ keys: JSONKeys, hint: Int) throws -> Int? {
        let start = pos + 1
        // The fast path for files we wrote: the expected key, then its closing quote, right here.
        if hint < keys.count {
            let n = keys[hint].utf8CodeUnitCount
            if start + n < end, bytes[start + n] == UInt8(ascii: "\""),
               Self.same(bytes.baseAddress! + start, keys[hint].utf8Start, n) {
                pos = start + n + 1
                return hint
            }
        }
        var i = start
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 {
                // Escaped or non-ASCII keys are rare: decode the key properly and compare as text.
                let text = try string()
                return keys.firstIndex { $0.description == text }
            }
            i += 1
        }
        guard i < end else { throw syntaxError(Catalogue.JSON.endsInKey) }
        pos = i + 1
        let n = i - start
        let p = bytes.baseAddress! + start
        for k in keys.indices where keys[k].utf8CodeUnitCount == n && Self.same(p, keys[k].utf8Start, n) { return k }
        return nil
    }

    /// memcmp for a few bytes, inlined: eight at a time, then one at a time.
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        if n >= 8 {
            var i = 0
            while i + 8 <= n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            // The last eight bytes, overlapping the ones compared already.
            return i == n || ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        if n >= 4 {
            return ra.loadUnaligned(as: UInt32.self) == rb.loadUnaligned(as: UInt32.self)
                && ra.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == rb.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        var i = 0
        while i < n { if a[i] != b[i] { return false }; i += 1 }
        return true
    }

    /// Consumes `[`.
    mutating func beginArray(_ key: StaticString) throws -> JSONObjectCursor {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "[") else { throw typeError(key, Catalogue.JSON.anArray) }
        depth += 1
        if depth > Self.maxDepth { throw syntaxError(Catalogue.JSON.nestedTooDeep(Self.maxDepth)) }
        let cursor = JSONObjectCursor(start: pos)
        pos += 1
        return cursor
    }

    /// True when another element follows (positioned at it); false after the closing `]`.
    mutating func nextElement(_ cursor: inout JSONObjectCursor) throws -> Bool {
        skipWhitespace()
        guard pos < end else { throw syntaxError(Catalogue.JSON.endsInArray) }
        if bytes[pos] == UInt8(ascii: "]") {
            cursor.end = pos
            pos += 1
            depth -= 1
            return false
        }
        if cursor.needsSeparator {
            guard bytes[pos] == UInt8(ascii: ",") else { throw syntaxError(Catalogue.JSON.expectedCommaInArray(found: Self.describe(bytes[pos]))) }
            pos += 1
            skipWhitespace()
            guard pos < end else { throw syntaxError(Catalogue.JSON.endsInArray) }
            if bytes[pos] == UInt8(ascii: "]") { return try nextElement(&cursor) } // a trailing comma
        }
        cursor.needsSeparator = true
        return true
    }

    /// Skips one value of any kind, checking its structure (not its strings' contents, as JSONDecoder).
    mutating func skipValue() throws {
        skipWhitespace()
        guard pos < end else { throw syntaxError(Catalogue.JSON.endsBeforeValue) }
        switch bytes[pos] {
        case UInt8(ascii: "\""):
            pos += 1
            while pos < end {
                let c = bytes[pos]
                if c == UInt8(ascii: "\"") { pos += 1; return }
                if c == UInt8(ascii: "\\") { pos += 2; continue }
                if c < 0x20 { throw syntaxError(Catalogue.JSON.controlCharacter(Self.describe(c))) }
                pos += 1
            }
            throw syntaxError(Catalogue.JSON.endsInString)
        case UInt8(ascii: "{"):
            var cursor = try beginObject()
            while try nextKey(&cursor, []) != nil {}
        case UInt8(ascii: "["):
            var cursor = try beginArray("the value")
            while try nextElement(&cursor) { try skipValue() }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try number()
        default:
            throw syntaxError(Catalogue.JSON.unexpected(Self.describe(bytes[pos])))
        }
    }
}
