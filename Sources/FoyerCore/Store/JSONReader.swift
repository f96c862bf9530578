#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a byte-level read failed, and where. A `syntax` error means the bytes are not JSON; a `content`
/// error means well-formed JSON that is not what a foyer file holds (a missing key, a wrong type). The
/// snapshot reader needs the difference: like the old two-pass JSONDecoder it reports broken JSON before
/// a newer schema version, and a newer schema version before fields it does not understand.
struct JSONError: Error, CustomStringConvertible {
    enum Kind { case syntax, content }
    var kind: Kind
    /// Byte offset into the buffer that was read; turned into a line number for people.
    var offset: Int
    var message: String
    /// Where inside the value being decoded: "change.registrant.payments[2]". Empty at the top.
    var path: String = ""

    var description: String { path.isEmpty ? message : path + ": " + message }

    /// The same error one level further out: `payments` around `[2]`, `change` around `registrant`.
    func within(_ component: String) -> JSONError {
        var e = self
        if path.isEmpty { e.path = component } else { e.path = component + (path.hasPrefix("[") ? "" : ".") + path }
        return e
    }

    /// The 1-based line of `offset` in `bytes`.
    static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end { if bytes[i] == 10 { line += 1 }; i += 1 }
        return line
    }
}

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
    private let end: Int
    private var depth = 0
    static let maxDepth = 512
    private var interned = InternTable()
    /// Only for whole files: the table costs more to set up than a journal line takes to read.
    private let interning: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, interning: Bool = false) {
        self.bytes = bytes
        self.interning = interning
        self.end = bytes.count
        // A byte order mark is not JSON, but JSONDecoder skipped it and editors on some systems add it.
        pos = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    // MARK: Errors

    func syntaxError(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(kind: .syntax, offset: offset ?? pos, message: message)
    }
    func contentError(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(kind: .content, offset: offset ?? pos, message: message)
    }

    /// What the next value is, in words, for "must be a string, found a number".
    private func found() -> String {
        guard pos < end else { return "the end of the file" }
        switch bytes[pos] {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        default: return "something that is not JSON"
        }
    }

    /// A wrong type is a content error when the value is well-formed JSON, else a syntax error.
    private mutating func typeError(_ key: StaticString, _ expected: String) -> JSONError {
        let start = pos
        let what = found()
        if what == "something that is not JSON" || what == "the end of the file" {
            return syntaxError(pos < end ? "unexpected \(Self.describe(bytes[pos]))" : "the file ends too early")
        }
        // Make sure the value itself is well formed: broken JSON is reported as such.
        do { try skipValue() } catch { return error as! JSONError }
        return contentError("\"\(key)\" must be \(expected), found \(what)", at: start)
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
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
        if pos < end { throw syntaxError("unexpected \(Self.describe(bytes[pos])) after the end of the JSON value") }
    }

    /// Peeks (after whitespace) whether the next value is `null`, and consumes it if so.
    mutating func consumeNull() throws -> Bool {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard pos + n <= end, memcmp(bytes.baseAddress! + pos, word.utf8Start, n) == 0 else {
            throw syntaxError("expected \(word)")
        }
        pos += n
        try expectDelimiter()
    }

    /// A literal or number must be followed by whitespace, `,`, `]`, `}` or the end.
    private func expectDelimiter() throws {
        guard pos < end else { return }
        switch bytes[pos] {
        case 32, 10, 13, 9, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return
        default: throw syntaxError("unexpected \(Self.describe(bytes[pos]))")
        }
    }

    /// Consumes `{`. `key` names the field for the error when something else is there.
    mutating func beginObject(_ key: StaticString = "the value") throws -> JSONObjectCursor {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "{") else { throw typeError(key, "an object") }
        depth += 1
        if depth > Self.maxDepth { throw syntaxError("nested more than \(Self.maxDepth) levels deep") }
        let cursor = JSONObjectCursor(start: pos)
        pos += 1
        return cursor
    }

    /// The index in `keys` of the next known key, positioned at its value; nil after the closing `}`.
    /// Unknown keys, and repeats of a key already seen, are skipped with their values.
    mutating func nextKey(_ cursor: inout JSONObjectCursor, _ keys: JSONKeys) throws -> Int? {
        while true {
            skipWhitespace()
            guard pos < end else { throw syntaxError("the file ends inside an object") }
            if bytes[pos] == UInt8(ascii: "}") {
                cursor.end = pos
                pos += 1
                depth -= 1
                return nil
            }
            if cursor.needsSeparator {
                guard bytes[pos] == UInt8(ascii: ",") else { throw syntaxError("expected ',' or '}' in an object, found \(Self.describe(bytes[pos]))") }
                pos += 1
                skipWhitespace()
                guard pos < end else { throw syntaxError("the file ends inside an object") }
                // JSONDecoder accepted a trailing comma: {"a":1,}
                if bytes[pos] == UInt8(ascii: "}") { continue }
            }
            cursor.needsSeparator = true
            guard bytes[pos] == UInt8(ascii: "\"") else { throw syntaxError("expected a key in quotes, found \(Self.describe(bytes[pos]))") }
            let index = try matchKey(keys, hint: cursor.hint)
            skipWhitespace()
            guard pos < end, bytes[pos] == UInt8(ascii: ":") else { throw syntaxError("expected ':' after a key") }
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
        guard i < end else { throw syntaxError("the file ends inside a key") }
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
        guard pos < end, bytes[pos] == UInt8(ascii: "[") else { throw typeError(key, "an array") }
        depth += 1
        if depth > Self.maxDepth { throw syntaxError("nested more than \(Self.maxDepth) levels deep") }
        let cursor = JSONObjectCursor(start: pos)
        pos += 1
        return cursor
    }

    /// True when another element follows (positioned at it); false after the closing `]`.
    mutating func nextElement(_ cursor: inout JSONObjectCursor) throws -> Bool {
        skipWhitespace()
        guard pos < end else { throw syntaxError("the file ends inside an array") }
        if bytes[pos] == UInt8(ascii: "]") {
            cursor.end = pos
            pos += 1
            depth -= 1
            return false
        }
        if cursor.needsSeparator {
            guard bytes[pos] == UInt8(ascii: ",") else { throw syntaxError("expected ',' or ']' in an array, found \(Self.describe(bytes[pos]))") }
            pos += 1
            skipWhitespace()
            guard pos < end else { throw syntaxError("the file ends inside an array") }
            if bytes[pos] == UInt8(ascii: "]") { return try nextElement(&cursor) } // a trailing comma
        }
        cursor.needsSeparator = true
        return true
    }

    /// Skips one value of any kind, checking its structure (not its strings' contents, as JSONDecoder).
    mutating func skipValue() throws {
        skipWhitespace()
        guard pos < end else { throw syntaxError("the file ends where a value was expected") }
        switch bytes[pos] {
        case UInt8(ascii: "\""):
            pos += 1
            while pos < end {
                let c = bytes[pos]
                if c == UInt8(ascii: "\"") { pos += 1; return }
                if c == UInt8(ascii: "\\") { pos += 2; continue }
                if c < 0x20 { throw syntaxError("a control character (\(Self.describe(c))) inside a string must be escaped") }
                pos += 1
            }
            throw syntaxError("the file ends inside a string")
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
            throw syntaxError("unexpected \(Self.describe(bytes[pos]))")
        }
    }

    // MARK: Numbers

    /// An integer field. Fractions are refused; 1.0 and 1e2 are whole numbers and accepted, as JSONDecoder did.
    mutating func int(_ key: StaticString) throws -> Int {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "-") || (bytes[pos] >= 48 && bytes[pos] <= 57) else {
            throw typeError(key, "a whole number")
        }
        let start = pos
        guard let value = try number() else {
            throw contentError("\"\(key)\" must be a whole number that fits in 64 bits, found \(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self))", at: start)
        }
        return value
    }

    /// Parses a JSON number at `pos` (RFC 8259 grammar). Returns its value when it is a whole number that
    /// fits in an Int, nil when it is well-formed but not one; throws when it is not a number at all.
    private mutating func number() throws -> Int? {
        let start = pos
        var negative = false
        if bytes[pos] == UInt8(ascii: "-") { negative = true; pos += 1 }
        guard pos < end, bytes[pos] >= 48, bytes[pos] <= 57 else { throw syntaxError("a number needs digits", at: start) }
        // Digits are accumulated as a negative number so that Int.min fits.
        var value = 0
        var overflow = false
        var significantDigits: [UInt8] = []
        if bytes[pos] == 48 {
            pos += 1
            if pos < end, bytes[pos] >= 48, bytes[pos] <= 57 { throw syntaxError("a number must not start with 0", at: start) }
        } else {
            while pos < end, bytes[pos] >= 48, bytes[pos] <= 57 {
                let d = Int(bytes[pos] - 48)
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.subtractingReportingOverflow(d)
                if o1 || o2 { overflow = true } else { value = s }
                pos += 1
            }
        }
        let integerEnd = pos
        guard pos < end, bytes[pos] == UInt8(ascii: ".") || bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") else {
            try expectDelimiter()
            if overflow { return nil }
            if negative { return value }
            return value == Int.min ? nil : -value
        }
        // The rare slow path: a fraction or an exponent. Exact decimal arithmetic decides whether it is whole.
        var fractionDigits = 0
        significantDigits.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(negative ? start + 1 : start)..<integerEnd]))
        if bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            let fracStart = pos
            while pos < end, bytes[pos] >= 48, bytes[pos] <= 57 { significantDigits.append(bytes[pos]); pos += 1 }
            guard pos > fracStart else { throw syntaxError("a number needs digits after the decimal point", at: start) }
            fractionDigits = pos - fracStart
        }
        var exponent = 0
        if pos < end, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            var expNegative = false
            if pos < end, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { expNegative = bytes[pos] == UInt8(ascii: "-"); pos += 1 }
            let expStart = pos
            while pos < end, bytes[pos] >= 48, bytes[pos] <= 57 {
                exponent = min(exponent * 10 + Int(bytes[pos] - 48), 100_000)
                pos += 1
            }
            guard pos > expStart else { throw syntaxError("a number needs digits in its exponent", at: start) }
            if expNegative { exponent = -exponent }
        }
        try expectDelimiter()
        // value = digits × 10^(exponent − fractionDigits)
        var scale = exponent - fractionDigits
        while significantDigits.count > 1, significantDigits.last == 48, scale < 0 { significantDigits.removeLast(); scale += 1 }
        while significantDigits.count > 1, significantDigits.first == 48 { significantDigits.removeFirst() }
        if significantDigits == [48] { return 0 }
        guard scale >= 0, scale <= 19 else { return nil }
        var result = 0
        for d in significantDigits {
            let (m, o1) = result.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int(d - 48))
            if o1 || o2 { return nil }
            result = s
        }
        for _ in 0..<scale {
            let (m, o) = result.multipliedReportingOverflow(by: 10)
            if o { return nil }
            result = m
        }
        if negative { return result }
        return result == Int.min ? nil : -result
    }

    // MARK: Strings

    /// A string field. `repeats`: values of this field are often the same (a category, an organisation,
    /// a desk), so they are looked up among the strings read before; false for codes, e-mail addresses.
    mutating func string(_ key: StaticString, repeats: Bool = true) throws -> String {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "\"") else { throw typeError(key, "a string") }
        return try string(repeats: repeats)
    }

    /// An optional string field: null means absent.
    mutating func optionalString(_ key: StaticString, repeats: Bool = true) throws -> String? {
        if try consumeNull() { return nil }
        return try string(key, repeats: repeats)
    }

    /// The raw bytes of a string without escapes, or nil (position unchanged) when it has escapes or is not
    /// a string. For values parsed from bytes directly (timestamps, enum raw values) with no String made.
    mutating func plainStringBytes() -> UnsafeBufferPointer<UInt8>? {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "\"") else { return nil }
        var i = pos + 1
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[(pos + 1)..<i])
                pos = i + 1
                return slice
            }
            if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { return nil }
            i += 1
        }
        return nil
    }

    /// The longest text a field may hold: far beyond any name or note (those are limited to 500 and
    /// 10,000 characters where they are entered), so only a damaged or hostile file meets it, and is
    /// refused with a message instead of being loaded and drawn.
    static let maxStringBytes = 1 << 20

    private func refuseLong(_ count: Int, at offset: Int) throws {
        if count > Self.maxStringBytes {
            throw JSONError(kind: .syntax, offset: offset, message: "a text of \(count) bytes; a field holds at most 1 MB (a damaged file?)")
        }
    }

    /// Reads the string at `pos` (its opening quote).
    private mutating func string(repeats: Bool = false) throws -> String {
        let start = pos + 1
        var i = start
        var ascii = true
        // Eight bytes at a time while none of them is a quote, a backslash, a control character or
        // non-ASCII (SWAR: the classic "has a zero byte" bit trick on x ^ pattern and x - 0x20…).
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i + 8 <= end {
            let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | (x &- ones &* 0x20) | x
            if special & highs != 0 { break }
            i += 8
        }
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                try refuseLong(i - start, at: start - 1)
                pos = i + 1
                if i == start { return "" }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
                if repeats && interning { return try interned.string(slice) { try Self.makeString(slice, ascii: ascii, at: start - 1) } }
                return try Self.makeString(slice, ascii: ascii, at: start - 1)
            }
            if c == UInt8(ascii: "\\") {
                pos = start - 1
                let text = try escapedString()
                try refuseLong(text.utf8.count, at: start - 1)
                return text
            }
            if c < 0x20 { throw syntaxError("a control character (\(Self.describe(c))) inside a string must be escaped", at: i) }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        throw syntaxError("the file ends inside a string", at: start - 1)
    }

    private static func makeString(_ slice: UnsafeBufferPointer<UInt8>, ascii: Bool, at offset: Int) throws -> String {
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw JSONError(kind: .syntax, offset: offset, message: "a string is not valid UTF-8")
        }
        return text
    }

    /// The slow path for strings with backslash escapes.
    private mutating func escapedString() throws -> String {
        let quote = pos
        pos += 1
        var out: [UInt8] = []
        out.reserveCapacity(32)
        while pos < end {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                pos += 1
                guard let text = String(validating: out, as: UTF8.self) else {
                    throw syntaxError("a string is not valid UTF-8", at: quote)
                }
                return text
            }
            if c < 0x20 { throw syntaxError("a control character (\(Self.describe(c))) inside a string must be escaped") }
            if c != UInt8(ascii: "\\") { out.append(c); pos += 1; continue }
            let escape = pos
            pos += 1
            guard pos < end else { break }
            switch bytes[pos] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                pos += 1
                var scalar = try hex4(escape)
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // A high surrogate must be followed by an escaped low one: together they are one scalar.
                    guard pos + 1 < end, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                        throw syntaxError("\\u\(String(scalar, radix: 16, uppercase: true)) is half of a surrogate pair, the other half is missing", at: escape)
                    }
                    pos += 2
                    let low = try hex4(escape)
                    guard low >= 0xDC00 && low < 0xE000 else {
                        throw syntaxError("\\u\(String(scalar, radix: 16, uppercase: true)) is not followed by the second half of a surrogate pair", at: escape)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw syntaxError("\\u\(String(scalar, radix: 16, uppercase: true)) is the second half of a surrogate pair without the first", at: escape)
                }
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
                continue
            default:
                throw syntaxError("\\\(bytes[pos] < 0x80 ? String(Character(Unicode.Scalar(bytes[pos]))) : "…") is not a JSON escape", at: escape)
            }
            pos += 1
        }
        throw syntaxError("the file ends inside a string", at: quote)
    }

    /// Four hex digits of a \u escape.
    private mutating func hex4(_ escape: Int) throws -> UInt32 {
        guard pos + 4 <= end else { throw syntaxError("\\u needs four hex digits", at: escape) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw syntaxError("\\u needs four hex digits", at: escape)
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }
}
