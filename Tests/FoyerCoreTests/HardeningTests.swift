import XCTest
@testable import FoyerCore

/// A full disk, a write error mid-save and a read-only folder: the error is said, what was on disk stays
/// whole, nothing is reported done that is not, and the store goes on working.
final class HardeningTests: XCTestCase {
    override func tearDown() {
        POSIXFile.injectedWriteError = nil
        EventStore.simulateReadOnly = false
    }

    func filled(_ fixture: StoreFixture) throws -> EventStore {
        let store = try fixture.open()
        try store.replaceAllRegistrants(RegistrantGenerator(event: fixture.event, seed: 31).make(count: 40))
        return store
    }

    func bytes(_ fixture: StoreFixture) throws -> [[UInt8]] {
        try [fixture.eventPath, fixture.snapshotPath, fixture.journalPath].map { try POSIXFile.readAll($0) }
    }

    func testAFullDiskDuringACheckInLeavesTheJournalWholeAndTheStoreWorking() throws {
        let fixture = try StoreFixture()
        let store = try filled(fixture)
        let people = store.registry.registrants.filter { $0.status == .registered && $0.checkIn == nil }
        let before = try bytes(fixture), registry = store.registry
        POSIXFile.injectedWriteError = ENOSPC
        assertStoreError(try store.commit(.checkIn(code: people[0].code, CheckIn(time: store.clock.now(), desk: "A")))) { error in
            XCTAssertTrue(error.description.contains("No space left on device"), error.description)
            XCTAssertTrue(error.description.contains(EventStore.journalFileName), error.description)
        }
        XCTAssertEqual(try bytes(fixture), before, "the half-written line was cut off again")
        XCTAssertEqual(store.registry, registry, "nothing applied that is not on disk")
        POSIXFile.injectedWriteError = nil
        try store.commit(.checkIn(code: people[1].code, CheckIn(time: store.clock.now(), desk: "A")))
        let reopened = try fixture.open(desk: "B")
        XCTAssertNil(reopened.registry[people[0].code]?.checkIn)
        XCTAssertNotNil(reopened.registry[people[1].code]?.checkIn)
        XCTAssertTrue(reopened.warnings.allSatisfy { !$0.contains("half-written") }, "\(reopened.warnings)")
    }

