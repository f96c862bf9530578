import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The registrants pane through `update`, with effects applied to a registry as the store would.
final class RegistrantsUpdateTests: XCTestCase {
    static let beforeDeadline = Clock.parse("2009-02-20 10:00", zone: Fixtures.stockholm)!

    func state(count: Int = 200, event: Event? = nil) throws -> AppState { try Self.makeState(count: count, event: event) }
    func settle(_ state: AppState, _ effects: [Effect]) -> AppState { Self.settle(state, effects) }

    static func makeState(count: Int = 200, event: Event? = nil) throws -> AppState {
        let e = try event ?? Fixtures.sampleEvent()
        let people = RegistrantGenerator(event: e, seed: 7).make(count: count)
        var s = AppState(event: e, now: Self.beforeDeadline, registry: Registry(registrants: people))
        s = Fixtures.press([.char("2")], s).0
        return s
    }

    /// Applies commit and register effects to the state's registry, as the runner does with the store.
    static func settle(_ state: AppState, _ effects: [Effect]) -> AppState {
        var s = state
        for effect in effects {
            var registry = s.registry
            switch effect {
            case .register(let draft, _):
                var r = draft
                r.code = registry.nextCode(prefix: s.event.codePrefix)
                try! registry.apply(.register(r))
                s = Update.apply(s, .registered(r, registry: registry, journal: s.journal)).0
            case .commit(let change, _, let message, let undo):
                do {
                    try registry.apply(change)
                    let entry = JournalEntry(seq: s.journal.count + 1, time: s.now, desk: "T", change: change)
                    var journal = s.journal
                    journal.append(entry)
                    s = Update.apply(s, .committed(CommitResult(registry: registry, journal: journal, code: change.code, message: message, undo: undo))).0
                } catch {
                    s = Update.apply(s, .commitFailed(Phrase.of(error))).0
                }
            default: break
            }
        }
        return s
    }

    func form(_ s: AppState) -> Form? { if case .form(let fs)? = s.overlay { return fs.form }; return nil }

    func testTypingUTF8AndTheCursor() throws {
        var s = Fixtures.press([.char("a")], try state()).0
        s = Fixtures.type("Asa", s)
        s = Fixtures.press([.home, .delete], s).0
        s = Fixtures.type("Å", s)
        XCTAssertEqual(form(s)?.value("firstName"), "Åsa")
        guard case .text(let editor) = form(s)!.fields[0].value else { return XCTFail() }
        XCTAssertEqual(editor.cursorColumn, 1)
        s = Fixtures.press([.end], s).0
        s = Fixtures.type(" ß ø ü é", s)
        s = Fixtures.press([.ctrl("w"), .ctrl("w")], s).0
        XCTAssertEqual(form(s)?.value("firstName"), "Åsa ß ø ")
        s = Fixtures.press([.ctrl("u")], s).0
        XCTAssertEqual(form(s)?.value("firstName"), "")
    }

    func testValidationMessagesAsYouLeaveAndOnSave() throws {
        var s = Fixtures.press([.char("a"), .tab], try state()).0
        XCTAssertEqual(form(s)?.fields[0].error?.en, "a first name is required")
        s = Fixtures.press([.tab], s).0
        s = Fixtures.type("nobody@", s)
        s = Fixtures.press([.tab], s).0
        XCTAssertTrue(form(s)?.fields[2].error?.en.contains("does not look like an email address") == true)
        let (saved, effects) = Fixtures.press([.ctrl("s")], s)
        XCTAssertTrue(effects.isEmpty)
        let f = form(saved)!
        XCTAssertEqual(f.fields[f.index(of: "lastName")!].error?.en, "a last name is required")
        XCTAssertEqual(f.fields[f.index(of: "category")!].error?.en, "choose a fee category")
        XCTAssertEqual(saved.status?.kind, .error)
    }

    func testSavingANewRegistrantShowsTheCode() throws {
        let base = try state(count: 10)
        XCTAssertFalse(base.registry.registrants.contains { $0.fullName == "Åsa Öberg" })
        var s = Fixtures.press([.char("a")], base).0
        s = Fixtures.type("Åsa", s); s = Fixtures.press([.tab], s).0
        s = Fixtures.type("Öberg", s); s = Fixtures.press([.tab], s).0
        s = Fixtures.type("asa.oberg@example.se", s)
        s = Fixtures.press([.tab, .tab, .tab, .tab, .char(" "), .char(" ")], s).0 // category: Full-time student
        let (next, effects) = Fixtures.press([.ctrl("s")], s)
        guard case .register(let draft, _)? = effects.first else { return XCTFail("no register effect: \(effects)") }
        XCTAssertEqual(draft.feeCategoryID, "student")
        XCTAssertEqual(draft.price, .major(500))
        let done = settle(next, effects)
        XCTAssertEqual(done.status?.text.en, "Registered SAF-0011 Åsa Öberg")
        XCTAssertEqual(done.registry["SAF-0011"]?.fullName, "Åsa Öberg")
        XCTAssertEqual(done.registrants.selectedCode, "SAF-0011")
        XCTAssertEqual(done.searchIndex.search("ober").first.flatMap { done.registry[$0]?.lastName }, "Öberg", "the index follows new registrants")
    }

