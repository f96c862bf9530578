import XCTest
@testable import FoyerCore

/// Compaction in three steps, the lock held only at the start and the end: what other desks append
/// while the snapshot is written is carried into the new journal, and a crash between the two renames
/// loses none of it.
final class CompactionTests: XCTestCase {
    func makeStore(_ fixture: StoreFixture) throws -> EventStore {
        let store = try fixture.open()
        try store.replaceAllRegistrants(RegistrantGenerator(event: fixture.event, seed: 4).make(count: 120))
        for r in store.registry.registrants.prefix(40) where r.status == .registered {
            try store.commit(.checkIn(code: r.code, CheckIn(time: store.clock.now(), desk: "A")))
        }
        return store
    }

    func notCheckedIn(_ store: EventStore) -> [Registrant] {
        store.registry.registrants.filter { $0.status == .registered && $0.checkIn == nil }
    }

    func testLinesAppendedWhileTheSnapshotIsWrittenAreCarriedOver() throws {
        let fixture = try StoreFixture()
        let store = try makeStore(fixture)
        let start = try store.beginCompaction()
        try EventStore.writeCompactedSnapshot(start)
        // Meanwhile: another desk and this one go on checking people in.
        let other = try fixture.open(desk: "B")
        let waiting = notCheckedIn(store)
        try other.commit(.checkIn(code: waiting[0].code, CheckIn(time: other.clock.now(), desk: "B")))
        try store.commit(.checkIn(code: waiting[1].code, CheckIn(time: store.clock.now(), desk: "A")))
        try store.finishCompaction(start)

        XCTAssertEqual(store.journalEntries.count, 2, "only the lines after the start stay in the journal")
        let lines = try Files.lines(fixture.journalPath).filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 3, "the header and the two carried lines")
        XCTAssertTrue(lines[0].contains("\"generation\":2"), lines[0])
        let reopened = try fixture.open(desk: "C")
        XCTAssertEqual(reopened.registry, store.registry)
        XCTAssertNotNil(reopened.registry[waiting[0].code]?.checkIn)
        XCTAssertNotNil(reopened.registry[waiting[1].code]?.checkIn)
        // The other desk notices the new files and catches up, and its next change lands after them.
        try other.commit(.checkIn(code: waiting[2].code, CheckIn(time: other.clock.now(), desk: "B")))
        XCTAssertEqual(try fixture.open(desk: "D").registry, other.registry)
        XCTAssertFalse(FileManager.default.fileExists(atPath: start.prepared))
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.folder + "/" + EventStore.nextJournalName))
    }

    func testAnotherCompactionMeanwhileMakesThisOneGiveUpChangingNothing() throws {
        let fixture = try StoreFixture()
        let store = try makeStore(fixture)
        let start = try store.beginCompaction()
        try EventStore.writeCompactedSnapshot(start)
        try fixture.open(desk: "B").compact()
        let before = try POSIXFile.readAll(fixture.snapshotPath)
        assertStoreError(try store.finishCompaction(start)) { error in
            XCTAssertTrue(String(describing: error).contains("another desk compacted"), "\(error)")
        }
        XCTAssertEqual(try POSIXFile.readAll(fixture.snapshotPath), before)
        XCTAssertEqual(try fixture.open(desk: "C").registry, store.registry)
    }

    /// The crash point between the renames: the new snapshot is in place, the next journal is not.
    func testACrashBetweenTheRenamesLosesNothing() throws {
        let fixture = try StoreFixture()
        let store = try makeStore(fixture)
        let start = try store.beginCompaction()
        try EventStore.writeCompactedSnapshot(start)
        let waiting = notCheckedIn(store)
        try store.commit(.checkIn(code: waiting[0].code, CheckIn(time: store.clock.now(), desk: "A")))
        try store.commit(.recordPayment(code: waiting[1].code, Payment(id: "late", amount: .major(300), method: .cash, time: store.clock.now())))
        let expected = store.registry
        // What finishCompaction does up to the crash: the next journal written, the snapshot renamed.
        let journalBytes = try POSIXFile.readAll(fixture.journalPath)
        let carried = journalBytes[Int(start.journalOffset)...]
        try POSIXFile.writeAtomically(try JournalFile.headerLine(generation: 2) + carried, to: fixture.folder + "/" + EventStore.nextJournalName)
        XCTAssertEqual(rename(start.prepared, fixture.snapshotPath), 0)

        let recovered = try fixture.open(desk: "B")
        XCTAssertEqual(recovered.registry, expected, "the lines appended during the compaction are there")
        XCTAssertTrue(recovered.warnings.contains { $0.contains("interrupted compaction") }, "\(recovered.warnings)")
        // The next change finishes the compaction, and everything is still there afterwards.
        try recovered.commit(.checkIn(code: waiting[2].code, CheckIn(time: recovered.clock.now(), desk: "B")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.folder + "/" + EventStore.nextJournalName))
        let again = try fixture.open(desk: "C")
        XCTAssertEqual(again.registry, recovered.registry)
        XCTAssertNotNil(again.registry[waiting[0].code]?.checkIn)
        XCTAssertEqual(again.registry[waiting[1].code]?.payments.last?.id, "late")
        XCTAssertTrue(again.warnings.isEmpty, "\(again.warnings)")
    }

    /// A crash before the snapshot's rename leaves the old snapshot and journal, which are complete.
    func testACrashBeforeTheSnapshotRenameLeavesTheOldFilesWhole() throws {
        let fixture = try StoreFixture()
        let store = try makeStore(fixture)
        let start = try store.beginCompaction()
        try EventStore.writeCompactedSnapshot(start)
        let waiting = notCheckedIn(store)
        try store.commit(.checkIn(code: waiting[0].code, CheckIn(time: store.clock.now(), desk: "A")))
        try POSIXFile.writeAtomically(try JournalFile.headerLine(generation: 2), to: fixture.folder + "/" + EventStore.nextJournalName)
        let reopened = try fixture.open(desk: "B")
        XCTAssertEqual(reopened.registry, store.registry)
        try reopened.compact()
        XCTAssertEqual(try fixture.open(desk: "C").registry, store.registry)
    }
}
