import Foundation
@testable import FoyerCore

/// Seeded byte-level mutations of corpus files: bit flips, inserts and deletes, truncation, duplicated
/// slices, splices of two files, and tokens that break JSON, CSV and text parsers.
struct Mutator {
    var random: SeededRandom
    /// Inputs are cut back to this size after mutating, so one case never runs away with memory.
    static let maxSize = 3 << 20

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// Tokens a parser of JSON, CSV or programme text may choke on.
    static let tokens: [[UInt8]] = {
        var t: [[UInt8]] = ["\"", "{", "}", "[", "]", ",", ":", "\\u", "\\", "\n", "\r", "\r\n", ";", "0e999", "-", "-0",
                            "1e-999", "1.5", "null", "true", "\"\":", "99999999999999999999999999999999",
                            "9223372036854775807", "-9223372036854775808", "9223372036854775808", "\\uD800", "\\uDC00",
                            "\\uD800\\u0041", "\\u0000", "\t", "\u{202E}", "\u{FEFF}", "\u{00A0}", "\u{0085}", "\u{2028}",
                            "\"\"", "\"\"\"", ",,,,", ";;;;", "e\u{301}", "🇸🇪", "08:30", "9.00-10.00 ", "25:99-26:00 ",
                            "00:00–23:59 ", "- ", "• ", "SAF-0001", "\"schemaVersion\":", "\"generation\":",
                            "\"registrants\":[", "\"seq\":", "{\"schemaVersion\":1}", "FOYERIX1"]
            .map { Array($0.utf8) }
        t += [[0xC0], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0x1B], [0x7F], [0x08]]
        return t
    }()

    /// Deep nesting, built once: `[[[[…`, `{"a":{"a":…`, closed or left open.
    static let nestings: [[UInt8]] = [100, 600, 5_000, 100_000].flatMap { n -> [[UInt8]] in
        let brackets = [UInt8](repeating: UInt8(ascii: "["), count: n)
        let objects = repeated(Array("{\"a\":".utf8), n)
        return [brackets, brackets + [UInt8](repeating: UInt8(ascii: "]"), count: n),
                objects, objects + Array("0".utf8) + [UInt8](repeating: UInt8(ascii: "}"), count: n)]
    }

    /// `unit` `count` times, by doubling (a byte at a time is slow in a debug build).
    static func repeated(_ unit: [UInt8], _ count: Int) -> [UInt8] {
        var out = unit
        while out.count < unit.count * count { out.append(contentsOf: out.prefix(unit.count * count - out.count)) }
        return out
    }

    /// Long runs of one unit (letters, digits, a two-byte letter, an escape, blanks, commas, line
    /// breaks), built once at about 1 KB, 70 KB and 1 MB.
    static let longRuns: [[[UInt8]]] = [1_000, 70_000, 1 << 20].map { size in
        ["a", "9", "é", "\\u00e9", " ", ",", "\n", "\"", "{"].map { unit in
            let u = Array(unit.utf8)
            return repeated(u, size / u.count)
        }
    }

    /// One input: a corpus file changed by one to five mutations.
    mutating func mutate(_ corpus: [[UInt8]]) -> [UInt8] {
        var bytes = random.pick(corpus)
        for _ in 0..<random.int(in: 1...5) { step(&bytes, corpus) }
        if bytes.count > Self.maxSize { bytes.removeLast(bytes.count - Self.maxSize) }
        return bytes
    }

    private mutating func position(_ bytes: [UInt8]) -> Int { random.int(in: 0...bytes.count) }
    /// A slice's length: mostly short, sometimes long.
    private mutating func length(_ limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        return random.chance(80) ? random.int(in: 1...min(limit, 16)) : random.int(in: 1...limit)
    }

    private mutating func step(_ bytes: inout [UInt8], _ corpus: [[UInt8]]) {
        switch random.int(in: 0...13) {
        case 0: // flip a bit
            guard !bytes.isEmpty else { return }
            let i = random.int(in: 0...(bytes.count - 1))
            bytes[i] ^= UInt8(1) << UInt8(random.int(in: 0...7))
        case 1: // a random byte in place
            guard !bytes.isEmpty else { return }
            bytes[random.int(in: 0...(bytes.count - 1))] = UInt8(truncatingIfNeeded: random.next())
        case 2: // insert random bytes
            let n = random.int(in: 1...8)
            bytes.insert(contentsOf: (0..<n).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: position(bytes))
        case 3: // delete a slice
            guard !bytes.isEmpty else { return }
            let start = random.int(in: 0...(bytes.count - 1))
            bytes.removeSubrange(start..<(start + length(bytes.count - start)))
        case 4: // truncate (a torn write)
            bytes.removeLast(bytes.count - position(bytes))
        case 5: // duplicate a slice somewhere
            guard !bytes.isEmpty else { return }
            let start = random.int(in: 0...(bytes.count - 1))
            let slice = Array(bytes[start..<(start + length(bytes.count - start))])
            bytes.insert(contentsOf: slice, at: position(bytes))
        case 6: // splice: the head of this file, the tail of another
            let other = random.pick(corpus)
            bytes = Array(bytes[..<position(bytes)]) + Array(other[random.int(in: 0...other.count)...])
        case 7, 8, 9: // a token
            bytes.insert(contentsOf: random.pick(Self.tokens), at: position(bytes))
        case 10: // a token replacing one byte (a quote for a quote, a brace for a bracket)
            guard !bytes.isEmpty else { return }
            let i = random.int(in: 0...(bytes.count - 1))
            bytes.replaceSubrange(i...i, with: random.pick(Self.tokens))
        case 11: // deep nesting, closed or not
            bytes.insert(contentsOf: random.pick(Self.nestings), at: position(bytes))
        case 12: // a very long string or number: mostly 1 KB or 70 KB, sometimes 1 MB
            let size = random.chance(10) ? 2 : random.chance(50) ? 1 : 0
            bytes.insert(contentsOf: random.pick(Self.longRuns[size]), at: position(bytes))
        default: // control characters and invalid UTF-8 in a row
            let n = random.int(in: 1...6)
            let bad: [[UInt8]] = [[0xC0], [0xFF], [0x00], [0x01], [0x1F], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0xAE]]
            bytes.insert(contentsOf: (0..<n).flatMap { _ in random.pick(bad) }, at: position(bytes))
        }
    }
}