    func testDuplicatesOfferToOpenTheExistingOrSaveAnyway() throws {
        let base = try state()
        let existing = base.registry.registrants[5]
        var s = Fixtures.press([.char("a")], base).0
        s = Fixtures.type("Someone", s); s = Fixtures.press([.tab], s).0
        s = Fixtures.type("Else", s); s = Fixtures.press([.tab], s).0
        s = Fixtures.type(existing.email.uppercased(), s)
        s = Fixtures.press([.tab, .tab, .tab, .tab, .char(" ")], s).0
        let (asked, none) = Fixtures.press([.ctrl("s")], s)
        XCTAssertTrue(none.isEmpty)
        guard case .duplicate(let q)? = asked.overlay else { return XCTFail("no duplicate question") }
        XCTAssertEqual(q.existingCode, existing.code)
        XCTAssertTrue(RootView.render(asked).grid.text.contains(existing.fullName))
        let opened = Fixtures.press([.char("o")], asked).0
        XCTAssertNil(opened.overlay)
        XCTAssertEqual(opened.registrants.detailCode, existing.code)
        let (_, effects) = Fixtures.press([.char("s")], asked)
        guard case .register? = effects.first else { return XCTFail("save anyway did not save") }
        let back = Fixtures.press([.escape], asked).0
        XCTAssertEqual(form(back)?.value("firstName"), "Someone")
    }

    func testCancelWithAndWithoutChanges() throws {
        let s = try state()
        XCTAssertNil(Fixtures.press([.char("e"), .escape], s).0.overlay)
        let asked = Fixtures.press([.char("e"), .char("x"), .escape], s).0
        guard case .confirm(let c)? = asked.overlay else { return XCTFail() }
        XCTAssertEqual(c.question.en, "Discard your changes?")
        XCTAssertEqual(Fixtures.press([.char("y")], asked).0.registry, s.registry)
    }

    func testEditCancelRestoreAndUndo() throws {
        var s = try state()
        let code = s.registrants.selectedCode!
        let before = s.registry[code]!
        var (n, effects) = Fixtures.press([.char("e"), .tab, .tab, .ctrl("u")], s)
        n = Fixtures.type("new.address@example.se", n)
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        guard case .commit(.edit(let c, let edit), _, _, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(c, code)
        XCTAssertEqual(edit.changedFields, ["email"])
        s = settle(n, effects)
        XCTAssertEqual(s.registry[code]?.email, "new.address@example.se")
        XCTAssertEqual(s.status?.text.en, "Saved \(code): email")

        (s, effects) = Fixtures.press([.char("c"), .char("y")], s)
        s = settle(s, effects)
        XCTAssertEqual(s.registry[code]?.status, .cancelled)
        XCTAssertEqual(RootView.render(s).grid.style(of: code, row: (0..<24).first { RootView.render(s).grid.text(row: $0).contains(code) }!), .selected)
        (s, effects) = Fixtures.press([.char("r")], s)
        s = settle(s, effects)
        XCTAssertEqual(s.registry[code]?.status, .registered)

        for _ in 0..<3 { (s, effects) = Fixtures.press([.char("u")], s); s = settle(s, effects) }
        XCTAssertEqual(s.registry[code], before, "three undos put everything back")
        XCTAssertEqual(Fixtures.press([.char("u")], s).0.status?.text.en, "Nothing to undo")
    }

    func testDeleteNeedsTheTypedCode() throws {
        let s = try state()
        let code = s.registrants.selectedCode!
        var (n, effects) = Fixtures.press([.char("D")], s)
        n = Fixtures.type("SAF-9999", n)
        (n, effects) = Fixtures.press([.enter], n)
        XCTAssertTrue(effects.isEmpty)
        XCTAssertNotNil(n.registry[code])
        (n, effects) = Fixtures.press([.char("D")], s)
        n = Fixtures.type(code.lowercased(), n)
        (n, effects) = Fixtures.press([.enter], n)
        n = settle(n, effects)
        XCTAssertNil(n.registry[code])
        (n, effects) = Fixtures.press([.char("u")], n)
        n = settle(n, effects)
        XCTAssertEqual(n.registry[code], s.registry[code], "undo brings a deleted registration back whole")
    }

    func testSearchSortAndFilter() throws {
        var s = try state()
        s = Fixtures.press([.char("/")], s).0
        s = Fixtures.type("ober", s)
        let found = Update.rows(s)
        XCTAssertFalse(found.isEmpty)
        XCTAssertTrue(found.allSatisfy { TextFolding.fold($0.fullName + $0.email + $0.organisation).contains("ober") })
        s = Fixtures.press([.escape], s).0
        XCTAssertEqual(Update.rows(s).count, 200)
        s = Fixtures.press([.char("s")], s).0
        XCTAssertEqual(s.registrants.sort, .code)
        XCTAssertEqual(Update.rows(s).first?.code, "SAF-0001")
        s = Fixtures.press([.char("f")], s).0
        XCTAssertEqual(s.registrants.filter, .unpaid)
        XCTAssertTrue(Update.rows(s).allSatisfy { $0.due.minorUnits > 0 })
        s = Fixtures.press([.char("F"), .char("F")], s).0
        if case .category = s.registrants.filter {} else { XCTFail("F cycles backwards to the last category, got \(s.registrants.filter)") }
        XCTAssertTrue(RootView.render(s).grid.text.contains(RegistrantList.countLine(shown: Update.rows(s).count, registry: s.registry)))
    }

    func testWaitingListWhenFull() throws {
        var event = try Fixtures.sampleEvent()
        event.capacity = 3
        var s = try state(count: 5, event: event)
        XCTAssertEqual(RegistrantList.waitingList(s.registry).count, 2)
        s = Fixtures.press([.char("a")], s).0
        XCTAssertTrue(form(s)!.title.en.contains("the event is full"))
        s = Fixtures.press([.escape], s).0
        var effects: [Effect]
        (s, effects) = Fixtures.press([.char("P"), .char("y")], s)
        s = settle(s, effects)
        XCTAssertEqual(RegistrantList.waitingList(s.registry).count, 1)
        XCTAssertTrue(s.status!.text.en.hasPrefix("Promoted"))
    }
}
