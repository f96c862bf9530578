import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// A desk-only station (`foyer --desk-only`): check-in, walk-ins, registering and money work as ever;
/// everything else that changes data, and switching events, is refused with a message, and neither help
/// nor the hints offer those keys.
final class DeskOnlyTests: XCTestCase {
    var folder: URL!
    var store: EventStore!

    override func setUpWithError() throws {
        Glyphs.current = .unicode
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-deskonly-\(UUID().uuidString)")
        let data = DataDirectory(path: folder.path)
        let event = try Fixtures.sampleEvent()
        try data.createEvent(event)
        let clock = Clock(fixed: Clock.parse("2009-03-19 08:40", zone: Fixtures.stockholm)!)
        store = try data.openEvent(event.id, desk: "A", clock: clock)
        var people = RegistrantGenerator(event: event, seed: 9).make(count: 30)
        // Someone cancelled and someone on the waiting list, for restore and promote.
        people[3].status = .cancelled
        people[5].status = .waitlisted
        try store.replaceAllRegistrants(people)
    }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    /// The state a desk-only station starts with, on `pane`, with two events to switch between.
    func state(_ paneKey: Character = "4", deskOnly: Bool = true) throws -> AppState {
        var s = AppState(event: store.event, events: [EventSummary(store.event), EventSummary(try Fixtures.sampleEvent("alliance-ruptures-2024"))],
                         now: store.clock.now(), registry: store.registry, journal: store.journalEntries)
        s.deskOnly = deskOnly
        s = Fixtures.press([.char(paneKey)], s).0
        return s
    }

    /// Performs the effects through the real performer, as TerminalApp does.
    func perform(_ state: AppState, _ effects: [Effect]) throws -> AppState {
        Fixtures.perform(state, effects, with: EffectPerformer(store: store))
    }

    /// The keys a desk-only station refuses, by pane.
    static let refused: [(pane: Character, keys: [Key], what: String)] = [
        ("1", [.char("a")], "add a programme item"), ("1", [.char("e")], "edit a programme item"),
        ("1", [.char("d")], "delete a programme item"), ("1", [.delete], "delete a programme item"),
        ("1", [.char("K")], "move an item earlier"), ("1", [.char("J")], "move an item later"),
        ("1", [.char("u")], "undo a programme edit"), ("1", [.char("I")], "import a programme"),
        ("1", [.char("o")], "open another event"),
        ("2", [.char("e")], "edit a registration"), ("2", [.char("c")], "cancel a registration"),
        ("2", [.char("r")], "restore a registration"), ("2", [.char("D")], "delete a registration"),
        ("2", [.char("p")], "promote the selected"), ("2", [.char("P")], "promote the first"),
        ("2", [.char("u")], "undo a registrant change"), ("2", [.char("I")], "import registrations"),
        ("2", [.char("o")], "open another event"),
        ("2", [.enter, .char("e")], "edit from the details"), ("2", [.enter, .char("D")], "delete from the details"),
        ("3", [.char("a")], "add a fee category"), ("3", [.char("e")], "edit a fee category"),
        ("3", [.enter], "edit a fee category"), ("3", [.char("x")], "retire a fee category"),
        ("3", [.char("u")], "undo a fee edit"), ("3", [.char("o")], "open another event"),
    ]

    func testEveryRefusedCommandIsRefusedWithAMessageAndChangesNothing() throws {
        for (pane, keys, what) in Self.refused {
            var start = try state(pane)
            // On the registrants pane, someone cancelled and someone waitlisted are chosen, so that
            // restore and promote would otherwise do something.
            if pane == "2" {
                if keys.last == .char("r") { start.registrants.selectedCode = start.registry.registrants.first { $0.status == .cancelled }!.code }
                if keys.last == .char("p") { start.registrants.selectedCode = start.registry.registrants.first { $0.status == .waitlisted }!.code }
            }
            let (s, effects) = Fixtures.press(keys, start)
            XCTAssertEqual(effects, [], what)
            XCTAssertNil(s.overlay, what)
            XCTAssertEqual(s.status?.text.en, AppState.deskOnlyRefusal.en, what)
            // Said as a warning: black on yellow with colour, bold without.
            XCTAssertEqual(Fixtures.drawn(s, colour: true).attributes(of: AppState.deskOnlyRefusal.en)?.pair?.background, .yellow, what)
            XCTAssertEqual(Fixtures.drawn(s, colour: false).attributes(of: AppState.deskOnlyRefusal.en), TerminalAttributes(bold: true), what)
            XCTAssertEqual(s.event, start.event, what)
            XCTAssertEqual(s.registry, start.registry, what)

            // The same keys do something at an ordinary station: the refusal is the desk-only mode's.
            var ordinary = start
            ordinary.deskOnly = false
            let (o, oEffects) = Fixtures.press(keys, ordinary)
            XCTAssertTrue(!oEffects.isEmpty || o.overlay != nil || (o.status != nil && o.status?.text.en != AppState.deskOnlyRefusal.en),
                          "\(what) does nothing at an ordinary station either")
        }
    }

    func testTheRefusalMessageSaysWhy() {
        XCTAssertTrue(AppState.deskOnlyRefusal.en.hasPrefix("Not allowed at a desk-only station"))
    }

