import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The check-in result band and its outcomes: each outcome its own look as the terminal is told it,
/// large letters where there is room, plain text where there is not.
final class ResultBandTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testNoTwoOutcomesLookAlikeInColourAndSuccessIsReverseWithout() {
        let colour = Outcome.allCases.map { TerminalAttributes(style: $0.style, colour: true) }
        XCTAssertEqual(Set(colour).count, Outcome.allCases.count, "\(colour)")
        XCTAssertEqual(Set(colour.compactMap(\.pair?.background)).count, Outcome.allCases.count, "a background each")
        XCTAssertEqual(Set(Outcome.allCases.map(\.style)).count, Outcome.allCases.count)
        for outcome in Outcome.allCases {
            let plain = TerminalAttributes(style: outcome.style, colour: false)
            XCTAssertEqual(plain.reverse, outcome == .checkedIn, "only success is reverse without colour: \(outcome)")
            XCTAssertTrue(plain.bold, "\(outcome) is marked")
            for attributes in [plain, TerminalAttributes(style: outcome.style, colour: true)] {
                XCTAssertFalse(attributes.description.contains("blink"), "\(outcome) never blinks")
            }
        }
        XCTAssertEqual(TerminalAttributes(style: .outcomeIn, colour: true).pair.map { [$0.foreground, $0.background] }, [.black, .green])
        XCTAssertEqual(TerminalAttributes(style: .outcomeRefused, colour: true).pair.map { [$0.foreground, $0.background] }, [.white, .red])
        // Without colour a refusal is not the money to take.
        XCTAssertNotEqual(TerminalAttributes(style: .outcomeRefused, colour: false), TerminalAttributes(style: .outcomeOwed, colour: false))
        XCTAssertEqual(Outcome.allCases.filter(\.isRefusal), [.again, .refused])
    }

    func testBlockLettersFromTwentyFourRowsWhenTheWordFits() throws {
        let big = ScreenLayout(width: 80, height: 24)
        var grid = ScreenGrid(width: 80, height: 24)
        let rows = ResultBand.draw(word: "UNPAID", detail: "UNPAID  200 kr due · Åsa Öberg", outcome: .owed, y: 3, layout: big, into: &grid)
        XCTAssertEqual(rows, 4)
        XCTAssertEqual(ResultBand.rows(layout: big, word: "UNPAID"), 4)
        let letters = try XCTUnwrap(BlockLetters.render("UNPAID"))
        XCTAssertEqual((3...5).map { grid.text(row: $0) }, letters.map { "  " + $0 }.map { String($0.reversed().drop { $0 == " " }.reversed()) })
        XCTAssertEqual(grid.text(row: 6), " UNPAID  200 kr due · Åsa Öberg")
        for y in 3...6 { XCTAssertEqual(grid[79, y].style, .outcomeOwed, "the whole width, row \(y)") }
        XCTAssertEqual(grid[0, 7].style, .normal, "nothing below the band")

        // Fewer rows, a narrow screen or a word the font cannot draw: the word as text, then the detail.
        for (layout, word) in [(ScreenLayout(width: 80, height: 23), "UNPAID"), (ScreenLayout(width: 40, height: 30), "WAITLISTED"),
                               (ScreenLayout(width: 80, height: 24), "BETALD!")] {
            var small = ScreenGrid(width: layout.width, height: layout.height)
            XCTAssertEqual(ResultBand.draw(word: word, detail: "the detail", outcome: .refused, y: 3, layout: layout, into: &small), 2, word)
            XCTAssertEqual(ResultBand.rows(layout: layout, word: word), 2)
            XCTAssertEqual(small.text(row: 3), " " + word)
            XCTAssertEqual(small.text(row: 4), " the detail")
            XCTAssertEqual(small[0, 3].style, .outcomeRefused)
        }
    }
}
