import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The door desk as a Swedish volunteer meets it at 80x24, finding by finding: each test drives keys
/// through the app's own loop with a real store, and judges by what is on disk and on the screen, so
/// it ran (and failed) against the desk as it was before these were mended.
final class DoorDeskTests: XCTestCase {
    var desk: StoreDesk!
    var store: EventStore { desk.store }

    override func setUpWithError() throws {
        Glyphs.current = .unicode
        desk = try StoreDesk(count: 60, seed: 9, desk: "A", now: "2009-03-19 08:40")
    }

    func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }
    func screen(_ s: AppState) -> String { RootView.render(s).grid.text }
    func checkInPane() -> AppState { desk.press([.function(5)], desk.state()) }
    func person(_ test: (Registrant) -> Bool) -> Registrant {
        store.registry.registrants.first { $0.status == .registered && $0.checkIn == nil && test($0) }!
    }
    var unpaidStandard: Registrant { person { $0.feeCategoryID == "standard" && $0.paid.isZero && $0.price > .zero } }
    var paidStandard: Registrant { person { $0.feeCategoryID == "standard" && $0.isSettled && $0.price > .zero } }

    // MARK: Letters typed while a question shows are never taken for an answer

    func testTheNextNameTypedWhileUnpaidShowsTakesNothing() {
        let unpaid = unpaidStandard
        var s = desk.press(keys(unpaid.code) + [.enter], checkInPane())
        XCTAssertTrue(screen(s).contains("UNPAID"), screen(s))
        s = desk.press(keys("lars") + [.enter], s)
        XCTAssertFalse(store.registry[unpaid.code]!.isCheckedIn, "“lars” did not check them in on pay later")
        s = desk.press(keys("stina") + [.enter], s)
        XCTAssertTrue(store.registry[unpaid.code]!.payments.isEmpty, "“stina” did not take Swish")
        XCTAssertFalse(store.registry[unpaid.code]!.isCheckedIn)
        XCTAssertTrue(screen(s).contains("nothing taken") || screen(s).contains("Nothing taken"), "the desk is told: " + screen(s))
        // Esc, then the next person: a new search, not the last code with the name typed after it.
        let next = paidStandard
        s = desk.press([.escape] + keys(next.code) + [.enter], s)
        XCTAssertTrue(store.registry[next.code]!.isCheckedIn, screen(s))
    }

    func testMoneyIsTakenOnlyOnEnterAfterASummary() {
        let unpaid = unpaidStandard
        var s = desk.press(keys(unpaid.code) + [.enter, .char("s")], checkInPane())
        XCTAssertTrue(screen(s).contains("Take 2 000 kr by Swish from \(unpaid.fullName)?"), screen(s))
        XCTAssertTrue(store.registry[unpaid.code]!.payments.isEmpty, "a method key alone takes nothing")
        s = desk.press([.enter], s)
        XCTAssertEqual(store.registry[unpaid.code]!.payments.map(\.method), [.swish])
        XCTAssertTrue(store.registry[unpaid.code]!.isCheckedIn)
    }

    func testPayLaterSaysWhatIsStillOwedAndTheRowShowsTheDebt() {
        let unpaid = unpaidStandard
        var s = desk.press(keys(unpaid.code) + [.enter, .char("l")], checkInPane())
        XCTAssertFalse(store.registry[unpaid.code]!.isCheckedIn, "l alone checks nobody in")
        s = desk.press([.enter], s)
        XCTAssertTrue(store.registry[unpaid.code]!.isCheckedIn)
        XCTAssertTrue(screen(s).contains("2 000 kr STILL OWED"), screen(s))
        s = desk.press([.escape] + keys(unpaid.lastName), s)
        let row = screen(s).split(separator: "\n").first { $0.contains(unpaid.code) } ?? ""
        XCTAssertTrue(row.contains("2 000 kr owed"), String(row))
    }

    // MARK: The door's order: the ID before anything is recorded

    func testTheIDIsCheckedBeforeAnythingIsRecorded() {
        let student = person { $0.feeCategoryID == "student" }
        var s = desk.press(keys(student.code) + [.enter], checkInPane())
        XCTAssertTrue(screen(s).contains("CHECK ID"), screen(s))
        XCTAssertFalse(store.registry[student.code]!.isCheckedIn, "nothing recorded before the ID is seen")
        s = desk.press([.char("n"), .enter], s)
        XCTAssertTrue(screen(s).contains("NOT ADMITTED"), screen(s))
        XCTAssertFalse(store.registry[student.code]!.isCheckedIn)
        XCTAssertEqual(store.registry[student.code]!.payments, student.payments, "and no money taken")
        // Shown the card this time: then the money (if any), then the result.
        s = desk.press([.escape] + keys(student.code) + [.enter, .char("y"), .enter], s)
        if student.due.minorUnits > 0 {
            XCTAssertTrue(screen(s).contains("UNPAID"), screen(s))
            s = desk.press([.char("k"), .enter], s)
        }
        XCTAssertTrue(store.registry[student.code]!.isCheckedIn)
        XCTAssertFalse(screen(s).contains("CHECK ID"), "no CHECK ID after the check-in is recorded")
    }

    // MARK: Telling people apart

    func testTwoPeopleOfOneNameAreMarkedAndEnterWaitsForAChoice() throws {
        let first = paidStandard
        var twin = first
        twin.code = store.registry.nextCode(prefix: store.event.codePrefix)
        twin.email = "other.\(first.email)"
        twin.organisation = "Ersta sjukhus"
        twin.checkIn = nil; twin.checkInHistory = []
        let second = try store.register(twin, allowDuplicate: true)
        var s = desk.refresh(checkInPane())
        s = desk.press(keys(first.fullName.lowercased()) + [.enter], s)
        XCTAssertFalse(store.registry[first.code]!.isCheckedIn, "Enter does not choose between namesakes")
        XCTAssertFalse(store.registry[second.code]!.isCheckedIn)
        let text = screen(s)
        XCTAssertTrue(text.contains(second.organisation), "the organisation tells them apart: " + text)
        XCTAssertTrue(text.contains("WHICH ONE"), text)
        s = desk.press([.down, .enter], s)
        let chosen = [first, second].first { store.registry[$0.code]!.isCheckedIn }
        XCTAssertNotNil(chosen, "after moving to one, Enter checks that one in")
        XCTAssertEqual([first, second].filter { store.registry[$0.code]!.isCheckedIn }.count, 1)
        XCTAssertTrue(screen(s).contains("(\(chosen!.code))"), "the band shows the code")
    }

    func testAWholeNameFitsAt80Columns() throws {
        var draft = paidStandard
        draft.code = store.registry.nextCode(prefix: store.event.codePrefix)
        draft.firstName = "Małgorzata"; draft.lastName = "Sjöberg"; draft.email = "malgorzata.sjoberg@example.se"; draft.checkIn = nil; draft.checkInHistory = []
        let r = try store.register(draft, allowDuplicate: true)
        let s = desk.press(keys("sjöberg m"), desk.refresh(checkInPane()))
        XCTAssertTrue(screen(s).contains("Sjöberg, Małgorzata"), screen(s))
        XCTAssertNotNil(store.registry[r.code])
    }

    // MARK: The walk-in form takes no money on an Enter

    func testTheWalkInFormConfirmsOnASummaryBeforeTakingMoney() {
        var s = desk.press([.ctrl("n")] + keys("Gunnel") + [.tab] + keys("Ek"), checkInPane())
        let before = store.registry.count
        // Enter through every field, and on the last: a summary, nothing registered or taken yet.
        for _ in 0..<8 where !screen(s).contains("Register Gunnel Ek") {
            s = desk.press([.enter], s)
            XCTAssertEqual(store.registry.count, before, "nothing registered or taken by the form's Enter")
        }
        XCTAssertTrue(screen(s).contains("Register Gunnel Ek"), screen(s))
        s = desk.press([.enter], s)
        let walkIn = store.registry.registrants.first { $0.fullName == "Gunnel Ek" }
        XCTAssertNotNil(walkIn)
        XCTAssertTrue(walkIn?.isCheckedIn == true)
    }

    func testAWalkInPayingByInvoiceIsNotToldThePriceIsTaken() {
        var s = desk.press([.ctrl("n")] + keys("Gunnel") + [.tab] + keys("Ek"), checkInPane())
        // From the last name to "Pays by", then Card → Swish → Cash → Invoice.
        let toMethod = WalkInForm.make(query: "", event: store.event).fields.firstIndex { $0.id == "method" }! - 1
        s = desk.press(Array(repeating: Key.tab, count: toMethod) + [.char(" "), .char(" "), .char(" ")], s)
        XCTAssertFalse(screen(s).contains("taken in full"), screen(s))
        s = desk.press([.ctrl("s")], s)
        XCTAssertTrue(screen(s).contains("still owed"), screen(s))
    }

    // MARK: Undo from the result

    func testCtrlXRightAfterACheckInUndoesItAfterAReason() {
        let paid = paidStandard
        var s = desk.press(keys(paid.code) + [.enter], checkInPane())
        XCTAssertTrue(store.registry[paid.code]!.isCheckedIn)
        s = desk.press([.ctrl("x")], s)
        guard case .reason? = s.overlay else { return XCTFail("no reason asked: " + screen(s)) }
        let dialog = screen(s).split(separator: "\n").dropLast() // not the status line's hints
        XCTAssertTrue(dialog.contains { $0.contains("Esc keeps the check-in") }, "the dialog fits 80 columns: " + screen(s))
        s = desk.press(keys("wrong person") + [.enter], s)
        XCTAssertFalse(store.registry[paid.code]!.isCheckedIn)
    }

    func testCtrlXWithNobodyOrSomeoneNotInSaysWhatToDo() {
        var s = desk.press([.ctrl("x")], checkInPane())
        XCTAssertNotNil(s.status, "not silent without a person")
        s = desk.press(keys(paidStandard.code) + [.ctrl("x")], s)
        XCTAssertTrue(s.status?.text.en.contains("not checked in") == true, String(describing: s.status))
    }

    // MARK: Keys at the desk

    func testAtTheDeskTheTabsAndHelpNameKeysThatWorkThere() {
        var s = checkInPane()
        XCTAssertTrue(screen(s).split(separator: "\n")[0].contains("F3 Registrants"), String(screen(s).split(separator: "\n")[0]))
        s = desk.press([.function(1)], s)
        let help = screen(s)
        XCTAssertFalse(help.contains("  1/F2 "), "1 types into the search here: " + help)
        XCTAssertFalse(help.contains("  o ") || help.contains("  q "), help)
        let top = s.overlay
        s = desk.press([.pageDown], s)
        XCTAssertNotEqual(s.overlay, top, "help scrolls a page")
        // Every page read: no description cut at 80 columns, the long ones go on under themselves.
        var pages = help
        for _ in 0..<6 { s = desk.press([.pageDown], s); pages += screen(s) }
        XCTAssertFalse(pages.split(separator: "\n").dropLast().contains { $0.contains("…") }, pages)
        XCTAssertTrue(pages.contains("check in the chosen person (unpaid: take the payment"), pages)
    }

    // MARK: A walk-in who is registered already

    /// Agnes, paid and checked in at 08:35 at desk B, comes back as a walk-in: she is shown, not
    /// registered, charged or checked in again; "this is them" says ALREADY IN.
    func testAWalkInWhoIsRegisteredIsShownNotChargedAgain() throws {
        let agnes = paidStandard
        _ = try CheckInDesk.checkIn(code: agnes.code, store: StoreDesk(sharing: desk, desk: "B", now: "2009-03-19 08:35").store)
        var s = desk.refresh(checkInPane())
        let journal = store.journalEntries.count
        s = desk.press([.ctrl("n")] + keys(agnes.firstName) + [.tab] + keys(agnes.lastName) + [.tab] + keys(agnes.email) + [.ctrl("s"), .enter], s)
        XCTAssertEqual(store.journalEntries.count, journal, "nothing written: no registration, payment or check-in")
        XCTAssertTrue(screen(s).contains(agnes.code), "the person is shown: " + screen(s))
        XCTAssertTrue(screen(s).contains("checked in at 08:35 at desk B"), screen(s))
        s = desk.press([.char("t"), .enter], s)
        XCTAssertTrue(screen(s).contains("ALREADY IN"), screen(s))
        XCTAssertEqual(store.journalEntries.count, journal)
        XCTAssertEqual(store.registry[agnes.code]!.payments.count, agnes.payments.count)
    }

    /// Another person of the same name: only after a second look, and then registered, charged and in.
    func testADifferentPersonOfTheSameNameNeedsASecondLook() throws {
        let namesake = paidStandard
        var s = checkInPane()
        let count = store.registry.count
        s = desk.press([.ctrl("n")] + keys(namesake.firstName) + [.tab] + keys(namesake.lastName) + [.tab] + keys("someone.else@example.se") + [.ctrl("s"), .enter], s)
        XCTAssertEqual(store.registry.count, count)
        s = desk.press([.char("d"), .enter], s)
        XCTAssertEqual(store.registry.count, count, "a second look first")
        XCTAssertTrue(screen(s).contains("LOOK AGAIN") || screen(s).contains("Register another"), screen(s))
        s = desk.press([.char("y"), .enter], s)
        XCTAssertEqual(store.registry.count, count + 1)
        XCTAssertTrue(store.registry.registrants.last!.isCheckedIn)
        XCTAssertTrue(screen(s).contains("CHECKED IN"), screen(s))
    }

    // MARK: The bell

    /// A result that turns someone away rings the bell (the terminal app rings it unless turned off);
    /// a check-in does not.
    func testARefusalRingsTheBellAndACheckInDoesNot() {
        let s = checkInPane()
        XCTAssertTrue(Fixtures.press(keys("zzqx") + [.enter], s).1.contains(.bell), "NOT FOUND")
        let paid = paidStandard
        var (after, effects) = Fixtures.press(keys(paid.code) + [.enter], s)
        XCTAssertFalse(effects.contains(.bell), "a check-in is no refusal")
        after = Fixtures.perform(after, effects, with: desk.performer)
        XCTAssertTrue(Fixtures.press([.escape] + keys(paid.code) + [.enter], after).1.contains(.bell), "ALREADY IN")
    }
}