    func testHelpAndHintsDoNotOfferRefusedKeys() throws {
        for context in KeyContext.allCases {
            for (_, bindings) in KeyTable.help(for: context, deskOnly: true) {
                XCTAssertFalse(bindings.contains { $0.command.refusedAtDesk }, "help for \(context)")
            }
            XCTAssertFalse(KeyTable.hints(for: context, deskOnly: true).contains { $0.command.refusedAtDesk }, "hints for \(context)")
        }
        let registrantsHelp = HelpText.lines(context: .registrants, language: .en, deskOnly: true).map(\.text).joined(separator: "\n")
        for gone in ["delete for good", "cancel the registration", "import registrations", "edit the registration", "open another event", "promote"] {
            XCTAssertFalse(registrantsHelp.contains(gone), gone)
        }
        for kept in ["new registration", "record money", "issue a receipt", "search as you type"] {
            XCTAssertTrue(registrantsHelp.contains(kept), kept)
        }
        let checkInHelp = HelpText.lines(context: .checkIn, language: .en, deskOnly: true).map(\.text).joined(separator: "\n")
        for kept in ["check in the chosen person", "walk-in", "undo the chosen person's check-in"] {
            XCTAssertTrue(checkInHelp.contains(kept), kept)
        }
        XCTAssertTrue(HelpText.lines(context: .registrants, language: .en).map(\.text).joined().contains("delete for good"), "an ordinary station lists it")

        // On screen: the fees pane's hints (a, e, x at an ordinary station) offer none of them.
        let fees = RootView.render(try state("3")).grid
        let hintLine = fees.text(row: fees.height - 1)
        for gone in [" add", " edit", " retire"] { XCTAssertFalse(hintLine.contains(gone), hintLine) }
        let ordinaryFees = RootView.render(try state("3", deskOnly: false)).grid
        XCTAssertTrue(ordinaryFees.text(row: ordinaryFees.height - 1).contains("edit"))

        // The agenda's help has no programme form section.
        XCTAssertFalse(HelpText.lines(context: .agenda, language: .en, deskOnly: true).map(\.text).contains("Forms"))
    }

    func testTheTabBarSaysDeskOnlyStation() throws {
        for width in [80, 100, 60] {
            var s = try state("4")
            s = Update.apply(s, .resize(width: width, height: 24)).0
            XCTAssertTrue(RootView.render(s).grid.text(row: 0).contains("desk only") || RootView.render(s).grid.text(row: 0).contains("desk-only"),
                          RootView.render(s).grid.text(row: 0))
        }
        XCTAssertTrue(RootView.render(try state("1")).grid.text(row: 0).contains("desk-only station"))
        XCTAssertFalse(RootView.render(try state("1", deskOnly: false)).grid.text(row: 0).contains("desk"))
    }

    func testCheckInByNameStillWorks() throws {
        let paid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.isSettled && $0.price > .zero && !$0.isCheckedIn }!
        var s = Fixtures.type(paid.lastName, try state("4"))
        s.checkIn.selectedCode = paid.code
        let (next, effects) = Fixtures.press([.enter], s)
        s = try perform(next, effects)
        XCTAssertTrue(store.registry[paid.code]!.isCheckedIn)
        guard case .checkedIn(let name, _, _, _, _)? = s.checkIn.banner else { return XCTFail("\(String(describing: s.checkIn.banner))") }
        XCTAssertEqual(name, paid.fullName)
    }

    func testAnUnpaidPersonPaysAtCheckIn() throws {
        let unpaid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.paid.isZero && $0.price > .zero }!
        var s = Fixtures.type(unpaid.code, try state("4"))
        var (next, effects) = Fixtures.press([.enter], s)
        s = try perform(next, effects)
        XCTAssertEqual(s.keyContext, .checkInPayment)
        (next, effects) = Fixtures.press([.char("c"), .enter], s)
        s = try perform(next, effects)
        let r = store.registry[unpaid.code]!
        XCTAssertTrue(r.isCheckedIn)
        XCTAssertEqual(r.payments.last?.method, .card)
        XCTAssertEqual(r.due, .zero)
    }

    func testWalkInStillWorks() throws {
        var s = Fixtures.type("Ödegård Nørby", try state("4"))
        s = try perform(Fixtures.press([.enter], s).0, [])
        s = Fixtures.press([.ctrl("n")], s).0
        guard case .form? = s.overlay else { return XCTFail("no walk-in form") }
        let (next, effects) = Fixtures.press([.ctrl("s"), .enter], s)
        s = try perform(next, effects)
        let walkIn = store.registry.registrants.last!
        XCTAssertEqual(walkIn.fullName, "Ödegård Nørby")
        XCTAssertTrue(walkIn.isCheckedIn)
        XCTAssertEqual(walkIn.due, .zero)
    }

    func testRecordingAPaymentAndRegisteringStillWork() throws {
        let unpaid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.paid.isZero && $0.price > .zero }!
        var s = try state("2")
        s.registrants.selectedCode = unpaid.code
        s = Fixtures.press([.char("m")], s).0
        guard case .form? = s.overlay else { return XCTFail("no payment form") }
        var (next, effects) = Fixtures.press([.ctrl("s")], s)
        s = try perform(next, effects)
        XCTAssertEqual(store.registry[unpaid.code]!.due, .zero)

        s = Fixtures.press([.char("a")], s).0
        guard case .form(let fs)? = s.overlay, fs.purpose == .newRegistrant else { return XCTFail("no registration form") }
        s = Fixtures.type("Märta", s); s = Fixtures.press([.tab], s).0
        s = Fixtures.type("Lindqvist", s); s = Fixtures.press([.tab], s).0
        s = Fixtures.type("marta.lindqvist@example.se", s)
        s = Fixtures.press([.tab, .tab, .tab, .tab, .char(" ")], s).0 // a category
        (next, effects) = Fixtures.press([.ctrl("s")], s)
        s = try perform(next, effects)
        XCTAssertTrue(store.registry.registrants.contains { $0.fullName == "Märta Lindqvist" }, "\(String(describing: s.status))")
    }
}
