import XCTest
@testable import FoyerCore

/// Two desks compacting at once (two TUI desks idle for 20 s at the same moment, or `foyer compact` run
/// while a desk compacts in the background): each writes its snapshot outside the lock, so one must
/// never put the other's snapshot in place with its own carried lines. Found by the soak (Scripts/soak):
/// an acknowledged check-in was missing after a run with overlapping compactions.
final class OverlappingCompactionTests: XCTestCase {
    /// Two compactions, the early one begun before a check-in at the door and the late one after it,
    /// writing their snapshots and finishing in the order given; the event as a next desk opens it.
    func overlap(earlyWritesLast: Bool) throws -> (reopened: EventStore, checkedIn: String) {
        let fixture = try StoreFixture()
        let setup = try fixture.open(desk: "setup")
        try setup.replaceAllRegistrants(RegistrantGenerator(event: fixture.event, seed: 4).make(count: 60))
        let people = setup.registry.registrants.filter { $0.status == .registered && $0.checkIn == nil }.map(\.code)

        let early = try fixture.open(desk: "B"), late = try fixture.open(desk: "A"), door = try fixture.open(desk: "C")
        let earlyStart = try early.beginCompaction()
        // Checked in after the early compaction began and before the late one did.
        try door.commit(.checkIn(code: people[0], CheckIn(time: door.clock.now(), desk: "C")))
        let lateStart = try late.beginCompaction()
        let order = earlyWritesLast ? [(late, lateStart), (early, earlyStart)] : [(early, earlyStart), (late, lateStart)]
        for (_, start) in order { try EventStore.writeCompactedSnapshot(start) }
        for (store, start) in order { try? store.finishCompaction(start) }
        return (try fixture.open(desk: "D"), people[0])
    }

    func testACompactionThatBeganEarlierAndWroteLaterLosesNothing() throws {
        let (reopened, code) = try overlap(earlyWritesLast: true)
        XCTAssertEqual(reopened.unappliedEntries, 0, reopened.warningPhrases.map(\.en).joined(separator: "; "))
        XCTAssertNotNil(reopened.registry[code]?.checkIn, "the check-in made between the two compactions' starts is lost")
    }

    func testACompactionThatBeganLaterAndWroteLaterAppliesNothingTwice() throws {
        let (reopened, code) = try overlap(earlyWritesLast: false)
        XCTAssertEqual(reopened.unappliedEntries, 0, reopened.warningPhrases.map(\.en).joined(separator: "; "))
        XCTAssertNotNil(reopened.registry[code]?.checkIn)
        XCTAssertEqual(reopened.registry[code]?.checkInHistory.count, 1)
    }

    /// A compaction killed while writing leaves its file; the next one removes it when its process is
    /// gone, and keeps one whose process still runs (a compaction under way at another desk).
    func testAKilledCompactionsSnapshotIsRemovedAndALiveOnesKept() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open(desk: "A")
        try store.replaceAllRegistrants(RegistrantGenerator(event: fixture.event, seed: 4).make(count: 20))
        let dead = fixture.folder + "/" + EventStore.compactingSnapshotName + "-999999999-1f"
        let live = fixture.folder + "/" + EventStore.compactingSnapshotName + "-\(getpid())-2e"
        let old = fixture.folder + "/" + EventStore.compactingSnapshotName
        for path in [dead, live, old] { try POSIXFile.writeAtomically(Array("{}".utf8), to: path) }
        try store.compact()
        XCTAssertFalse(FileManager.default.fileExists(atPath: dead))
        XCTAssertFalse(FileManager.default.fileExists(atPath: old))
        XCTAssertTrue(FileManager.default.fileExists(atPath: live))
    }
}
