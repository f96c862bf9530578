import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// Whole screens of the agenda rendered into the grid and compared with golden files.
final class ViewTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testAgendaAt80x24() throws {
        let grid = RootView.render(try Fixtures.state()).grid
        try assertGolden(grid, "agenda-80x24")
        // The item on at 10:40 is marked, selected, and its topics are shown under it.
        XCTAssertTrue(grid.text.contains("10:30–11:20"))
        let nowRow = (0..<grid.height).first { grid.text(row: $0).contains("▶ now") }!
        XCTAssertTrue(grid.text(row: nowRow).contains("General features"))
        XCTAssertEqual(grid[2, nowRow].style, .selected)
        XCTAssertTrue(grid.text.contains("· Constructivism versus realism"))
        XCTAssertTrue(grid.text.contains("next in 40 min"))
        // As the terminal is told it: the selected row reverse (and bold, with colour); the title in its colour.
        let colour = Fixtures.drawn(try Fixtures.state(), colour: true), plain = Fixtures.drawn(try Fixtures.state(), colour: false)
        XCTAssertEqual(colour[2, nowRow].attributes, TerminalAttributes(bold: true, reverse: true))
        XCTAssertEqual(plain[2, nowRow].attributes, TerminalAttributes(reverse: true))
        XCTAssertEqual(colour.attributes(of: "10:30–11:20", row: nowRow)?.reverse, true, "the whole row")
        XCTAssertEqual(colour.attributes(of: "next in 40 min")?.reverse, false, "only the selected row")
    }

    func testBreaksAreQuieterThanSessions() throws {
        let grid = RootView.render(try Fixtures.state(now: Fixtures.dayBefore)).grid
        let lunchRow = (0..<grid.height).first { grid.text(row: $0).contains("Lunch") }!
        let sessionRow = (0..<grid.height).first { grid.text(row: $0).contains("Research on brief relational therapy") }!
        XCTAssertEqual(grid.style(of: "Lunch", row: lunchRow), .quiet)
        XCTAssertEqual(grid.style(of: "Research", row: sessionRow), .heading)
        // Indented too, so the difference shows without colour.
        XCTAssertTrue(grid.text(row: lunchRow).contains("12:30–13:30    Lunch"))
        XCTAssertTrue(grid.text(row: sessionRow).contains("13:30–14:30  Research"))
    }

    func testAgendaAt120x40ShowsDetailBeside() throws {
        let grid = RootView.render(try Fixtures.state(width: 120, height: 40)).grid
        try assertGolden(grid, "agenda-120x40")
        XCTAssertTrue(grid.text.contains("│ Speaker"))
        XCTAssertTrue(grid.text.contains("Jeremy D. Safran, Ph.D."))
    }

    func testAgendaAt60x16() throws {
        let grid = RootView.render(try Fixtures.state(width: 60, height: 16)).grid
        try assertGolden(grid, "agenda-60x16")
        XCTAssertTrue(grid.text.contains("▶ now"))
    }

    func testDayBeforeShowsNoNowMarkerAndStartsAtTheTop() throws {
        let grid = RootView.render(try Fixtures.state(now: Fixtures.dayBefore)).grid
        XCTAssertFalse(grid.text.contains("now"))
        XCTAssertFalse(grid.text.contains("next in"))
        XCTAssertEqual(grid.style(of: "08:30–09:00", row: 4), .selected)
    }

    func testTooSmallScreens() throws {
        var state = try Fixtures.state(width: 20, height: 5)
        try assertGolden(RootView.render(state).grid, "too-small-20x5")
        XCTAssertTrue(RootView.render(state).grid.text.contains("20x5"))
        state = Update.apply(state, .resize(width: 1, height: 1)).0
        let tiny = RootView.render(state).grid
        try assertGolden(tiny, "too-small-1x1")
        XCTAssertEqual(tiny.width, 1)
        for (w, h) in [(0, 0), (2, 1), (59, 24), (80, 15), (3, 40)] {
            let s = Update.apply(state, .resize(width: w, height: h)).0
            XCTAssertTrue(s.isTooSmall)
            _ = RootView.render(s) // must not crash
        }
    }

    func testDetailAndInformationViews() throws {
        var state = try Fixtures.state()
        state = Fixtures.press([.enter], state).0
        try assertGolden(RootView.render(state).grid, "agenda-detail-80x24")
        state = Fixtures.press([.escape, .char("i")], state).0
        let info = RootView.render(state).grid
        try assertGolden(info, "event-info-80x24")
        XCTAssertTrue(info.text.contains("Description"))
        // Scrolled to the end, the contacts and the fees are there.
        state = Fixtures.press(Array(repeating: Key.pageDown, count: 8), state).0
        let all = (0..<12).map { RootView.render(Fixtures.press(Array(repeating: Key.pageDown, count: $0), Fixtures.press([.char("i")], try! Fixtures.state()).0).0).grid.text }.joined()
        for needle in ["Annikka Haraldsson", "08-578 397 61", "2 000 kr", "500 kr", "Full-time university or college student", "www.psykoterapistiftelsen.se", "Polhemssalen"] {
            XCTAssertTrue(all.contains(needle), "information view lacks \(needle)")
        }
    }

    func testTheSecondSampleEventShowsWhatIsNotSet() throws {
        let state = try Fixtures.state(event: Fixtures.sampleEvent("alliance-ruptures-2024"))
        let agenda = RootView.render(state).grid
        try assertGolden(agenda, "agenda-empty-programme-80x24")
        XCTAssertTrue(agenda.text.contains("What Clinicians Need to Know About Therapeutic Alliance Ruptures\n"), "the title is whole")
        XCTAssertTrue(agenda.text.contains("No programme yet"))
        XCTAssertTrue(agenda.text.contains("venue not set"))
        var all = ""
        var s = Fixtures.press([.char("i")], state).0
        for _ in 0..<6 { all += RootView.render(s).grid.text; s = Fixtures.press([.pageDown], s).0 }
        XCTAssertTrue(all.contains("Define the 3 elements of the therapeutic alliance."))
        XCTAssertTrue(all.contains("fees not set"))
        XCTAssertTrue(all.contains("contacts not set"))
    }

    func testHelpListsEveryAgendaKeyFromTheTable() throws {
        let state = Fixtures.press([.char("?")], try Fixtures.state(width: 100, height: 60)).0
        let grid = RootView.render(state).grid
        try assertGolden(grid, "help-agenda-100x60")
        for binding in KeyTable.bindings where binding.context == .agenda || binding.context == .global {
            XCTAssertTrue(grid.text.contains(binding.label.en), "help lacks \(binding.label.en)")
        }
    }

    func testFormWithAnErrorIsDrawn() throws {
        var state = Fixtures.press([.char("e")], try Fixtures.state()).0
        state = Fixtures.press([.ctrl("u")], state).0
        state = Fixtures.type("9.7x", state)
        state = Fixtures.press([.tab], state).0
        let grid = RootView.render(state).grid
        try assertGolden(grid, "agenda-form-error-80x24")
        XCTAssertTrue(grid.text.contains("✗ write the start as HH:MM"))
        // The error in red with colour, bold (and reverse) without.
        let colour = Fixtures.drawn(state, colour: true).attributes(of: "✗ write the start as HH:MM")
        XCTAssertEqual(colour?.pair?.background, .red, String(describing: colour))
        XCTAssertEqual(colour?.bold, true)
        XCTAssertEqual(Fixtures.drawn(state, colour: false).attributes(of: "✗ write the start as HH:MM"), TerminalAttributes(bold: true, reverse: true))
    }

    func testSwedishTextTruncatesByDisplayWidth() throws {
        var event = try Fixtures.sampleEvent()
        event.programmeItems[1].title = "Överföring och motöverföring – “ångest” é ç 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字"
        let grid = RootView.render(try Fixtures.state(now: Fixtures.dayBefore, event: event)).grid
        let row = (0..<grid.height).first { grid.text(row: $0).contains("Överföring") }!
        let text = grid.text(row: row)
        XCTAssertTrue(text.hasSuffix("…"), text)
        XCTAssertLessThanOrEqual(TextWidth.width(text), 80)
        XCTAssertTrue(text.contains("“ångest” é ç"))
    }

    func testALongTitleTakesASecondLineAndTheTimelineMovesDown() throws {
        var event = try Fixtures.sampleEvent()
        event.title = "Resolving Therapeutic Impasses: a relational approach to ruptures in the alliance, for clinicians"
        var state = try Fixtures.state(event: event)
        let rows = RootView.render(state).grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(rows[1].trimmingCharacters(in: .whitespaces), "Resolving Therapeutic Impasses: a relational approach to ruptures in the")
        XCTAssertEqual(rows[2].trimmingCharacters(in: .whitespaces), "alliance, for clinicians")
        XCTAssertTrue(rows[3].hasPrefix(" Thursday 19 March 2009"), rows[3])
        XCTAssertTrue(rows[4].hasPrefix("────"), rows[4])
        XCTAssertTrue(rows[5].contains("Registration"), rows[5])
        // The selection stays in view at the bottom of the shorter timeline.
        state = Fixtures.press([.char("G")], state).0
        XCTAssertTrue(RootView.render(state).grid.text.contains("Panel discussion"))
    }
}
