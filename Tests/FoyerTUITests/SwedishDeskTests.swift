import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The check-in desk and the registrants pane in Swedish (F8, or `AppState.language`): every outcome's
/// word in block letters, the list, a person in full, within 80 columns; F8 redraws what state keeps.
final class SwedishDeskTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func inSwedish(_ s: AppState) -> AppState { var s = s; s.language = .sv; return s }

    /// The check-in pane showing a result or a question (as `CheckInBandTests` makes them), in English.
    func desk(_ shown: CheckInBandTests.Shown, width: Int = 80, height: Int = 24) throws -> AppState {
        var s = Fixtures.press([.char("4")], try Fixtures.state(width: width, height: height)).0
        switch shown {
        case .result(let banner): s.checkIn.banner = banner
        case .question(let q): s.checkIn.question = q
        }
        return s
    }

    func deskState(_ shown: CheckInBandTests.Shown, width: Int = 80, height: Int = 24) throws -> AppState {
        inSwedish(try desk(shown, width: width, height: height))
    }

    func assertFits(_ grid: ScreenGrid, width: Int = 80, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        for row in 0..<grid.height {
            XCTAssertLessThanOrEqual(TextWidth.width(grid.text(row: row)), width, "\(name) row \(row)", file: file, line: line)
        }
    }

    func dump(_ grid: ScreenGrid, _ name: String) {
        // FOYER_DUMP=folder writes each screen there, to look at.
        if let folder = ProcessInfo.processInfo.environment["FOYER_DUMP"] {
            try? grid.text.write(toFile: folder + "/" + name + ".txt", atomically: true, encoding: .utf8)
        }
    }

    /// Each outcome in Swedish at 80×24: its word in block letters right under the search (15 characters
    /// at most, so it fits), the headline in words under the letters, and no row wider than the screen.
    func testEveryOutcomeInSwedishAt80x24() throws {
        let words: [String: String] = [
            "checked-in": "INCHECKAD", "still-owed": "SKULD KVAR", "already-in": "REDAN INCHECKAD", "check-id": "KOLLA INTYG",
            "unpaid": "OBETALD", "not-admitted": "EJ INSLÄPPT", "cancelled": "AVBOKAD", "waitlisted": "VÄNTELISTA",
            "not-found": "HITTADES INTE", "which-one": "VEM AV DEM", "undone": "ÅNGRAD", "not-done": "EJ GJORT",
        ]
        for (name, shown, outcome) in CheckInBandTests.results {
            let s = try deskState(shown)
            let band = try XCTUnwrap(CheckInBand.content(s), name)
            XCTAssertEqual(band.outcome, outcome, name)
            XCTAssertEqual(band.word.sv, words[name], name)
            XCTAssertLessThanOrEqual(band.word.sv.count, 15, name)
            XCTAssertTrue(ResultBand.usesBlockLetters(layout: s.layout, word: band.word.sv), "\(name): \(band.word.sv) in block letters")
            let grid = RootView.render(s).grid
            dump(grid, name)
            let letters = try XCTUnwrap(BlockLetters.render(band.word.sv), name)
            for (i, line) in letters.enumerated() {
                XCTAssertTrue(grid.text(row: 3 + i).contains(line.trimmingCharacters(in: .whitespaces)), "\(name) row \(3 + i)")
            }
            XCTAssertTrue(grid.text(row: 6).contains(band.headline.sv.prefix(20)), "\(name): \(grid.text(row: 6))")
            assertFits(grid, name)
        }
    }

    func testTheDetailsSayItInSwedish() throws {
        let already = RootView.render(try deskState(.result(.alreadyCheckedIn(name: "Åsa Öberg", code: "SAF-0001", time: "08:47", desk: "B")))).grid.text
        XCTAssertTrue(already.contains("REDAN INCHECKAD  Åsa Öberg (SAF-0001)"), already)
        XCTAssertTrue(already.contains("kl. 08:47 vid disk B"), already)
        let unpaid = RootView.render(try deskState(.question(DeskQuestion(.payment(code: "SAF-0008", name: "Ödön Ågren", due: .major(2000)))))).grid.text
        XCTAssertTrue(unpaid.contains("OBETALD  2 000 kr att betala · Ödön Ågren (SAF-0008)"), unpaid)
        XCTAssertTrue(unpaid.contains("Hur betalar de?"), unpaid)
        XCTAssertTrue(unpaid.contains("tillbaka"), unpaid)
        let found = RootView.render(try deskState(.result(.notFound(query: "zzqx")))).grid.text
        XCTAssertTrue(found.contains("Kolla stavningen"), found)
        XCTAssertTrue(found.contains(" Sök:"), found)
        XCTAssertTrue(found.contains("Har kommit:"), found)
        XCTAssertFalse(found.contains("Arrived"), found)
    }

    /// The band is made from the state at each frame: switching the language turns a result into the
    /// other language at once, and back.
    func testTheBandFollowsTheLanguage() throws {
        var s = try desk(.result(.cancelled(name: "Lars Ek", code: "SAF-0009")))
        XCTAssertTrue(RootView.render(s).grid.text.contains("CANCELLED  Lars Ek"))
        s.language = .sv
        XCTAssertTrue(RootView.render(s).grid.text.contains("AVBOKAD  Lars Ek"), RootView.render(s).grid.text)
        s.language = .en
        XCTAssertTrue(RootView.render(s).grid.text.contains("CANCELLED  Lars Ek"))
    }

    /// F8 in the registrants pane: the list in the other language at once; a status message keeps both.
    func testF8RedrawsTheListAndTheStatusMessage() throws {
        var s = try registrants()
        s.language = .en
        s = Fixtures.press([.char("s")], s).0
        XCTAssertTrue(RootView.render(s).grid.text.contains("Sorted by code"), RootView.render(s).grid.text)
        // The status line keeps the phrase, not the English string.
        XCTAssertEqual(s.status?.text.sv, "Sorterat på kod")
        s = Fixtures.press([.function(8)], s).0
        XCTAssertEqual(s.language, .sv)
        let text = RootView.render(s).grid.text
        XCTAssertTrue(text.contains("sortering: kod"), text)
        XCTAssertTrue(text.contains("Kod      Namn"), text)
    }

    func registrants(width: Int = 80, height: Int = 24) throws -> AppState {
        let e = try Fixtures.sampleEvent()
        let people = RegistrantGenerator(event: e, seed: 7).make(count: 200)
        let s = AppState(event: e, width: width, height: height, now: RegistrantsUpdateTests.beforeDeadline, registry: Registry(registrants: people))
        return inSwedish(Fixtures.press([.char("2")], s).0)
    }

    func testTheRegistrantsListInSwedishFits80Columns() throws {
        let s = try registrants()
        let grid = RootView.render(s).grid
        dump(grid, "registrants")
        assertFits(grid, "registrants")
        let text = grid.text
        for word in ["Kod", "Namn", "Organisation", "Kategori", "Belopp", "Betalt", "sortering: namn", "filter: alla", "visas", "obetalda"] {
            XCTAssertTrue(text.contains(word), "\(word)\n\(text)")
        }
        for word in ["Code", "Amount", "shown", "sort:"] { XCTAssertFalse(text.contains(word), "\(word)\n\(text)") }
        let unpaid = RootView.render(Fixtures.press([.char("f")], s).0).grid
        dump(unpaid, "registrants-unpaid")
        assertFits(unpaid, "unpaid")
        XCTAssertTrue(unpaid.text.contains("filter: obetalda"), unpaid.text)
        XCTAssertTrue(unpaid.text.contains("obetald"), unpaid.text)
        let wide = RootView.render(try registrants(width: 120, height: 40)).grid
        dump(wide, "registrants-120")
        XCTAssertTrue(wide.text.contains("Anmäld"), wide.text)
    }

    func testAPersonInFullInSwedish() throws {
        let s = Fixtures.press([.enter], try registrants()).0
        let grid = RootView.render(s).grid
        dump(grid, "detail")
        assertFits(grid, "detail")
        let lines = RegistrantDetailText.lines(try XCTUnwrap(s.registry[try XCTUnwrap(s.registrants.detailCode)]), state: s, width: 78).map(\.text)
        let text = lines.joined(separator: "\n")
        for word in ["inkl. moms", "Status: ", "Att betala: ", "E-post", "Telefon", "Betalningar", "Incheckningar", "Ändringshistorik"] {
            XCTAssertTrue(text.contains(word), "\(word)\n\(text)")
        }
        for line in lines { XCTAssertLessThanOrEqual(TextWidth.width(line), 78, line) }
    }

    func testTheFormsInSwedish() throws {
        let s = try registrants()
        let form = RootView.render(Fixtures.press([.char("a")], s).0).grid
        dump(form, "form")
        assertFits(form, "form")
        for word in ["Ny anmälan", "Förnamn", "Efternamn", "E-post", "Kategori", "(välj en kategori)"] {
            XCTAssertTrue(form.text.contains(word), "\(word)\n\(form.text)")
        }
        let payment = RootView.render(Fixtures.press([.char("m")], s).0).grid
        dump(payment, "payment")
        assertFits(payment, "payment")
        XCTAssertTrue(payment.text.contains("Belopp"), payment.text)
        XCTAssertTrue(payment.text.contains("Betalning"), payment.text)
    }

    /// The matches of a search in Swedish: the status column's words, and the walk-in form.
    func testTheMatchesAndTheWalkInFormInSwedish() throws {
        let e = try Fixtures.sampleEvent()
        var people = RegistrantGenerator(event: e, seed: 7).make(count: 200)
        people[0].checkIn = CheckIn(time: Clock.parse("2009-03-19 08:47", zone: Fixtures.stockholm)!, desk: "B")
        people[0].payments = []; people[0].price = .zero
        let zone = e.timeZone
        let s = inSwedish(Fixtures.press([.char("4")], AppState(event: e, width: 80, height: 24, now: Clock.parse("2009-03-19 09:00", zone: zone)!,
                                                                 registry: Registry(registrants: people))).0)
        let searched = Fixtures.type("berg", s)
        let grid = RootView.render(searched).grid
        dump(grid, "matches")
        assertFits(grid, "matches")
        XCTAssertTrue(grid.text.contains("2 000 kr obetalt"), grid.text)
        XCTAssertTrue(grid.text.contains("betald"), grid.text)
        XCTAssertTrue(grid.text.contains("avbokad"), grid.text)
        let columns = MatchColumns(80, s)
        XCTAssertEqual(columns.status(people[0], money: e.moneyFormat, zone: zone, g: .unicode, language: .sv), "in 08:47 disk B")
        let form = RootView.render(Fixtures.press([.ctrl("n")], searched).0).grid
        dump(form, "walk-in")
        assertFits(form, "walk-in")
        for word in ["På plats: anmäl, ta betalt och checka in", "Förnamn", "Betalar med", "Kort"] {
            XCTAssertTrue(form.text.contains(word), "\(word)\n\(form.text)")
        }
    }

    /// A walk-in's summary, and a walk-in found registered already, asked in Swedish.
    func testTheWalkInQuestionsInSwedish() throws {
        let s = inSwedish(Fixtures.press([.char("4")], try Fixtures.state()).0)
        let e = s.event
        let form = FormState(form: WalkInForm.make(query: "Sven Ek", event: e, language: .sv), purpose: .walkIn)
        let draft = WalkInForm.draft(form.form, event: e, registry: s.registry, now: s.now)
        var asked = s
        asked.checkIn.question = DeskQuestion(.walkIn(form: form, draft: draft, category: e.categoryNamePhrase(of: draft), method: .card))
        let walkIn = RootView.render(asked).grid
        try? walkIn.text.write(toFile: (ProcessInfo.processInfo.environment["FOYER_DUMP"] ?? "/nonexistent") + "/walk-in-summary.txt", atomically: true, encoding: .utf8)
        assertFits(walkIn, "walk-in summary")
        XCTAssertTrue(walkIn.text.contains("PÅ PLATS  Sven Ek"), walkIn.text)
        XCTAssertTrue(walkIn.text.contains("Anmäl Sven Ek ("), walkIn.text)
        XCTAssertTrue(walkIn.text.contains("och checka in? Enter"), walkIn.text)
        XCTAssertTrue(walkIn.text.contains("går tillbaka till formuläret"), walkIn.text)

        var existing = draft
        existing.code = "SAF-0001"
        let match = WalkInMatch(draft: draft, method: .card, existing: existing, reason: "the same name", registeredBy: nil, event: e)
        asked.checkIn.question = DeskQuestion(.walkInMatch(match))
        let found = RootView.render(asked).grid
        assertFits(found, "walk-in match")
        XCTAssertTrue(found.text.contains("REDAN ANMÄLD  Sven Ek (SAF-0001)"), found.text)
        XCTAssertTrue(found.text.contains("Redan anmäld (the same name): 2 000 kr att betala, inte incheckad."), found.text)
    }
}
