import XCTest
@testable import FoyerTUI

/// The built-in large letters of the check-in result: every glyph three rows of one width, the words
/// the desk shows fit 80 columns, and the font as it was drawn (a golden text).
final class BlockLettersTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }
    override func tearDown() { Glyphs.current = .unicode }

    func testEveryCoveredCharacterIsThreeRowsOfOneWidth() throws {
        let covered = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ0123456789 -:.·")
        XCTAssertEqual(Set(BlockLetters.characters), Set(covered), "the font covers exactly these")
        for glyphs in [Glyphs.unicode, Glyphs.ascii] {
            Glyphs.current = glyphs
            for character in covered {
                let rows = try XCTUnwrap(BlockLetters.render(String(character)), "\(character)")
                XCTAssertEqual(rows.count, 3, "\(character)")
                let width = try XCTUnwrap(BlockLetters.width(of: String(character)))
                XCTAssertTrue((1...4).contains(width), "\(character) is \(width) wide")
                XCTAssertEqual(rows.map(\.count), [width, width, width], "\(character): \(rows)")
                XCTAssertEqual(rows.map(TextWidth.width), [width, width, width], "one column per cell")
            }
        }
        // Lowercase is drawn as uppercase, and one column parts two letters.
        XCTAssertEqual(BlockLetters.render("åke öst"), BlockLetters.render("ÅKE ÖST"))
        XCTAssertEqual(BlockLetters.width(of: "AB"), 3 + 1 + 3)
    }

    func testTheDesksWordsFit80Columns() throws {
        for word in ["CHECKED IN", "ALREADY IN", "UNPAID", "CANCELLED", "WAITLISTED", "NOT FOUND", "UNDONE", "NOT DONE"] {
            let width = try XCTUnwrap(BlockLetters.width(of: word), word)
            XCTAssertLessThanOrEqual(width, 80 - 4, word)
            XCTAssertEqual(BlockLetters.render(word)?.first.map(TextWidth.width), width, word)
        }
    }

    func testACharacterWithoutAGlyphGivesNil() {
        for text in ["€", "CHECKED IN!", "ß", "漢", "Ø"] {
            XCTAssertNil(BlockLetters.render(text), text)
            XCTAssertNil(BlockLetters.width(of: text), text)
        }
        XCTAssertEqual(BlockLetters.render(""), ["", "", ""])
    }

    /// The font as drawn: a change to a glyph shows here, not first at the desk.
    func testCheckedInAsDrawn() {
        XCTAssertEqual(BlockLetters.render("CHECKED IN"), [
            " ▄▄ ▄ ▄ ▄▄▄  ▄▄ ▄ ▄ ▄▄▄ ▄▄     ▄▄▄ ▄  ▄",
            "█   █▄█ █▄  █   █▄▀ █▄  █ █     █  █▀▄█",
            "▀▄▄ █ █ █▄▄ ▀▄▄ █ █ █▄▄ █▄▀    ▄█▄ █  █",
        ])
        Glyphs.current = .ascii
        XCTAssertEqual(BlockLetters.render("CHECKED IN"), [
            " __ _ _ ___  __ _ _ ___ __     ___ _  _",
            "#   #_# #_  #   #_\" #_  # #     #  #\"_#",
            "\"__ # # #__ \"__ # # #__ #_\"    _#_ #  #",
        ])
    }
}
