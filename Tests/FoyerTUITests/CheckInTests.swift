import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The check-in pane through `update`, with a real store behind it (as the runner has), so the outcomes
/// are the store's: exactly one check-in per person, the first desk's name and time when it is a second.
final class CheckInTests: XCTestCase {
    var folder: URL!
    var store: EventStore!

    override func setUpWithError() throws {
        Glyphs.current = .unicode
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-checkin-\(UUID().uuidString)")
        let data = DataDirectory(path: folder.path)
        var event = try Fixtures.sampleEvent()
        event.capacity = 28
        try data.createEvent(event)
        let clock = Clock(fixed: Clock.parse("2009-03-19 08:40", zone: Fixtures.stockholm)!)
        store = try data.openEvent(event.id, desk: "A", clock: clock)
        try store.replaceAllRegistrants(RegistrantGenerator(event: event, seed: 9).make(count: 30))
    }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    func state() -> AppState {
        var s = AppState(event: store.event, now: store.clock.now(), registry: store.registry, journal: store.journalEntries)
        s = Fixtures.press([.char("4")], s).0
        return s
    }

    /// Performs the effects through the real performer, as TerminalApp does.
    func perform(_ state: AppState, _ effects: [Effect]) throws -> AppState {
        Fixtures.perform(state, effects, with: EffectPerformer(store: store))
    }

    func enter(_ query: String, _ s: AppState) throws -> AppState {
        var n = Fixtures.press([.escape], s).0
        n = Fixtures.type(query, n)
        let (next, effects) = Fixtures.press([.enter], n)
        return try perform(next, effects)
    }

