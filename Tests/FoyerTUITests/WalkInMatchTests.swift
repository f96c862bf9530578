import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// A walk-in who is already registered: the store's duplicate rule (email, phone, folded name) runs under
/// the lock before anyone is created, and a match is reported with that person instead of a second
/// registration, payment and check-in. "A different person" (after a second look) registers anyway.
final class WalkInMatchTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    /// Agnes Olsson as in the report: registered, paid and checked in at 08:35 at desk B.
    private func agnes(at desk: StoreDesk) throws -> Registrant {
        let b = try StoreDesk(sharing: desk, desk: "B", now: "2009-03-01 08:35")
        XCTAssertFalse(b.store.registry.registrants.contains { $0.fullName == "Agnes Olsson" }, "the generated people must not include her")
        var draft = Registrant(code: "", firstName: "Agnes", lastName: "Olsson", email: "agnes.olsson@sll.se", phone: "070-123 45 67",
                               feeCategoryID: "standard", price: .major(2000), registeredAt: b.store.clock.now())
        draft = try b.store.register(draft)
        try b.store.commit(.recordPayment(code: draft.code, Payment(id: "p1", amount: draft.price, method: .card, time: b.store.clock.now(), desk: "B")))
        _ = try CheckInDesk.checkIn(code: draft.code, store: b.store)
        return b.store.registry[draft.code]!
    }

    /// The walk-in as the desk types it: the search, the walk-in key, email and phone, Cash, save. Returns
    /// the state with the form saved and the effects it asked for (not yet performed).
    private func walkIn(_ name: String, email: String = "", phone: String = "", _ state: AppState) -> (AppState, [Effect]) {
        var s = Fixtures.type(name, state)
        s = Fixtures.press([.ctrl("n"), .tab, .tab], s).0
        s = Fixtures.type(email, s)
        s = Fixtures.press([.tab], s).0
        s = Fixtures.type(phone, s)
        s = Fixtures.press([.tab, .tab, .right, .right], s).0 // Pays by: Card, Swish, Cash
        return Fixtures.press([.ctrl("s"), .enter], s) // the form, then Enter on its summary
    }

    private func matched(_ outcome: EffectPerformer.Outcome, file: StaticString = #filePath, line: UInt = #line) -> WalkInMatch? {
        guard case .actions(let actions) = outcome, case .walkInMatched(let match, _, _)? = actions.first else {
            XCTFail("no match reported: \(outcome)", file: file, line: line)
            return nil
        }
        return match
    }

    func testTheWalkInFormAsksForAPhoneAfterTheEmail() throws {
        let desk = try StoreDesk(count: 0)
        let (_, effects) = walkIn("Ödegård Nørby", email: "on@example.se", phone: " 070-765 43 21 ", desk.state(pane: "4"))
        guard case .walkIn(let draft, let method)? = effects.first else { return XCTFail("no walk-in: \(effects)") }
        XCTAssertEqual(draft.phone, "070-765 43 21")
        XCTAssertEqual(draft.email, "on@example.se")
        XCTAssertEqual(method, .cash)
        let form = WalkInForm.make(query: "", event: desk.store.event)
        XCTAssertEqual(form.fields.map(\.id), ["firstName", "lastName", "email", "phone", "category", "method"])
    }

    /// The same person by each part of the rule: nothing registered, charged or checked in; the match names her.
    private func assertMatched(_ name: String, email: String = "", phone: String = "", reason: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let desk = try StoreDesk(count: 30)
        let agnes = try agnes(at: desk)
        let before = try DataDirectory(path: desk.folder.path).openEvent(desk.store.event.id, desk: "C")
        let (s, effects) = walkIn(name, email: email, phone: phone, desk.state(pane: "4"))
        XCTAssertEqual(effects.count, 1, file: file, line: line)
        guard let effect = effects.first, let match = matched(desk.performer.perform(effect), file: file, line: line) else { return }
        XCTAssertEqual(match.existing.code, agnes.code, file: file, line: line)
        XCTAssertEqual(match.reason.en, reason, file: file, line: line)
        XCTAssertEqual(match.method, .cash, file: file, line: line)
        XCTAssertEqual(match.draft.fullName, name, file: file, line: line)
        XCTAssertEqual(match.existing.status, .registered, file: file, line: line)
        XCTAssertEqual(match.existing.due, .zero, file: file, line: line)
        XCTAssertEqual(match.checkedIn?.timeText, "08:35", file: file, line: line)
        XCTAssertEqual(match.checkedIn?.desk, "B", file: file, line: line)
        XCTAssertEqual(match.registeredBy?.desk, "B", file: file, line: line)
        XCTAssertTrue(match.description.hasPrefix("\(agnes.code) Agnes Olsson is registered already (\(reason))"), match.description, file: file, line: line)
        // Nothing written: what another desk reads from disk is what was there before.
        let after = try DataDirectory(path: desk.folder.path).openEvent(desk.store.event.id, desk: "D")
        XCTAssertEqual(after.journalEntries.count, before.journalEntries.count, file: file, line: line)
        XCTAssertEqual(after.registry, before.registry, file: file, line: line)
        XCTAssertEqual(after.registry[agnes.code]?.payments.count, 1, file: file, line: line)
        XCTAssertEqual(after.registry[agnes.code]?.checkInHistory.count, 1, file: file, line: line)
        // And the screen does not say CHECKED IN.
        let shown = Fixtures.perform(s, effects, with: desk.performer)
        if case .checkedIn? = shown.checkIn.banner { XCTFail("shown as checked in", file: file, line: line) }
    }

    func testTheSameEmailIsShownThePersonNotRegisteredAgain() throws {
        try assertMatched("Agnes Olsson", email: "Agnes.Olsson@SLL.se", reason: "the same email")
    }

    func testTheSamePhoneIsShownThePerson() throws {
        try assertMatched("Agneta Olson", phone: "+46 70 123 45 67", reason: "the same phone")
    }

    func testTheSameFoldedNameIsShownThePerson() throws {
        try assertMatched("Ägnes ÖLSSON", reason: "the same name")
    }

    func testADifferentPersonAfterASecondLookIsRegisteredChargedAndCheckedIn() throws {
        let desk = try StoreDesk(count: 30)
        let agnes = try agnes(at: desk)
        let (s, effects) = walkIn("Agnes Olsson", desk.state(pane: "4"))
        guard let effect = effects.first, let match = matched(desk.performer.perform(effect)) else { return }
        let count = desk.store.registry.count
        let done = Fixtures.perform(s, [.walkInAnyway(match.draft, method: match.method)], with: desk.performer)
        XCTAssertEqual(desk.store.registry.count, count + 1)
        let second = desk.store.registry.registrants.last!
        XCTAssertNotEqual(second.code, agnes.code)
        XCTAssertEqual(second.fullName, "Agnes Olsson")
        XCTAssertEqual(second.payments.map(\.method), [.cash])
        XCTAssertEqual(second.due, .zero)
        XCTAssertTrue(second.isCheckedIn)
        XCTAssertEqual(done.checkIn.banner, .checkedIn(name: "Agnes Olsson", code: second.code, category: Phrase(en: "Standard", sv: "Ordinarie"), paid: .major(2000), owed: nil))
        XCTAssertEqual(desk.store.registry[agnes.code]?.payments.count, 1, "the first Agnes is left as she was")
    }

    func testTwoDesksRacingTheSameWalkInRegisterItOnce() throws {
        let a = try StoreDesk(count: 30)
        let b = try StoreDesk(sharing: a, desk: "B")
        // Both desks fill the form before either saves: neither has seen the other's walk-in.
        let (sa, effectsA) = walkIn("Agnes Olsson", email: "agnes.olsson@sll.se", a.state(pane: "4"))
        let (_, effectsB) = walkIn("Agnes Olsson", email: "agnes.olsson@sll.se", b.state(pane: "4"))
        _ = Fixtures.perform(sa, effectsA, with: a.performer)
        let first = a.store.registry.registrants.last!
        XCTAssertEqual(first.fullName, "Agnes Olsson")
        XCTAssertTrue(first.isCheckedIn)
        guard let effect = effectsB.first, let match = matched(b.performer.perform(effect)) else { return }
        XCTAssertEqual(match.existing.code, first.code, "the first desk's new code")
        XCTAssertEqual(match.checkedIn?.desk, "A")
        let onDisk = try DataDirectory(path: a.folder.path).openEvent(a.store.event.id, desk: "C").registry
        XCTAssertEqual(onDisk.registrants.filter { $0.email == "agnes.olsson@sll.se" }.count, 1)
        XCTAssertEqual(onDisk[first.code]?.payments.count, 1, "charged once")
    }
}
