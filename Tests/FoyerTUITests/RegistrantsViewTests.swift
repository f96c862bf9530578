import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// Whole screens of the registrants pane with 200 generated registrants.
final class RegistrantsViewTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func state(width: Int, height: Int) throws -> AppState {
        let e = try Fixtures.sampleEvent()
        let people = RegistrantGenerator(event: e, seed: 7).make(count: 200)
        var s = AppState(event: e, width: width, height: height, now: RegistrantsUpdateTests.beforeDeadline, registry: Registry(registrants: people))
        s = Fixtures.press([.char("2")], s).0
        return s
    }

    /// At a congress the codes grow a digit: the column grows with them instead of cutting them off.
    func testSixDigitCodesAreShownWhole() throws {
        let e = try Fixtures.sampleEvent()
        let people = RegistrantGenerator(event: e, seed: 7).make(count: 30).enumerated().map { i, r in
            var p = r; p.code = RegistrantCode.make(prefix: e.codePrefix, number: 100_000 + i); return p
        }
        var s = AppState(event: e, width: 80, height: 24, now: RegistrantsUpdateTests.beforeDeadline, registry: Registry(registrants: people))
        s = Fixtures.press([.char("2")], s).0
        let text = RootView.render(s).grid.text
        XCTAssertTrue(text.contains("SAF-100000 "), text)
        XCTAssertFalse(text.contains("SAF-100…"), text)
    }

    func testScreens() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let s = try state(width: w, height: h)
            try assertGolden(RootView.render(s).grid, "registrants-\(w)x\(h)")
            // The selected person's row is reverse (bold too with colour), from its first column; the next is not.
            let code = try XCTUnwrap(s.registrants.selectedCode)
            for (colour, selected) in [(true, TerminalAttributes(bold: true, reverse: true)), (false, TerminalAttributes(reverse: true))] {
                let screen = Fixtures.drawn(s, colour: colour)
                let row = try XCTUnwrap(screen.row(containing: code), screen.text)
                XCTAssertEqual(screen[0, row].attributes, selected, "colour \(colour)")
                XCTAssertEqual(screen.attributes(of: code, row: row), selected, "colour \(colour)")
                XCTAssertEqual(screen[0, row + 1].attributes.reverse, false, "colour \(colour)")
            }
            try assertGolden(RootView.render(Fixtures.press([.char("f")], s).0).grid, "registrants-unpaid-\(w)x\(h)")
            let searched = Fixtures.type("ober", Fixtures.press([.char("/")], s).0)
            let grid = RootView.render(searched).grid
            try assertGolden(grid, "registrants-search-ober-\(w)x\(h)")
            XCTAssertTrue(grid.text.contains("Öberg"))
            var f = Fixtures.press([.char("a")], s).0
            f = Fixtures.type("Åsa", f)
            f = Fixtures.press([.tab, .tab], f).0
            f = Fixtures.type("asa@", f)
            f = Fixtures.press([.ctrl("s")], f).0
            try assertGolden(RootView.render(f).grid, "registrants-form-error-\(w)x\(h)")
            try assertGolden(RootView.render(Fixtures.press([.enter], s).0).grid, "registrants-detail-\(w)x\(h)")
        }
    }

    func testColumnsFitTheWidth() throws {
        for width in [60, 80, 100, 120, 200] {
            let grid = RootView.render(try state(width: width, height: 24)).grid
            for row in 0..<grid.height { XCTAssertLessThanOrEqual(TextWidth.width(grid.text(row: row)), width) }
            XCTAssertTrue(grid.text.contains("Code"))
            XCTAssertTrue(grid.text.contains("Amount"))
        }
        XCTAssertTrue(RootView.render(try state(width: 120, height: 24)).grid.text.contains("Registered"))
        XCTAssertFalse(RootView.render(try state(width: 80, height: 24)).grid.text.contains("Registered"))
    }
}