    func testCheckedInThenAlreadyCheckedIn() throws {
        let paid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.isSettled && $0.price > .zero }!
        var s = try enter(paid.code, state())
        guard case .checkedIn(let name, _, _, _, _)? = s.checkIn.banner else { return XCTFail("\(String(describing: s.checkIn.banner))") }
        XCTAssertEqual(name, paid.fullName)
        XCTAssertTrue(s.checkIn.query.isEmpty, "ready for the next person")
        XCTAssertTrue(RootView.render(s).grid.text.contains("CHECKED IN  \(paid.fullName) (\(paid.code))"))
        s = try enter(paid.code, s)
        XCTAssertEqual(s.checkIn.banner, .alreadyCheckedIn(name: paid.fullName, code: paid.code, time: "08:40", desk: "A"))
        XCTAssertEqual(store.registry[paid.code]?.checkInHistory.count, 1)
    }

    func testAnotherDeskGotThereFirst() throws {
        let paid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.isSettled }!
        let s = state() // this desk's view is from before desk B acts
        let b = try DataDirectory(path: folder.path).openEvent(store.event.id, desk: "B", clock: Clock(fixed: Clock.parse("2009-03-19 08:39", zone: Fixtures.stockholm)!))
        _ = try CheckInDesk.checkIn(code: paid.code, store: b)
        let after = try enter(paid.code, s)
        XCTAssertEqual(after.checkIn.banner, .alreadyCheckedIn(name: paid.fullName, code: paid.code, time: "08:39", desk: "B"))
        XCTAssertEqual(store.registry[paid.code]?.checkInHistory.count, 1)
    }

    func testUnpaidTakesThePaymentInTwoKeysThenChecksIn() throws {
        let unpaid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.paid.isZero && $0.price > .zero }!
        var s = try enter(unpaid.code, state())
        XCTAssertEqual(s.checkIn.question, DeskQuestion(.payment(code: unpaid.code, name: unpaid.fullName, due: unpaid.price)))
        XCTAssertFalse(store.registry[unpaid.code]!.isCheckedIn, "not checked in before the payment")
        XCTAssertEqual(s.keyContext, .checkInPayment)
        let (next, effects) = Fixtures.press([.char("s"), .enter], s)
        s = try perform(next, effects)
        guard case .checkedIn(_, _, _, let paid, _)? = s.checkIn.banner else { return XCTFail() }
        XCTAssertEqual(paid, unpaid.price)
        let r = store.registry[unpaid.code]!
        XCTAssertTrue(r.isCheckedIn)
        XCTAssertEqual(r.payments.last?.method, .swish)
        XCTAssertEqual(r.due, .zero)
    }

    func testPayLaterChecksInAndCountsAsUnpaidAmongArrivals() throws {
        let unpaid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.paid.isZero && $0.price > .zero }!
        var s = try enter(unpaid.code, state())
        let (next, effects) = Fixtures.press([.char("l"), .enter], s)
        s = try perform(next, effects)
        XCTAssertTrue(store.registry[unpaid.code]!.isCheckedIn)
        XCTAssertTrue(RootView.render(s).grid.text.contains("1 unpaid"))
    }

    func testCancelledWaitlistedAndNotFound() throws {
        var people = store.registry.registrants
        let cancelled = people.first { $0.status == .cancelled }!
        let waitlisted = people.first { $0.status == .waitlisted }!
        var s = try enter(cancelled.code, state())
        XCTAssertEqual(s.checkIn.banner, .cancelled(name: cancelled.fullName, code: cancelled.code))
        s = try enter(waitlisted.code, s)
        XCTAssertEqual(s.checkIn.banner, .waitlisted(name: waitlisted.fullName, code: waitlisted.code))
        s = try enter("zzyzx", s)
        XCTAssertEqual(s.checkIn.banner, .notFound(query: "zzyzx"))
        people = store.registry.registrants
        XCTAssertFalse(people.contains { $0.isCheckedIn }, "none of these changed anything")
    }

    func testWalkInFromNotFound() throws {
        var s = try enter("Ödegård Nørby", state())
        s = Fixtures.press([.ctrl("n")], s).0
        guard case .form(let fs)? = s.overlay else { return XCTFail("no walk-in form") }
        XCTAssertEqual(fs.form.value("firstName"), "Ödegård")
        XCTAssertEqual(fs.form.value("lastName"), "Nørby")
        let (next, effects) = Fixtures.press([.ctrl("s"), .enter], s)
        s = try perform(next, effects)
        let walkIn = store.registry.registrants.last!
        XCTAssertEqual(walkIn.fullName, "Ödegård Nørby")
        XCTAssertEqual(walkIn.status, .registered)
        XCTAssertEqual(walkIn.payments.map(\.method), [.card], "the price taken by card, the form's default")
        XCTAssertTrue(walkIn.isCheckedIn)
        XCTAssertEqual(walkIn.due, .zero)
        XCTAssertEqual(s.checkIn.banner, .checkedIn(name: "Ödegård Nørby", code: walkIn.code, category: Phrase(en: "Standard", sv: "Ordinarie"), paid: .major(2000), owed: nil))
    }

    func testUndoACheckInWithAReason() throws {
        let paid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.isSettled }!
        var s = try enter(paid.code, state())
        s = Fixtures.type(paid.code, Fixtures.press([.escape], s).0)
        s = Fixtures.press([.ctrl("x")], s).0
        guard case .reason? = s.overlay else { return XCTFail("no reason asked") }
        var (next, effects) = Fixtures.press([.enter], s)
        XCTAssertTrue(effects.isEmpty, "a reason is required")
        next = Fixtures.type("wrong person", next)
        (next, effects) = Fixtures.press([.enter], next)
        s = try perform(next, effects)
        let r = store.registry[paid.code]!
        XCTAssertFalse(r.isCheckedIn)
        XCTAssertEqual(r.checkInHistory.map(\.action), [.checkedIn, .undone])
        XCTAssertEqual(r.checkInHistory.last?.reason, "wrong person")
        // And the person can be checked in again.
        s = try enter(paid.code, s)
        XCTAssertTrue(store.registry[paid.code]!.isCheckedIn)
    }

    func testScreens() throws {
        let paid = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.isSettled }!
        let s = try enter(paid.code, state())
        try assertGolden(RootView.render(s).grid, "checkin-checked-in-80x24")
        // CHECKED IN is the success style: black on green with colour (not bold); without, reverse (and
        // bold), the one result drawn so.
        let checkedIn = "CHECKED IN  \(paid.fullName) (\(paid.code))"
        let colour = Fixtures.drawn(s, colour: true).attributes(of: checkedIn)
        XCTAssertEqual(colour, TerminalAttributes(pair: ColourPair(number: 5, foreground: .black, background: .green)), String(describing: colour))
        XCTAssertEqual(Fixtures.drawn(s, colour: false).attributes(of: checkedIn), TerminalAttributes(bold: true, reverse: true))
        // A refusal at the desk (NOT FOUND): white on red and bold with colour; bold and underlined
        // without (reverse is success's alone).
        let notFound = try enter("zzqx", s)
        let banner = "NOT FOUND  “zzqx”" // not the hint that says Enter gives NOT FOUND
        XCTAssertEqual(Fixtures.drawn(notFound, colour: true).attributes(of: banner),
                       TerminalAttributes(pair: ColourPair(number: 4, foreground: .white, background: .red), bold: true))
        XCTAssertEqual(Fixtures.drawn(notFound, colour: false).attributes(of: banner), TerminalAttributes(bold: true, underline: true))
        let typing = Fixtures.type("ber", Fixtures.press([.escape], s).0)
        try assertGolden(RootView.render(typing).grid, "checkin-search-80x24")
    }

    func testAfterAResultTheNextLetterStartsANewSearch() throws {
        var s = try enter("zzyzx", state())
        XCTAssertEqual(s.checkIn.banner, .notFound(query: "zzyzx"))
        s = Fixtures.type("ber", s)
        XCTAssertEqual(s.checkIn.query.text, "ber")
        XCTAssertNil(s.checkIn.banner)
    }
}
