/// Folds text for matching: lower case, diacritics removed, letters with no decomposition spelled out
/// ("Ö" → "o", "Å" → "a", "é" → "e", "ø" → "o", "ß" → "ss", "æ" → "ae"). Done once per registrant, not
/// per keystroke.
public enum TextFolding {
    /// The folded text, keeping spaces and punctuation (so it can still be split into words).
    public static func fold(_ text: String) -> String {
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

    /// The folded words of a text: runs of letters and digits. "Öberg-Lind, Åsa" → ["oberg", "lind", "asa"].
    public static func words(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
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
}

import Foundation