    func testAWriteErrorWhileCompactingOrSavingTheEventChangesNoFile() throws {
        let fixture = try StoreFixture()
        let store = try filled(fixture)
        let someone = store.registry.registrants.first { $0.status == .registered }!
        try store.commit(.checkIn(code: someone.code, CheckIn(time: store.clock.now(), desk: "A")))
        let before = try bytes(fixture), registry = store.registry
        POSIXFile.injectedWriteError = EIO
        XCTAssertThrowsError(try store.compact())
        var renamed = store.event
        renamed.title = "Renamed"
        let (set, base) = FieldPatch.diff(from: store.event, to: renamed)
        XCTAssertThrowsError(try store.apply([.editDetails(set: set, base: base)]))
        XCTAssertEqual(try bytes(fixture), before)
        XCTAssertEqual(store.event.title, fixture.event.title, "the event in memory is the one on disk")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [], "temporary files are removed")
        POSIXFile.injectedWriteError = nil
        try store.compact()
        XCTAssertEqual(try fixture.open(desk: "B").registry, registry)
    }

    func testAReadOnlyFolderOpensForLookingAndRefusesChangesInWords() throws {
        let fixture = try StoreFixture()
        let writer = try filled(fixture)
        let someone = writer.registry.registrants.first { $0.status == .registered }!
        try writer.commit(.checkIn(code: someone.code, CheckIn(time: writer.clock.now(), desk: "A")))
        EventStore.simulateReadOnly = true
        let store = try fixture.open(desk: "B")
        XCTAssertTrue(store.isReadOnly)
        XCTAssertEqual(store.registry, writer.registry, "everything can be looked at")
        let before = try bytes(fixture)
        let other = store.registry.registrants.first { $0.status == .registered && $0.checkIn == nil }!
        for attempt in [{ _ = try store.commit(.checkIn(code: other.code, CheckIn(time: store.clock.now(), desk: "B"))) },
                        { try store.compact() }, { _ = try store.apply([.addItem(item: store.event.programmeItems[0])]) },
                        { _ = try store.register(Fixtures.person("Ny", "Person")) }] {
            assertStoreError(try attempt()) { error in
                XCTAssertEqual(error, .readOnly(folder: fixture.folder))
                XCTAssertTrue(error.description.contains("read-only"), error.description)
            }
        }
        XCTAssertEqual(try bytes(fixture), before)
    }

    /// Names holding escape sequences, controls and bidirectional overrides are data: stored and read
    /// back exactly as they came.
    func testHostileTextIsStoredIntact() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let hostile = "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}gro.live\u{202C}\r\n\u{0}\u{7F}\u{9B}31m"
        let r = try store.register(Fixtures.person(hostile, "Mallory\u{2066}x\u{2069}", email: "a@b.se"))
        let reopened = try fixture.open(desk: "B")
        XCTAssertEqual(reopened.registry[r.code]?.firstName, hostile)
        XCTAssertEqual(reopened.registry[r.code]?.lastName, "Mallory\u{2066}x\u{2069}")
    }

    /// A 10 MB name in a snapshot, or a 2 MB note in a journal line, is refused with the file and line.
    func testHugeFieldsInFilesAreRefusedWithAMessage() throws {
        let fixture = try StoreFixture()
        let store = try filled(fixture)
        let snapshot = String(decoding: try POSIXFile.readAll(fixture.snapshotPath), as: UTF8.self)
        let name = store.registry.registrants[3].firstName
        let huge = snapshot.replacingOccurrences(of: "\"firstName\":\"\(name)\"",
                                                 with: "\"firstName\":\"" + String(repeating: "A", count: 10_000_000) + "\"")
        XCTAssertNotEqual(huge, snapshot)
        try POSIXFile.writeAtomically(Array(huge.utf8), to: fixture.snapshotPath)
        assertStoreError(try fixture.open(desk: "B")) { error in
            XCTAssertTrue(error.description.contains("at most 1 MB"), error.description)
            XCTAssertTrue(error.description.contains(EventStore.snapshotFileName), error.description)
            XCTAssertTrue(error.description.contains(", line "), error.description)
        }

        let other = try StoreFixture()
        let writer = try filled(other)
        let code = writer.registry.registrants[0].code
        var edit = RegistrantEdit()
        edit.notes = "short"
        try writer.commit(.edit(code: code, edit))
        let journal = String(decoding: try POSIXFile.readAll(other.journalPath), as: UTF8.self)
            .replacingOccurrences(of: "\"short\"", with: "\"" + String(repeating: "\\u00e5", count: 600_000) + "\"")
        try POSIXFile.writeAtomically(Array(journal.utf8), to: other.journalPath)
        assertStoreError(try other.open(desk: "B")) { error in
            XCTAssertTrue(error.description.contains("at most 1 MB"), error.description)
            XCTAssertTrue(error.description.contains(EventStore.journalFileName + ", line 2"), error.description)
        }
    }

    /// Another desk holding the lock too long: a clear message after the timeout, no hang, nothing written.
    func testALockHeldTooLongIsSaidNotWaitedForever() throws {
        let fixture = try StoreFixture()
        let store = try filled(fixture)
        let stuck = FileLock(path: fixture.folder + "/" + EventStore.lockFileName)
        try stuck.lock(exclusive: true)
        defer { stuck.unlock() }
        store.lockTimeout = 0.3
        let before = try bytes(fixture)
        let started = Date()
        let someone = store.registry.registrants.first { $0.status == .registered }!
        assertStoreError(try store.commit(.checkIn(code: someone.code, CheckIn(time: store.clock.now(), desk: "A")))) { error in
            guard case .lockTimeout = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.description.contains("another desk has held the lock"), error.description)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "it gave up instead of hanging")
        XCTAssertEqual(try bytes(fixture), before)
        stuck.unlock()
        try store.commit(.checkIn(code: someone.code, CheckIn(time: store.clock.now(), desk: "A")))
    }

    func testTerminalTextReplacesOnlyWhatSteers() {
        XCTAssertEqual(TerminalText.safe("Åsa Öberg 漢字 ❤️\tok\n"), "Åsa Öberg 漢字 ❤️\tok\n")
        XCTAssertEqual(TerminalText.safe("a\u{1B}[2Jb\u{07}\u{0}\u{7F}\u{9B}\u{202E}c\u{2066}\r"), "a?[2Jb?????c??")
    }
}
