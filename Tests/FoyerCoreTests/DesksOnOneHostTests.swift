import Foundation
import XCTest
@testable import FoyerCore
#if canImport(Glibc)
import Glibc
#endif

/// Desks on one host (issue 18): the Unix account beside the desk in the journal and the history, no
/// data file read or written through a symbolic link, the modes of a shared folder, and desks whose
/// clocks disagree.
final class DesksOnOneHostTests: XCTestCase {
    // MARK: The account

    func testTheJournalAndTheHistoryNameTheAccount() throws {
        let fixture = try StoreFixture()
        let store = try EventStore(folder: fixture.folder, desk: "A", user: "anna", clock: Fixtures.clock("2009-03-19 08:47"))
        let r = try store.register(Fixtures.person("Vera", "Nordin"))
        let line = try XCTUnwrap(try Files.lines(fixture.journalPath).last { !$0.isEmpty })
        XCTAssertTrue(line.contains("\"desk\":\"A\"") && line.contains("\"user\":\"anna\""), line)
        XCTAssertEqual(try fixture.open(desk: "B").journalEntries.last?.user, "anna")
        let item = store.event.programmeItems[0]
        var changed = item
        changed.title = "Coffee"
        let (set, base) = FieldPatch.diff(from: item, to: changed)
        try store.apply([.editItem(id: item.id, set: set, base: base)])
        XCTAssertEqual(store.eventHistory().last?.user, "anna")
        XCTAssertEqual(store.eventHistory().last?.desk, "A")
        XCTAssertEqual(UnixUser.current, String(cString: getpwuid(geteuid())!.pointee.pw_name))
    }

    // MARK: Symbolic links

    /// A link where the journal should be: nothing is read through it, nothing written to where it leads,
    /// and the message names the file.
    func testALinkWhereTheJournalShouldBeIsRefused() throws {
        let fixture = try StoreFixture()
        try fixture.open().register(Fixtures.person("Anna", "Berg"))
        let elsewhere = fixture.temp.path + "/elsewhere.jsonl"
        XCTAssertEqual(rename(fixture.journalPath, elsewhere), 0)
        let before = try Files.bytes(elsewhere)
        XCTAssertEqual(symlink(elsewhere, fixture.journalPath), 0)
        assertStoreError(try fixture.open()) { error in
            XCTAssertEqual(error, .symbolicLink(file: fixture.journalPath))
            XCTAssertTrue(error.phrase.en.contains("journal.jsonl is a symbolic link"), error.phrase.en)
        }
        XCTAssertEqual(try Files.bytes(elsewhere), before, "nothing written through the link")
    }

