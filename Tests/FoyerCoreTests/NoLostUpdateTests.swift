import Foundation
import XCTest
@testable import FoyerCore

/// Two desks (two stores on one folder) editing at once never silently undo each other's work: every
/// change carries what it was based on and is decided under the lock against what is on disk.
final class NoLostUpdateTests: XCTestCase {
    /// Kept for the whole test: the folder goes when the fixture does.
    private var fixture: StoreFixture?
    override func tearDown() { fixture = nil }

    private func twoDesks() throws -> (StoreFixture, EventStore, EventStore, Registrant) {
        let fixture = try StoreFixture()
        self.fixture = fixture
        let a = try fixture.open(desk: "A")
        let r = try a.register(Fixtures.person("Agnes", "Olsson", email: "agnes.olsson@sll.se"))
        let b = try fixture.open(desk: "B", clock: Fixtures.clock("2009-03-19 08:49"))
        return (fixture, a, b, r)
    }

    /// A form's save: the change from the registrant as the form opened it, with those values as base.
    private func save(_ store: EventStore, opened: Registrant, _ change: (inout Registrant) -> Void, force: Bool = false) throws -> JournalEntry? {
        var draft = opened
        change(&draft)
        let edit = RegistrantEdit(from: opened, to: draft)
        return try store.commit(.edit(code: opened.code, edit), expecting: .fields(edit.values(in: opened)), force: force)
    }

    func testDifferentFieldsOfOneRegistrantMerge() throws {
        let (fixture, a, b, opened) = try twoDesks()
        // Both desks open the form on the same person; A saves the phone, then B (still on the old form) the email.
        try save(a, opened: opened) { $0.phone = "070-152 24 14" }
        let entry = try save(b, opened: opened) { $0.email = "agnes@karolinska.se" }
        guard case .edit(_, let written)? = entry?.change else { return XCTFail("B's edit was not written") }
        XCTAssertEqual(written.changedFields, ["email"], "B's stale form does not write the old phone back")
        let final = try fixture.open(desk: "C").registry[opened.code]!
        XCTAssertEqual(final.phone, "070-152 24 14")
        XCTAssertEqual(final.email, "agnes@karolinska.se")
    }

