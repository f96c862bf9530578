import Foundation

/// JSON text as UTF-8, taken as JSONDecoder takes it: a file saved as UTF-16 or UTF-32 — told by a
/// byte order mark, or by zero bytes around the first characters, which are ASCII (RFC 4627 §3) — is
/// converted, so that the reader reads what JSONDecoder accepts. Nil when such a file does not convert.
enum JSONText {
    static func utf8(_ bytes: [UInt8]) -> [UInt8]? {
        func at(_ i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }
        let encoding: String.Encoding
        let bom: Int
        // The cases and their order are JSONDecoder's.
        switch (at(0), at(1), at(2), at(3)) {
        case (0, 0, 0xFE, 0xFF): (encoding, bom) = (.utf32BigEndian, 4)
        case (0xFE, 0xFF, 0, 0): (encoding, bom) = (.utf32LittleEndian, 4)
        case (0xFE, 0xFF, _, _): (encoding, bom) = (.utf16BigEndian, 2)
        case (0xFF, 0xFE, _, _): (encoding, bom) = (.utf16LittleEndian, 2)
        case (0xEF, 0xBB, 0xBF, _): return bytes // UTF-8 with a byte order mark, which the reader skips
        case (0, 0, 0, .some(let a)) where a != 0: (encoding, bom) = (.utf32BigEndian, 0)
        case (0, .some(let a), 0, .some(let b)) where a != 0 && b != 0: (encoding, bom) = (.utf16BigEndian, 0)
        case (.some(let a), 0, 0, 0) where a != 0: (encoding, bom) = (.utf32LittleEndian, 0)
        case (.some(let a), 0, .some(let b), 0) where a != 0 && b != 0: (encoding, bom) = (.utf16LittleEndian, 0)
        case (0, .some(let a), nil, nil) where a != 0: (encoding, bom) = (.utf16BigEndian, 0)
        case (.some(let a), 0, nil, nil) where a != 0: (encoding, bom) = (.utf16LittleEndian, 0)
        default: return bytes
        }
        return String(bytes: bytes.dropFirst(bom), encoding: encoding).map { Array($0.utf8) }
    }
}
