import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// Two desks on one data directory, each with its own store, through `update` and the real performer:
/// nobody's edit is silently undone, a conflict keeps the form and asks, undo never writes over a later
/// change, and a failure's real reason reaches the screen.
final class TwoDesksUpdateTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }
    override func tearDown() { POSIXFile.injectedWriteError = nil }

    /// Opens the edit form on the selected registrant and retypes the field `tabs` fields down.
    private func editRegistrant(_ desk: StoreDesk, _ s: AppState, fields: [(tabs: Int, text: String)]) -> AppState {
        var n = Fixtures.press([.char("e")], s).0
        for field in fields {
            n = Fixtures.press(Array(repeating: Key.tab, count: field.tabs) + [.ctrl("u")], n).0
            n = Fixtures.type(field.text, n)
        }
        return n
    }

    func testTwoDesksEditingOneRegistrant() throws {
        let a = try StoreDesk(count: 20)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = a.state(pane: "2"), sb = b.state(pane: "2")
        let code = sa.registrants.selectedCode!
        XCTAssertEqual(sb.registrants.selectedCode, code)
        // Both open the form; A changes the phone and saves.
        sa = editRegistrant(a, sa, fields: [(3, "070-152 24 14")])
        sb = editRegistrant(b, sb, fields: [(2, "agnes@karolinska.se")])
        sa = a.press([.ctrl("s")], sa)
        XCTAssertNil(sa.overlay)
        // B's stale form changes only the email: saved at once, A's phone kept.
        sb = b.press([.ctrl("s")], sb)
        XCTAssertNil(sb.overlay, "\(String(describing: sb.overlay))")
        XCTAssertEqual(sb.status?.text.en, "Saved \(code): email")
        let merged = try StoreDesk(sharing: a, desk: "C").store.registry[code]!
        XCTAssertEqual(merged.phone, "070-152 24 14")
        XCTAssertEqual(merged.email, "agnes@karolinska.se")
    }

    func testTheSameFieldAsksTheirsOrMineAndKeepsTheForm() throws {
        let a = try StoreDesk(count: 20)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = a.state(pane: "2"), sb = b.state(pane: "2")
        let code = sa.registrants.selectedCode!
        sa = editRegistrant(a, sa, fields: [(3, "070-111 11 11"), (1, "Region Stockholm")])
        sb = editRegistrant(b, sb, fields: [(3, "070-222 22 22"), (2, "Psychologist")])
        sa = a.press([.ctrl("s")], sa)
        sb = b.press([.ctrl("s")], sb)
        guard case .conflict(let q)? = sb.overlay else { return XCTFail("no conflict shown: \(String(describing: sb.overlay)) \(sb.status?.text.en ?? "")") }
        XCTAssertEqual(q.rows.map(\.id), ["phone"], "only the field both changed")
        XCTAssertEqual(q.rows.first?.theirs, "070-111 11 11")
        XCTAssertEqual(q.rows.first?.mine, "070-222 22 22")
        XCTAssertEqual(q.rows.first?.author?.desk, "A")
        let screen = RootView.render(sb).grid.text
        XCTAssertTrue(screen.contains("theirs: 070-111 11 11 (desk A at 10:00)"), screen)
        XCTAssertTrue(screen.contains("mine: 070-222 22 22"), screen)
        // Enter before deciding does not save.
        sb = b.press([.enter], sb)
        guard case .conflict? = sb.overlay else { return XCTFail("saved before every field was decided") }
        // Esc goes back to the form with the typing kept.
        sb = b.press([.escape], sb)
        guard case .form(let kept)? = sb.overlay else { return XCTFail("the form was lost") }
        XCTAssertEqual(kept.form.value("phone"), "070-222 22 22")
        sb = b.press([.ctrl("s")], sb)
        sb = b.press([.char("m"), .enter], sb)
        XCTAssertNil(sb.overlay, "\(String(describing: sb.overlay))")
        XCTAssertEqual(sb.status?.kind, .success)
        let final = try StoreDesk(sharing: a, desk: "C").store
        XCTAssertEqual(final.registry[code]?.phone, "070-222 22 22", "mine, chosen")
        XCTAssertEqual(final.registry[code]?.organisation, "Region Stockholm", "A's other field merged")
        XCTAssertEqual(final.registry[code]?.role, "Psychologist")
        let edits = final.journalEntries.filter { $0.change.code == code }.map { "\($0.desk): \($0.change.summaryPhrase.en)" }
        XCTAssertEqual(edits, ["A: changed phone, organisation", "B: changed phone, role"])
    }

    func testKeepTheirsLeavesTheirValue() throws {
        let a = try StoreDesk(count: 20)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = a.state(pane: "2"), sb = b.state(pane: "2")
        let code = sa.registrants.selectedCode!
        sa = editRegistrant(a, sa, fields: [(3, "070-111 11 11")])
        sb = editRegistrant(b, sb, fields: [(3, "070-222 22 22")])
        sa = a.press([.ctrl("s")], sa)
        sb = b.press([.ctrl("s")], sb)
        sb = b.press([.char("t"), .enter], sb)
        XCTAssertNil(sb.overlay)
        XCTAssertEqual(sb.status?.text.en, "Nothing left to save: theirs kept everywhere")
        XCTAssertEqual(b.store.registry[code]?.phone, "070-111 11 11")
    }

    func testUndoOverAnotherDesksEditIsRefused() throws {
        let a = try StoreDesk(count: 20)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = a.state(pane: "2"), sb = b.state(pane: "2")
        let code = sa.registrants.selectedCode!
        sa = a.press([.ctrl("s")], editRegistrant(a, sa, fields: [(3, "070-111 11 11")]))
        XCTAssertEqual(sa.changeUndo.count, 1)
        sb = b.refresh(sb)
        sb = b.press([.ctrl("s")], editRegistrant(b, sb, fields: [(3, "070-222 22 22")]))
        sa = a.press([.char("u")], sa)
        XCTAssertTrue(sa.status?.text.en.hasPrefix("Not undone:") == true, sa.status?.text.en ?? "")
        XCTAssertTrue(sa.status?.text.en.contains("desk B") == true, sa.status?.text.en ?? "")
        XCTAssertEqual(sa.changeUndo.count, 0, "an undo that cannot apply is dropped")
        XCTAssertEqual(try StoreDesk(sharing: a, desk: "C").store.registry[code]?.phone, "070-222 22 22")
    }

    // MARK: The programme

    private func editItem(_ desk: StoreDesk, _ s: AppState, tabs: Int, text: String) -> AppState {
        var n = Fixtures.press([.char("e")], s).0
        n = Fixtures.press(Array(repeating: Key.tab, count: tabs) + [.ctrl("u")], n).0
        return Fixtures.type(text, n)
    }

    func testItemTitleAndRoomMergeAndADeletedItemIsNotBroughtBack() throws {
        let a = try StoreDesk(count: 0)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = Fixtures.press([.char("j"), .char("j")], a.state()).0
        var sb = Fixtures.press([.char("j"), .char("j")], b.state()).0
        let id = sa.event.programme.items[2].id
        // A changes the title; B, whose form opened before, the room.
        sa = editItem(a, sa, tabs: 3, text: "Retitled by A")
        sb = editItem(b, sb, tabs: 6, text: "Sal B")
        sa = a.press([.ctrl("s")], sa)
        sb = b.press([.ctrl("s")], sb)
        XCTAssertNil(sb.overlay)
        var item = try StoreDesk(sharing: a, desk: "C").store.event.programmeItems.first { $0.id == id }!
        XCTAssertEqual(item.title, "Retitled by A")
        XCTAssertEqual(item.room, "Sal B")
        // The item has a history of changes, like a registrant's.
        let detail = ItemDetailText.lines(event: sb.event, index: 2, history: sb.eventHistory, width: 78, language: .en).map(\.text)
        let history = Array(detail.drop { $0 != "History of changes" }.dropFirst())
        XCTAssertEqual(history.count, 2, "\(detail)")
        XCTAssertTrue(history[0].contains("desk A") && history[0].hasSuffix(": title"), history[0])
        XCTAssertTrue(history[1].contains("desk B") && history[1].hasSuffix(": room"), history[1])
        // A deletes it while B's form on it is open: B's save says so, and only "add again" brings it back.
        sb = editItem(b, sb, tabs: 5, text: "A new description")
        sa = a.refresh(sa)
        sa = a.press([.char("d"), .char("y")], sa)
        XCTAssertEqual(sa.status?.kind, .success, sa.status?.text.en ?? "")
        sb = b.press([.ctrl("s")], sb)
        guard case .conflict(let q)? = sb.overlay, q.conflict.deleted else { return XCTFail("\(String(describing: sb.overlay))") }
        XCTAssertTrue(RootView.render(sb).grid.text.contains("was deleted at desk A"), RootView.render(sb).grid.text)
        XCTAssertFalse(try StoreDesk(sharing: a, desk: "C").store.event.programmeItems.contains { $0.id == id })
        sb = b.press([.char("a")], sb)
        XCTAssertNil(sb.overlay)
        item = try StoreDesk(sharing: a, desk: "C").store.event.programmeItems.first { $0.title == "Retitled by A" }!
        XCTAssertEqual(item.description, "A new description")
    }

    func testProgrammeUndoOverAnotherDesksEditIsRefused() throws {
        let a = try StoreDesk(count: 0)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = Fixtures.press([.char("j")], a.state()).0
        var sb = Fixtures.press([.char("j")], b.state()).0
        sa = a.press([.ctrl("s")], editItem(a, sa, tabs: 3, text: "From A"))
        sb = b.refresh(sb)
        sb = b.press([.ctrl("s")], editItem(b, sb, tabs: 3, text: "From B"))
        sa = a.refresh(sa)
        XCTAssertEqual(sa.undoStack.count, 1, "another desk's save leaves this desk's undo")
        sa = a.press([.char("u")], sa)
        XCTAssertTrue(sa.status?.text.en.hasPrefix("Not undone:") == true, sa.status?.text.en ?? "")
        XCTAssertEqual(sa.undoStack.count, 0)
        XCTAssertEqual(a.store.event.programme.items[1].title, "From B")
    }

    func testAFailuresRealReasonReachesTheScreenAndTheFormStays() throws {
        let a = try StoreDesk(count: 0)
        var s = editItem(a, Fixtures.press([.char("j")], a.state()).0, tabs: 3, text: "Not on this disk")
        POSIXFile.injectedWriteError = ENOSPC
        s = a.press([.ctrl("s")], s)
        POSIXFile.injectedWriteError = nil
        guard case .form(let fs)? = s.overlay else { return XCTFail("the form and its typing were lost") }
        XCTAssertEqual(fs.form.value("title"), "Not on this disk")
        XCTAssertTrue(fs.form.problem?.en.contains("No space left on device") == true, fs.form.problem?.en ?? "")
        XCTAssertTrue(s.status?.text.en.contains("No space left on device") == true, s.status?.text.en ?? "")
        let screen = RootView.render(s).grid.text
        XCTAssertTrue(screen.contains("Not saved: could not write it (No space left on device)"), screen)
        XCTAssertFalse(screen.contains("changed at another desk"))
        // The disk has room again: the same form saves.
        s = a.press([.ctrl("s")], s)
        XCTAssertNil(s.overlay)
        XCTAssertEqual(a.store.event.programme.items[1].title, "Not on this disk")
    }

    // MARK: Registering

    func testTheSameWalkInRegisteredAtTwoDesksIsOneRegistration() throws {
        let a = try StoreDesk(count: 5)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = a.state(pane: "2"), sb = b.state(pane: "2")
        func newPerson(_ s: AppState) -> AppState {
            var n = Fixtures.press([.char("n")], s).0
            n = Fixtures.type("Lars", n); n = Fixtures.press([.tab], n).0
            n = Fixtures.type("Berg", n); n = Fixtures.press([.tab], n).0
            n = Fixtures.type("lars.berg@example.se", n)
            return Fixtures.press([.tab, .tab, .tab, .tab, .char(" ")], n).0
        }
        sa = a.press([.ctrl("s")], newPerson(sa))
        let first = a.store.registry.registrants.last!
        XCTAssertEqual(first.fullName, "Lars Berg")
        // B had not seen A's registration yet: the store refuses it under the lock.
        sb = b.press([.ctrl("s")], newPerson(sb))
        guard case .duplicate(let q)? = sb.overlay else { return XCTFail("\(String(describing: sb.overlay)) \(sb.status?.text.en ?? "")") }
        XCTAssertEqual(q.existingCode, first.code)
        XCTAssertTrue(q.message.en.contains("desk A"), q.message.en)
        XCTAssertEqual(b.store.registry.count, 6)
        // "Save anyway" is the person's choice.
        sb = b.press([.char("s")], sb)
        XCTAssertEqual(b.store.registry.count, 7)
    }
}
