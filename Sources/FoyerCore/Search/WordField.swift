import Foundation

/// Which fields of a registrant a word is in.
enum WordField {
    static let first: UInt32 = 1, last: UInt32 = 2, code: UInt32 = 4, email: UInt32 = 8, organisation: UInt32 = 16
    /// The whole folded code (for the exact-code rule); also a code word.
    static let wholeCode: UInt32 = 32
    static let bits = 6
    static let mask: UInt32 = 63

    /// A word's value for one query term, as one byte so the best is a plain max: 128 + the name score
    /// when it is a name word, else the code, email or organisation score.
    static let value: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 128)
        for fields in 0..<64 {
            for exact in [false, true] {
                let f = UInt32(fields)
                var name = 0, other = 0
                if f & last != 0 { name = exact ? 60 : 40 } else if f & first != 0 { name = exact ? 50 : 30 }
                if f & (code | wholeCode) != 0 { other = max(other, exact ? 45 : 25) }
                if f & email != 0 { other = max(other, 15) }
                if f & organisation != 0 { other = max(other, exact ? 12 : 10) }
                t[fields | (exact ? 64 : 0)] = UInt8(name > 0 ? 128 + name : other)
            }
        }
        return t
    }()

    @inline(__always) static func score(_ value: UInt8) -> Int { value >= 128 ? Int(value) - 128 : Int(value) }
}
