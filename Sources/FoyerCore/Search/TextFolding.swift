import Foundation

/// Folds text for matching: lower case, diacritics removed, letters with no decomposition spelled out
/// ("Ö" → "o", "Å" → "a", "é" → "e", "ø" → "o", "ß" → "ss", "æ" → "ae"). Done once per registrant, not
/// per keystroke.
///
/// ASCII is lower-cased byte by byte and the Latin-1 Supplement and Latin Extended-A/B letters come from a
/// table made, once, by the general path itself; only other scripts go through Foundation's canonical
/// decomposition. The result is the same as the general path's for every text (see SearchEquivalenceTests):
/// splitting before a table letter is safe because each of them decomposes to a base letter followed only
/// by marks that folding removes.
public enum TextFolding {
    /// The folded text, keeping spaces and punctuation (so it can still be split into words).
    public static func fold(_ text: String) -> String {
        var changes = false
        for b in text.utf8 where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { changes = true; break }
        if !changes { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        appendFolded(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded words of a text: runs of letters and digits. "Öberg-Lind, Åsa" → ["oberg", "lind", "asa"].
    public static func words(_ text: String) -> [String] {
        let folded = fold(text)
        if let words = folded.utf8.withContiguousStorageIfAvailable({ bytes -> [String]? in
            var words: [String] = []
            var start = -1
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                if isASCIIWordByte(b) {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }), let words { return words }
        return characterWords(folded)
    }

    /// Words of folded text by Characters, as the general definition says (needed once it is not ASCII:
    /// a letter and the marks after it are one Character, and `isLetter` looks at its first scalar).
    static func characterWords(_ folded: String) -> [String] {
        folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// A lower-case ASCII letter or a digit (after folding, the only ASCII word characters).
    @inline(__always) static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    /// Appends the folded UTF-8 of `text` to `out`.
    static func appendFolded(_ text: String, to out: inout [UInt8]) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ appendFolded(utf8: $0, to: &out) }) { return done }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { appendFolded(utf8: $0, to: &out) }
    }

    static func appendFolded(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let table = LatinTable.shared
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                i += 1
                continue
            }
            if let v = tableScalar(bytes, i) {
                table.append(v, to: &out)
                i += 2
                continue
            }
            // A run of other scalars, up to the next ASCII or table letter: the general path.
            var j = i
            repeat {
                j += scalarLength(bytes[j])
            } while j < n && bytes[j] >= 0x80 && tableScalar(bytes, j) == nil
            j = min(j, n)
            let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
            out.append(contentsOf: generalFold(run).utf8)
            i = j
        }
    }

    /// The scalar at `i` when it is a two-byte one in the table's range (U+0080–U+024F).
    @inline(__always) static func tableScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = bytes[i]
        guard b >= 0xC2 && b <= 0xC9, i + 1 < bytes.count else { return nil }
        let c = bytes[i + 1]
        guard c & 0xC0 == 0x80 else { return nil }
        let v = Int(b & 0x1F) << 6 | Int(c & 0x3F)
        return v < LatinTable.end ? v : nil
    }

    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The general definition: canonical decomposition, then per scalar lower case, marks dropped, a few
    /// letters spelled out.
    static func generalFold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        // Canonical decomposition separates base letters from their marks ("å" → "a" + ring).
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 65 && v <= 90 { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
                continue
            }
            if isCombiningMark(v) { continue }
            if let spelled = special[v] { out.append(contentsOf: spelled.unicodeScalars); continue }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
    }

    static func isCombiningMark(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
            || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v)
    }

    /// Letters that do not decompose into a base letter and a mark.
    static let special: [UInt32: String] = [
        0x00D8: "o", 0x00F8: "o", // Ø ø
        0x00C6: "ae", 0x00E6: "ae", // Æ æ
        0x0152: "oe", 0x0153: "oe", // Œ œ
        0x00DF: "ss", 0x1E9E: "ss", // ß ẞ
        0x00D0: "d", 0x00F0: "d", 0x0110: "d", 0x0111: "d", // Ð ð Đ đ
        0x00DE: "th", 0x00FE: "th", // Þ þ
        0x0141: "l", 0x0142: "l", // Ł ł
        0x0131: "i", // dotless i
        0x2019: "'", 0x2018: "'",
    ]

    /// The folded UTF-8 of each scalar U+0080–U+024F, made by `generalFold` on first use.
    struct LatinTable: Sendable {
        static let end = 0x250
        static let shared = LatinTable()
        let bytes: [UInt8]
        let starts: [UInt16]   // end - 0x80 + 1 offsets into bytes

        init() {
            var bytes: [UInt8] = [], starts: [UInt16] = [0]
            for v in 0x80..<Self.end {
                bytes.append(contentsOf: generalFold(String(Unicode.Scalar(UInt32(v))!)).utf8)
                starts.append(UInt16(bytes.count))
            }
            self.bytes = bytes
            self.starts = starts
        }

        @inline(__always) func append(_ v: Int, to out: inout [UInt8]) {
            let k = v - 0x80
            let s = Int(starts[k]), e = Int(starts[k + 1])
            if e - s == 1 { out.append(bytes[s]) } else { out.append(contentsOf: bytes[s..<e]) }
        }
    }
}