    func testTheSameFieldIsAConflictNamingTheOtherDesk() throws {
        let (fixture, a, b, opened) = try twoDesks()
        try save(a, opened: opened) { $0.phone = "070-111 11 11" }
        let before = try Files.bytes(fixture.journalPath)
        assertStoreError(try save(b, opened: opened) { $0.phone = "070-222 22 22"; $0.role = "Psychologist" }) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields.map(\.field), ["phone"])
            XCTAssertEqual(conflict.fields.first?.theirs, "070-111 11 11")
            XCTAssertEqual(conflict.fields.first?.mine, "070-222 22 22")
            XCTAssertEqual(conflict.fields.first?.base, "")
            XCTAssertEqual(conflict.fields.first?.author?.desk, "A")
            XCTAssertEqual(conflict.fields.first?.author?.timeText, "08:47")
            XCTAssertTrue(conflict.description.contains("phone was changed at desk A at 08:47"), conflict.description)
        }
        XCTAssertEqual(try Files.bytes(fixture.journalPath), before, "nothing of B's save is written, not even the role")
        // The person chose "keep mine": the save is made again on what is on disk now.
        let now = b.registry[opened.code]!
        try save(b, opened: now) { $0.phone = "070-222 22 22"; $0.role = "Psychologist" }
        XCTAssertEqual(try fixture.open(desk: "C").registry[opened.code]?.phone, "070-222 22 22")
        // A's form, still on the old values, cannot save over it either.
        assertStoreError(try save(a, opened: opened) { $0.phone = "070-333 33 33" }) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields.first?.author?.desk, "B")
        }
    }

    func testForceOverwritesOnPurpose() throws {
        let (fixture, a, b, opened) = try twoDesks()
        try save(a, opened: opened) { $0.phone = "070-111 11 11" }
        try save(b, opened: opened, { $0.phone = "070-999 99 99" }, force: true)
        XCTAssertEqual(try fixture.open(desk: "C").registry[opened.code]?.phone, "070-999 99 99")
    }

    func testUndoOverAnotherDesksEditIsRefused() throws {
        let (fixture, a, b, opened) = try twoDesks()
        try save(a, opened: opened) { $0.phone = "070-111 11 11" }
        // B (having seen A's change) changes it again; A's undo would put back the empty phone over B's.
        try b.refresh()
        try save(b, opened: b.registry[opened.code]!) { $0.phone = "070-222 22 22" }
        var mine = RegistrantEdit(); mine.phone = "070-111 11 11"
        var back = RegistrantEdit(); back.phone = ""
        assertStoreError(try a.commit(.edit(code: opened.code, back), expecting: .fields(mine), isUndo: true)) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.isUndo)
            XCTAssertEqual(conflict.fields.first?.author?.desk, "B")
            XCTAssertTrue(conflict.description.hasSuffix("; left as it is"), conflict.description)
        }
        XCTAssertEqual(try fixture.open(desk: "C").registry[opened.code]?.phone, "070-222 22 22")
        // With nobody in between, the undo goes through.
        try save(b, opened: b.registry[opened.code]!) { $0.role = "Student" }
        var set = RegistrantEdit(); set.role = "Student"
        var old = RegistrantEdit(); old.role = ""
        XCTAssertNotNil(try b.commit(.edit(code: opened.code, old), expecting: .fields(set), isUndo: true))
    }

    func testUndoOfAStatusChangeIsRefusedWhenAnotherDeskChangedIt() throws {
        let (_, a, b, opened) = try twoDesks()
        try a.commit(.setStatus(code: opened.code, .cancelled))
        try b.refresh()
        try b.commit(.setStatus(code: opened.code, .registered), expecting: .status(.cancelled))
        // A's undo of the cancellation expects "cancelled": B restored them meanwhile.
        assertStoreError(try a.commit(.setStatus(code: opened.code, .registered), expecting: .status(.cancelled), isUndo: true)) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields.first?.author?.desk, "B")
        }
    }

    func testUndoingARegistrationThatAnotherDeskCheckedInIsRefused() throws {
        let (_, a, b, opened) = try twoDesks()
        _ = try CheckInDesk.checkIn(code: opened.code, store: b)
        assertStoreError(try a.commit(.delete(code: opened.code), expecting: .unchanged(opened), isUndo: true)) { error in
            guard case .conflict = error else { return XCTFail("\(error)") }
        }
        XCTAssertNotNil(a.registry[opened.code], "the checked-in person is not deleted")
    }

    func testEditingSomeoneDeletedAtAnotherDeskSaysSo() throws {
        let (_, a, b, opened) = try twoDesks()
        try a.commit(.delete(code: opened.code))
        assertStoreError(try save(b, opened: opened) { $0.phone = "070" }) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.deleted)
            XCTAssertEqual(conflict.deletedBy?.desk, "A")
        }
    }

    // MARK: The programme and the fees

    private func itemEdit(_ store: EventStore, _ opened: ProgrammeItem, _ change: (inout ProgrammeItem) -> Void) throws -> EventSave {
        var item = opened
        change(&item)
        let (set, base) = FieldPatch.diff(from: opened, to: item)
        return try store.apply([.editItem(id: opened.id, set: set, base: base)])
    }

    func testTitleAndRoomOfOneItemMerge() throws {
        let (fixture, a, b, _) = try twoDesks()
        let opened = a.event.programmeItems[2]
        try itemEdit(a, opened) { $0.title = "A new title" }
        try itemEdit(b, opened) { $0.room = "Sal B" }
        let item = try fixture.open(desk: "C").event.programmeItems.first { $0.id == opened.id }!
        XCTAssertEqual(item.title, "A new title", "B's room edit does not restore the old title")
        XCTAssertEqual(item.room, "Sal B")
        let history = a.eventHistory()
        XCTAssertEqual(history.map(\.desk), ["A", "B"])
        XCTAssertEqual(history.map(\.summary), ["edited “\(opened.title)”: title", "edited “A new title”: room"])
        XCTAssertEqual(try Files.mode(fixture.folder + "/event-history.jsonl"), 0o600)
    }

    func testTheSameItemFieldIsAConflict() throws {
        let (fixture, a, b, _) = try twoDesks()
        let opened = a.event.programmeItems[2]
        try itemEdit(a, opened) { $0.title = "From A" }
        let before = try Files.bytes(fixture.eventPath)
        assertStoreError(try itemEdit(b, opened) { $0.title = "From B" }) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields.map(\.field), ["title"])
            XCTAssertEqual(conflict.fields.first?.theirs, "From A")
            XCTAssertEqual(conflict.fields.first?.mine, "From B")
            XCTAssertEqual(conflict.fields.first?.author?.desk, "A")
        }
        XCTAssertEqual(try Files.bytes(fixture.eventPath), before)
        XCTAssertEqual(b.event.programmeItems[2].title, "From A", "B is shown what is on disk now")
    }

    func testADeletedItemIsNotResurrected() throws {
        let (fixture, a, b, _) = try twoDesks()
        let opened = b.event.programmeItems[3]
        try a.apply([.deleteItem(id: opened.id, base: opened)])
        assertStoreError(try itemEdit(b, opened) { $0.room = "Sal C" }) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.deleted)
            XCTAssertEqual(conflict.deletedBy?.desk, "A")
            XCTAssertTrue(conflict.description.contains("was deleted at desk A"), conflict.description)
        }
        XCTAssertFalse(try fixture.open(desk: "C").event.programmeItems.contains { $0.id == opened.id })
        // Adding it again is a choice, and gives a new item.
        try b.apply([.addItem(item: opened)])
        XCTAssertTrue(try fixture.open(desk: "C").event.programmeItems.contains { $0.title == opened.title })
    }

    func testTwoDesksAddingAtOnceGetTwoItems() throws {
        let (fixture, a, b, _) = try twoDesks()
        let coffee = ProgrammeItem(id: "coffee", start: LocalDateTime(date: a.event.date, hour: 17, minute: 0), kind: .break, title: "Coffee")
        try a.apply([.addItem(item: coffee)])
        let save = try b.apply([.addItem(item: coffee)])
        guard case .addItem(let added)? = save.applied.first?.operation else { return XCTFail() }
        XCTAssertEqual(added.id, "coffee-2")
        XCTAssertEqual(try fixture.open(desk: "C").event.programmeItems.filter { $0.title == "Coffee" }.count, 2)
    }

    func testRepricingIsAnsweredAgainstTheLatestEvent() throws {
        let (fixture, a, b, _) = try twoDesks()
        // B asks the repricing question; meanwhile A edits the programme and registers someone at the old price.
        let category = b.event.feeCategory(id: "standard")!
        var repriced = category
        repriced.price = .major(2200)
        let (set, base) = FieldPatch.diff(from: category, to: repriced)
        try itemEdit(a, a.event.programmeItems[1]) { $0.title = "Edited by A meanwhile" }
        let late = try a.register(Fixtures.person("Late", "Comer"))
        let save = try b.reprice(categoryID: "standard", set: set, base: base, oldPrice: category.price, newPrice: .major(2200), moveUnpaid: true)
        XCTAssertTrue(save.registrantsChanged.contains(late.code), "who is unpaid is decided at the answer, under the lock")
        let final = try fixture.open(desk: "C")
        XCTAssertEqual(final.event.programmeItems[1].title, "Edited by A meanwhile", "the answer does not wipe A's edit")
        XCTAssertEqual(final.event.feeCategory(id: "standard")?.price, .major(2200))
        XCTAssertEqual(final.registry[late.code]?.price, .major(2200))
    }

    func testUndoOfAnItemEditOverAnotherDesksEditIsRefused() throws {
        let (fixture, a, b, _) = try twoDesks()
        let opened = a.event.programmeItems[2]
        let save = try itemEdit(a, opened) { $0.title = "From A" }
        try b.refreshEvent()
        try itemEdit(b, b.event.programmeItems[2]) { $0.title = "From B" }
        assertStoreError(try a.apply(save.applied.map(\.inverse), isUndo: true)) { error in
            guard case .conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.isUndo)
            XCTAssertEqual(conflict.fields.first?.author?.desk, "B")
        }
        XCTAssertEqual(try fixture.open(desk: "C").event.programmeItems[2].title, "From B")
    }

    func testAFailureIsThrownAsItselfAndChangesNothing() throws {
        let (fixture, a, _, _) = try twoDesks()
        let before = try Files.bytes(fixture.eventPath)
        POSIXFile.injectedWriteError = ENOSPC
        defer { POSIXFile.injectedWriteError = nil }
        assertStoreError(try itemEdit(a, a.event.programmeItems[2]) { $0.title = "Full disk" }) { error in
            guard case .io(_, _, let detail) = error else { return XCTFail("not the real reason: \(error)") }
            XCTAssertEqual(detail, "No space left on device")
        }
        POSIXFile.injectedWriteError = nil
        XCTAssertEqual(try Files.bytes(fixture.eventPath), before)
        XCTAssertEqual(a.eventHistory().count, 0, "no history line for a save that did not happen")
        // A broken event.json is reported as broken, not as "changed at another desk".
        try Files.write(Data("{ not json".utf8), to: fixture.eventPath)
        assertStoreError(try itemEdit(a, a.event.programmeItems[2]) { $0.title = "Broken" }) { error in
            guard case .corrupt(let file, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.eventPath)
        }
        XCTAssertEqual(String(decoding: try Files.bytes(fixture.eventPath), as: UTF8.self), "{ not json", "never overwritten")
    }

    func testAnEditInPlaceIsNoticedAndKept() throws {
        let (fixture, a, _, _) = try twoDesks()
        // A person edits event.json with an editor that writes in place (same inode, same second).
        var text = String(decoding: try Files.bytes(fixture.eventPath), as: UTF8.self)
        let title = a.event.title
        XCTAssertTrue(text.contains("\"" + title + "\""))
        text = text.replacingOccurrences(of: "\"" + title + "\"", with: "\"Hand edited\"")
        let fd = open(fixture.eventPath, O_WRONLY | O_TRUNC)
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        XCTAssertTrue(try a.refreshEvent(), "noticed by content")
        XCTAssertEqual(a.event.title, "Hand edited")
        try itemEdit(a, a.event.programmeItems[2]) { $0.title = "Later" }
        XCTAssertEqual(try fixture.open(desk: "C").event.title, "Hand edited", "the next save keeps the hand edit")
    }

    // MARK: Duplicates

    func testTheSameWalkInAtTwoDesksIsRegisteredOnce() throws {
        let (_, a, b, _) = try twoDesks()
        let first = try a.register(Fixtures.person("Lars", "Berg", email: "lars@example.se"))
        // B had not seen A's registration: the check is made under the lock, against what is on disk.
        assertStoreError(try b.register(Fixtures.person("Lars", "Berg", email: "LARS@example.se "))) { error in
            guard case .duplicate(let duplicate) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(duplicate.existingCode, first.code)
            XCTAssertEqual(duplicate.reason, "the same email")
            XCTAssertEqual(duplicate.author?.desk, "A")
            XCTAssertTrue(duplicate.description.hasPrefix("DUPLICATE: Lars Berg is already registered as \(first.code)"), duplicate.description)
        }
        assertStoreError(try b.register(Fixtures.person("Lärs", "BERG"))) { error in
            guard case .duplicate(let duplicate) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(duplicate.reason, "the same name")
        }
        XCTAssertNotEqual(try b.register(Fixtures.person("Lars", "Berg"), allowDuplicate: true).code, first.code, "save anyway")
        // The index follows edits: after a rename the old name is free.
        let second = try b.register(Fixtures.person("Eva", "Ek"))
        var renamed = RegistrantEdit(); renamed.lastName = "Ekström"
        try a.commit(.edit(code: second.code, renamed))
        XCTAssertNoThrow(try b.register(Fixtures.person("Eva", "Ek")))
    }

    func testReplacingAllRegistrantsTransformsWhatIsOnDiskUnderTheLock() throws {
        let (fixture, a, b, _) = try twoDesks()
        // B registers after A read the registrations: A's transform still sees B's registrant.
        let late = try b.register(Fixtures.person("Sent", "Registered"))
        try a.replaceAllRegistrants { registry in Anonymisation.anonymised(registry.registrants) }
        let final = try fixture.open(desk: "C").registry
        XCTAssertEqual(final[late.code]?.firstName, Anonymisation.firstName)
        XCTAssertEqual(final.count, 2)
    }
}