    func testALinkWhereEventJSONShouldBeIsRefusedAndNotReplaced() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let elsewhere = fixture.temp.path + "/event-elsewhere.json"
        XCTAssertEqual(rename(fixture.eventPath, elsewhere), 0)
        XCTAssertEqual(symlink(elsewhere, fixture.eventPath), 0)
        let before = try Files.bytes(elsewhere)
        assertStoreError(try fixture.open()) { XCTAssertEqual($0, .symbolicLink(file: fixture.eventPath)) }
        // A desk that had it open already cannot save through it either, nor put a file in the link's place.
        let item = store.event.programmeItems[0]
        var changed = item
        changed.title = "Coffee"
        let (set, base) = FieldPatch.diff(from: item, to: changed)
        XCTAssertThrowsError(try store.apply([.editItem(id: item.id, set: set, base: base)]))
        XCTAssertTrue(POSIXFile.isSymbolicLink(fixture.eventPath), "the link is left for a person to look at")
        XCTAssertEqual(try Files.bytes(elsewhere), before)
    }

    func testALinkWhereTheSnapshotShouldBeIsRefused() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.register(Fixtures.person("Anna", "Berg"))
        try store.compact()
        let elsewhere = fixture.temp.path + "/snapshot-elsewhere.json"
        XCTAssertEqual(rename(fixture.snapshotPath, elsewhere), 0)
        XCTAssertEqual(symlink(elsewhere, fixture.snapshotPath), 0)
        assertStoreError(try fixture.open()) { XCTAssertEqual($0, .symbolicLink(file: fixture.snapshotPath)) }
    }

    // MARK: Shared folders

    func testWhatIsMadeInASharedFolderIsShared() throws {
        let fixture = try StoreFixture()
        XCTAssertEqual(FileModes.inside(fixture.folder), .privateModes)
        // Shared with this account's own group: the modes are what is tested, not another account.
        let group = String(cString: getgrgid(getegid())!.pointee.gr_name)
        let report = try GroupShare.share(dataDirectory: fixture.data.path, group: group)
        XCTAssertEqual(report.folders, 2)
        XCTAssertGreaterThanOrEqual(report.files, 1, "event.json")
        XCTAssertTrue(FileModes.isShared(folder: fixture.folder))
        XCTAssertEqual(Self.mode(fixture.eventPath), 0o660)
        let store = try fixture.open()
        try store.register(Fixtures.person("Anna", "Berg"))
        try store.compact()
        try store.register(Fixtures.person("Bo", "Ek"))
        for name in [EventStore.journalFileName, EventStore.snapshotFileName, EventStore.lockFileName] {
            XCTAssertEqual(Self.mode(fixture.folder + "/" + name), 0o660, name)
        }
        // A folder made inside it (the receipts') is shared too.
        try POSIXFile.makeDirectory(fixture.folder + "/inner")
        XCTAssertEqual(Self.mode(fixture.folder + "/inner"), 0o2770)
        // And the permission check is content with it.
        XCTAssertEqual(PermissionCheck.warningPhrases(folder: fixture.folder).map(\.en), [])
        // Private again.
        _ = try GroupShare.makePrivate(dataDirectory: fixture.data.path)
        XCTAssertEqual(Self.mode(fixture.folder), 0o700)
        XCTAssertEqual(Self.mode(fixture.journalPath), 0o600)
    }

    /// The mode bits with set-group-ID (FileManager's permissions leave it out).
    static func mode(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    // MARK: Clocks

    /// A wall-clock time in Stockholm ("2009-03-19 08:40").
    func at(_ text: String) -> Date { Fixtures.clock(text).now() }

    func entry(_ seq: Int, _ time: String, _ desk: String, _ user: String? = nil) -> JournalEntry {
        JournalEntry(seq: seq, time: at(time), desk: desk, user: user, change: .delete(code: "SAF-0001"))
    }

    func testADeskRunningBehindOthersIsFound() {
        let lines = [
            entry(1, "2009-03-19 08:40", "A"), entry(2, "2009-03-19 08:41", "B", "bo"),
            // Within two minutes: honest drift, or two desks in the same second.
            entry(3, "2009-03-19 08:39", "C"), entry(4, "2009-03-19 08:42", "A"),
            // Desk C stamps 08:35 after A wrote 08:42 (seven minutes behind), then 08:36 after B wrote 08:44.
            entry(5, "2009-03-19 08:35", "C"), entry(6, "2009-03-19 08:44", "B", "bo"), entry(7, "2009-03-19 08:36", "C"),
        ]
        let found = ClockSkew.findings(lines)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.desk, ClockSkew.Desk(name: "C", user: nil))
        XCTAssertEqual(found.first?.ahead, ClockSkew.Desk(name: "B", user: "bo"))
        XCTAssertEqual(found.first?.seconds, 8 * 60, "the worst of its lines")
        XCTAssertEqual(found.first?.seq, 7)
        let said = Catalogue.Clock.deskBehind(found[0], file: "journal.jsonl")
        XCTAssertTrue(said.en.contains("the clock of desk C runs about 8 min behind that of desk B (bo)"), said.en)
        XCTAssertTrue(said.sv.contains("klockan på disk C går ungefär 8 min efter den på disk B (bo)"), said.sv)
        XCTAssertEqual(ClockSkew.findings(lines.filter { $0.desk != "C" }), [])
        // One desk alone cannot be behind itself, however its times jump.
        XCTAssertEqual(ClockSkew.findings([entry(1, "2009-03-19 10:00", "A"), entry(2, "2009-03-19 08:00", "A")]), [])
    }

    func testTheSameDeskNameUnderAnotherAccountIsAnotherDesk() {
        let lines = [entry(1, "2009-03-19 10:00", "desk", "anna"), entry(2, "2009-03-19 09:00", "desk", "bo")]
        XCTAssertEqual(ClockSkew.findings(lines).map(\.seconds), [3600])
        XCTAssertEqual(Catalogue.Clock.offBy(3600).en, "1 h")
        XCTAssertEqual(Catalogue.Clock.offBy(3900).sv, "1 tim 5 min")
    }

    func testADeskKnowsWhenItsOwnClockIsBehind() {
        var watch = ClockWatch(desk: .init(name: "A", user: "anna"))
        watch.note([entry(1, "2009-03-19 08:50", "A", "anna")])
        XCTAssertNil(watch.behind(now: at("2009-03-19 08:40")), "its own lines say nothing of its clock")
        watch.note([entry(2, "2009-03-19 08:50", "B", "bo"), entry(3, "2009-03-19 08:45", "C")])
        XCTAssertNil(watch.behind(now: at("2009-03-19 08:49")))
        XCTAssertNil(watch.behind(now: at("2009-03-19 08:48")), "two minutes is within the tolerance")
        let behind = watch.behind(now: at("2009-03-19 08:44"))
        XCTAssertEqual(behind?.seconds, 360)
        XCTAssertEqual(behind?.ahead.desk, .init(name: "B", user: "bo"))
    }

    /// `foyer validate`'s check: a store whose journal holds a desk behind the others warns, naming it.
    func testTheEventCheckWarnsOfADeskBehind() throws {
        let fixture = try StoreFixture()
        try EventStore(folder: fixture.folder, desk: "A", user: "anna", clock: Fixtures.clock("2009-03-19 09:00"))
            .register(Fixtures.person("Anna", "Berg"))
        XCTAssertFalse(EventCheck.run(try fixture.open()).warningPhrases.contains { $0.en.contains("clock") })
        try EventStore(folder: fixture.folder, desk: "B", user: "bo", clock: Fixtures.clock("2009-03-19 08:30"))
            .register(Fixtures.person("Bo", "Ek"))
        let warnings = EventCheck.run(try fixture.open()).warningPhrases.map(\.en)
        XCTAssertEqual(warnings.filter { $0.contains("the clock of desk B (bo) runs about 30 min behind that of desk A (anna)") }.count, 1, "\(warnings)")
    }
}
