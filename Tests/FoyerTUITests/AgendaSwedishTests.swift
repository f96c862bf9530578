import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The agenda, the event information, the fees pane and their forms in Swedish, at 80x24: the words
/// from the catalogue, the organiser's Swedish texts where given, and nothing wider than the screen.
final class AgendaSwedishTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func swedish(width: Int = 80, height: Int = 24, now: Date = Fixtures.duringWorkshop) throws -> AppState {
        var s = try Fixtures.state(width: width, height: height, now: now)
        s.language = .sv
        return s
    }

    /// Every row fits the screen (the grid would cut it; this checks nothing was meant to run past).
    func assertFits(_ grid: ScreenGrid, file: StaticString = #filePath, line: UInt = #line) {
        for row in 0..<grid.height {
            XCTAssertLessThanOrEqual(TextWidth.width(grid.text(row: row).trimmingCharacters(in: .whitespaces)), grid.width, file: file, line: line)
        }
    }

    func testTheAgendaInSwedish() throws {
        let grid = RootView.render(try swedish()).grid
        let text = grid.text
        XCTAssertTrue(text.contains("torsdag 19 mars 2009"), text)
        XCTAssertTrue(text.contains("08:30–16:45"))
        XCTAssertTrue(text.contains("anmälan stängde 26 feb. 2009"), text)
        XCTAssertTrue(text.contains("▶ nu"))
        XCTAssertTrue(text.contains("nästa om 40 min"))
        XCTAssertFalse(text.contains("Thursday"))
        XCTAssertFalse(text.contains("registration"))
        assertFits(grid)
    }

    func testTheDeadlineBeforeItCloses() throws {
        let early = Clock.parse("2009-02-21 12:00", zone: Fixtures.stockholm)!
        XCTAssertEqual(EventHeader.deadlineText(event: try Fixtures.sampleEvent(), now: early).sv, "sista anmälningsdag om 5 dagar (26 feb. 2009)")
        XCTAssertEqual(EventHeader.deadlineText(event: try Fixtures.sampleEvent(), now: early).en, "registration closes in 5 days (26 Feb 2009)")
    }

    func testF8SwitchesTheAgendaAtOnce() throws {
        var s = try Fixtures.state()
        XCTAssertTrue(RootView.render(s).grid.text.contains("Thursday 19 March 2009"))
        s.language = .sv
        XCTAssertTrue(RootView.render(s).grid.text.contains("torsdag 19 mars 2009"))
    }

    func testTheItemDetailInSwedish() throws {
        let s = Fixtures.press([.enter], try swedish()).0
        let grid = RootView.render(s).grid
        XCTAssertTrue(grid.text.contains("Ämnen"), grid.text)
        assertFits(grid)
    }

    func testTheEventInformationInSwedish() throws {
        let event = try Fixtures.sampleEvent()
        let lines = EventInfoText.lines(event: event, now: Fixtures.dayBefore, width: 78, language: .sv).map(\.text)
        let text = lines.joined(separator: "\n")
        // The description was given in English only: shown, and marked.
        let description = lines.firstIndex(of: "Beskrivning")!
        XCTAssertEqual(lines[description + 1], "  (på engelska)")
        XCTAssertTrue(lines[description + 2].contains("A half-century of psychotherapy research"))
        // The practical information was given in Swedish too: the Swedish text first.
        let practical = lines.firstIndex(of: "Praktisk information")!
        XCTAssertTrue(lines[practical + 1].contains("Torsdagen den 19 mars 2009"), lines[practical + 1])
        // Fee categories by their Swedish names; the headings and labels in Swedish.
        for needle in ["När", "torsdag 19 mars 2009", "Lokal", "Sal: Polhemssalen", "Anmälan", "Anmälan via: www.psykoterapistiftelsen.se",
                       "Avgifter", "Ordinarie", "Heltidsstuderande", "Pensionär", "inkl. moms", "Kontakter", "Arrangör"] {
            XCTAssertTrue(text.contains(needle), "lacks \(needle)")
        }
        XCTAssertFalse(text.contains("not set"))
        // In English, nothing of it changed: the English description has no note.
        let english = EventInfoText.lines(event: event, now: Fixtures.dayBefore, width: 78, language: .en).map(\.text)
        XCTAssertFalse(english.contains("  (in Swedish)"))
        XCTAssertFalse(english.contains("  (på engelska)"))
    }

    func testTheInformationPageDrawsInSwedish() throws {
        let s = Fixtures.press([.char("i")], try swedish()).0
        let grid = RootView.render(s).grid
        XCTAssertTrue(grid.text.contains("Beskrivning"), grid.text)
        XCTAssertTrue(grid.text.contains("(på engelska)"))
        assertFits(grid)
    }

    func testTheFeesPaneInSwedish() throws {
        var s = try swedish()
        s.pane = .fees
        let grid = RootView.render(s).grid
        let text = grid.text
        for needle in ["Avgifter", "priser inkl. moms", "Kategori", "Pris", "Netto", "Moms", "Anm.", "Bet.", "Förväntat", "Totalt",
                       "Ordinarie", "Heltidsstuderande", "Betalt", "att betala", "återbetalt", "efterskänkt", "Betalda av anmälda"] {
            XCTAssertTrue(text.contains(needle), "fees pane lacks \(needle)\n\(text)")
        }
        XCTAssertFalse(text.contains("Expected"))
        XCTAssertFalse(text.contains("Standard"))
        assertFits(grid)
        // Each column heading fits its column: the table's numbers stay under their headings.
        let page = FeesPage.lines(s, width: 78).lines.map(\.text)
        XCTAssertTrue(page[0].hasPrefix("Kategori"))
        XCTAssertEqual(TextWidth.width(page[0]), TextWidth.width(page[1]), "heading and first row are one width")
    }

    func testTheFormsInSwedish() throws {
        let event = try Fixtures.sampleEvent()
        let item = ProgrammeItemForm.make(for: nil, event: event, suggestedStart: nil, language: .sv)
        XCTAssertEqual(item.title.sv, "Ny programpunkt")
        XCTAssertEqual(item.fields.map { $0.label.sv }.prefix(3), ["Börjar", "Slutar", "Typ"])
        let category = CategoryForm.make(for: event.feeCategories.first, event: event, language: .sv)
        XCTAssertEqual(category.title.sv, "Avgiftskategori Ordinarie")
        XCTAssertEqual(category.title.en, "Fee category Standard")
        let details = EventDetailsForm.make(for: event)
        let language = details.fields.first { $0.id == EventDetailField.language.name }!
        XCTAssertEqual(language.label.sv, "Språk")
        XCTAssertEqual(language.label.en, "Language")
        if case .choice(let options, let index) = language.value {
            XCTAssertEqual(options.map(\.sv), ["English", "Svenska"])
            XCTAssertEqual(index, 1, "the Stockholm sample is Swedish")
        } else { XCTFail("the language is a choice") }
        // Form labels stay within the form's label column.
        for form in [item, category, details] { for field in form.fields { XCTAssertLessThanOrEqual(TextWidth.width(field.label.sv), 14, field.label.sv) } }
        // A Swedish weekday in the copy's choice.
        let copy = NewEventForm.make(copying: event, zone: nil, language: .sv)
        if case .choice(let options, _) = copy.fields.first(where: { $0.id == "weekdays" })!.value { XCTAssertEqual(options.first?.sv, "behåll torsdagar") }
        XCTAssertEqual(ProgrammeItemForm.problem(in: "start", of: item)?.sv, "skriv starttiden som TT:MM, t.ex. 09:00")
    }

    func testTheListsInSwedish() throws {
        var s = try swedish()
        s.overlay = .eventList(EventListState(kind: .contacts))
        let grid = RootView.render(s).grid
        XCTAssertTrue(grid.text.contains("Kontakter för impasses-2009"), grid.text)
        XCTAssertEqual(EventListKind.objectives.form(try Fixtures.sampleEvent(), index: nil).title.sv, "Nytt mål")
    }

    func testTheTabsAreNamedInTheInterfacesLanguage() {
        let pane = Pane("fees-sv", title: Catalogue.EventInfo.fees)
        XCTAssertEqual(ScreenLayout(width: 80, height: 24, panes: [pane], language: .sv).tabLabels().first?.label, " 1 Avgifter ")
        XCTAssertEqual(ScreenLayout(width: 80, height: 24, panes: [pane]).tabLabels().first?.label, " 1 Fees ")
    }

    func testANewEventsReasonsInSwedish() throws {
        let form = NewEventForm.make(copying: nil, zone: "Europe/Stockholm")
        let made = NewEventForm.made(from: form, copying: nil, existing: [])
        XCTAssertEqual(made.problems["title"]?.sv, "titel måste anges")
        XCTAssertEqual(made.problems["date"]?.sv, "skriv första dagen som ÅÅÅÅ-MM-DD, t.ex. 2027-04-15")
        XCTAssertEqual(NewEventForm.made(from: form, copying: nil, existing: []).problems["title"]?.en, "a title is required")
    }
}
