#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import FoyerTUI

/// TextWidth's table (generated from Unicode's data by Scripts/generate-width-table) against glibc's
/// wcwidth, which ncurses uses to place what it draws.
final class TextWidthTableTests: XCTestCase {
    func testNamedCases() {
        XCTAssertEqual(TextWidth.width("Å"), 1)
        XCTAssertEqual(TextWidth.width("漢"), 2)
        XCTAssertEqual(TextWidth.width(of: Unicode.Scalar(0x301)!), 0, "combining acute accent")
        XCTAssertEqual(TextWidth.width("e\u{301}"), 1)
        XCTAssertEqual(TextWidth.width("👍"), 2)
        XCTAssertEqual(TextWidth.width("👍🏽"), 2, "an emoji with a skin tone is one grapheme, two columns")
        XCTAssertEqual(TextWidth.width("👩\u{200D}💻"), 2, "emoji joined with ZWJ")
        XCTAssertEqual(TextWidth.width("a\u{200B}b"), 2, "zero width space")
        XCTAssertEqual(TextWidth.width("\u{1100}\u{1161}\u{11A8}"), 2, "Hangul Choseong, Jungseong, Jongseong")
        XCTAssertEqual(TextWidth.width("\u{AD}"), 1, "soft hyphen keeps its column, as in glibc")
        XCTAssertEqual(TextWidth.width("\u{1B}\t\u{85}"), 0, "controls")
    }

    func testUnassignedFallsBackAsWithWcwidth() {
        // Unassigned in Unicode 15: one column, as wcwidth's -1 was drawn before.
        XCTAssertEqual(TextWidth.width(of: Unicode.Scalar(0x0378)!), 1)
        XCTAssertEqual(TextWidth.width(of: Unicode.Scalar(0x10FFFF)!), 1)
        XCTAssertEqual(UnicodeWidthTable.lookup(0x10FFFF), UnicodeWidthTable.unassigned)
    }

    #if canImport(Glibc)
    /// Every assigned scalar of the BMP and the SMP, against glibc's wcwidth in C.UTF-8. The only
    /// differences allowed are the ones listed in `allowedDifference`.
    func testAgreesWithGlibcWcwidth() throws {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        // Glibc's Swift module leaves wcwidth out (it needs _XOPEN_SOURCE); find it in the C library.
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { throw XCTSkip("no wcwidth") }
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil, wcwidth(0xE5) == 1 else {
            throw XCTSkip("no C.UTF-8 locale in this C library")
        }
        defer { if let saved { setlocale(LC_CTYPE, saved) } }

        var compared = 0
        var allowed: [String: Int] = [:]
        var mismatches: [String] = []
        for value in UInt32(0)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue } // surrogates
            let ours = TextWidth.width(of: scalar)
            let theirs = Int(wcwidth(wchar_t(bitPattern: value)))
            if UnicodeWidthTable.lookup(value) == UnicodeWidthTable.unassigned {
                // Not assigned in the table's Unicode: the fallback, as wcwidth's -1 was handled
                // before. (A glibc with a newer Unicode than the table may already know the scalar.)
                XCTAssertEqual(ours, scalar.properties.isEmojiPresentation ? 2 : 1, hex(value))
                continue
            }
            compared += 1
            if ours == theirs { continue }
            if let reason = allowedDifference(scalar, ours: ours, glibc: theirs) {
                allowed[reason, default: 0] += 1
            } else {
                mismatches.append("\(hex(value)) ours \(ours), glibc \(theirs)")
            }
        }
        XCTAssertGreaterThan(compared, 80_000, "assigned scalars in planes 0 and 1 (85,310 in Unicode 15)")
        XCTAssertEqual(mismatches, [], "\(mismatches.count) differences from glibc's wcwidth")
        print("TextWidthTableTests: \(compared) assigned scalars compared with glibc; allowed differences: \(allowed)")
    }

    /// The differences from glibc's wcwidth that are intended, each with why; nil for any other.
    private func allowedDifference(_ scalar: Unicode.Scalar, ours: Int, glibc: Int) -> String? {
        let v = scalar.value
        // 1. C0 and C1 controls (U+0001…U+001F, U+007F…U+009F): wcwidth says -1 (not printable);
        //    Foyer never sends them and counts them as no column, as it always did.
        if glibc == -1 && ours == 0 && (v < 0x20 || (v >= 0x7F && v < 0xA0)) { return "controls" }
        // 2. LINE SEPARATOR and PARAGRAPH SEPARATOR: wcwidth says -1 (not printable); Foyer counted
        //    them one column (wcwidth's -1 fell back to 1) and still does.
        if glibc == -1 && ours == 1 && (v == 0x2028 || v == 0x2029) { return "line and paragraph separator" }
        // 3. Scalars newer than glibc's Unicode (glibc 2.36 has Unicode 14, the table Unicode 15): wcwidth
        //    does not know them (-1); the table gives their width from Unicode 15's data (new combining
        //    marks 0, new wide Kana and emoji 2, others 1). Only scalars assigned in the table's
        //    own Unicode version can be new to glibc.
        if glibc == -1, let age = scalar.properties.age, "\(age.major).\(age.minor).0" == UnicodeWidthTable.unicodeVersion {
            return "new in Unicode \(UnicodeWidthTable.unicodeVersion)"
        }
        return nil
    }

    private func hex(_ value: UInt32) -> String { "U+" + String(value, radix: 16, uppercase: true) }
    #endif
}
