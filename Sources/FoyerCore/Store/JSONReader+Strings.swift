#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONReader {
    /// A string field. `repeats`: values of this field are often the same (a category, an organisation,
    /// a desk), so they are looked up among the strings read before; false for codes, e-mail addresses.
    mutating func string(_ key: StaticString, repeats: Bool = true) throws -> String {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "\"") else { throw typeError(key, Catalogue.JSON.aString) }
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
        if count > stringLimit {
            throw JSONError(kind: .syntax, offset: offset, message: Catalogue.JSON.tooLongText(count))
        }
    }

    /// Reads the string at `pos` (its opening quote).
    mutating func string(repeats: Bool = false) throws -> String {
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
            if c < 0x20 { throw syntaxError(Catalogue.JSON.controlCharacter(Self.describe(c)), at: i) }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        throw syntaxError(Catalogue.JSON.endsInString, at: start - 1)
    }

    private static func makeString(_ slice: UnsafeBufferPointer<UInt8>, ascii: Bool, at offset: Int) throws -> String {
        if ascii { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw JSONError(kind: .syntax, offset: offset, message: Catalogue.JSON.notUTF8)
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
                    throw syntaxError(Catalogue.JSON.notUTF8, at: quote)
                }
                return text
            }
            if c < 0x20 { throw syntaxError(Catalogue.JSON.controlCharacter(Self.describe(c))) }
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
                        throw syntaxError(Catalogue.JSON.halfSurrogate(String(scalar, radix: 16, uppercase: true)), at: escape)
                    }
                    pos += 2
                    let low = try hex4(escape)
                    guard low >= 0xDC00 && low < 0xE000 else {
                        throw syntaxError(Catalogue.JSON.noSecondHalf(String(scalar, radix: 16, uppercase: true)), at: escape)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw syntaxError(Catalogue.JSON.secondHalfAlone(String(scalar, radix: 16, uppercase: true)), at: escape)
                }
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
                continue
            default:
                throw syntaxError(Catalogue.JSON.notAnEscape(bytes[pos] < 0x80 ? String(Character(Unicode.Scalar(bytes[pos]))) : "…"), at: escape)
            }
            pos += 1
        }
        throw syntaxError(Catalogue.JSON.endsInString, at: quote)
    }

    /// Four hex digits of a \u escape.
    private mutating func hex4(_ escape: Int) throws -> UInt32 {
        guard pos + 4 <= end else { throw syntaxError(Catalogue.JSON.fourHexDigits, at: escape) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw syntaxError(Catalogue.JSON.fourHexDigits, at: escape)
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }
}
