import Foundation
import XCTest
@testable import FoyerCore

/// Guarantees between desks that a review found missing: none of these may lose or overwrite a change.
final class StoreSafetyTests: XCTestCase {
    /// A compaction that dies after writing the snapshot but before replacing the journal: another desk's
    /// next change must not go into the journal the snapshot has already swallowed.
    func testAChangeAfterAnInterruptedCompactionIsKept() throws {
        let fixture = try StoreFixture()
        let a = try fixture.open(desk: "A"), b = try fixture.open(desk: "B")
        let x = try a.register(Fixtures.person("Xavier", "Ekström"))
        try b.refresh()
        // Keep the old journal (the inode desk B has open), compact, then put the old journal back, as if
        // the compaction had crashed right after its snapshot.
        let keep = fixture.folder + "/journal.keep"
        XCTAssertEqual(link(fixture.journalPath, keep), 0)
        try a.compact()
        XCTAssertEqual(rename(keep, fixture.journalPath), 0)
        let y = try b.register(Fixtures.person("Ylva", "Åberg"))
        let reopened = try fixture.open(desk: "C")
        XCTAssertNotNil(reopened.registry[x.code])
        XCTAssertNotNil(reopened.registry[y.code], "desk B's acknowledged change was lost")
        XCTAssertNotEqual(x.code, y.code)
    }

    /// The desk that compacted: when the old journal is what is on disk afterwards (its replacement did
    /// not happen), its next change must still land where the next load reads it.
    func testTheCompactingDeskKeepsItsNextChangeToo() throws {
        let fixture = try StoreFixture()
        let a = try fixture.open(desk: "A")
        try a.register(Fixtures.person("Anna", "Berg"))
        let keep = fixture.folder + "/journal.keep"
        XCTAssertEqual(link(fixture.journalPath, keep), 0)
        try a.compact()
        XCTAssertEqual(rename(keep, fixture.journalPath), 0)
        let second = try a.register(Fixtures.person("Bertil", "Dahl"))
        XCTAssertNotNil(try fixture.open(desk: "C").registry[second.code])
    }

    func testAProgrammeEditNeverOverwritesAnotherDesks() throws {
        let fixture = try StoreFixture()
        let a = try fixture.open(desk: "A"), b = try fixture.open(desk: "B")
        func retitle(_ store: EventStore, _ index: Int, _ title: String) throws {
            // B still holds the event it read before A's save: the operation carries only B's change.
            let item = store.event.programmeItems[index]
            var changed = item
            changed.title = title
            let (set, base) = FieldPatch.diff(from: item, to: changed)
            try store.apply([.editItem(id: item.id, set: set, base: base)])
        }
        try retitle(a, 0, "Registration and coffee")
        try retitle(b, 1, "Welcome")
        XCTAssertEqual(b.event.programmeItems[0].title, "Registration and coffee", "B's save was applied to A's version")
        let final = try fixture.open().event
        XCTAssertEqual(final.programmeItems.map(\.title).prefix(2), ["Registration and coffee", "Welcome"])
        XCTAssertTrue(try a.refreshEvent(), "A notices B's save")
    }

    func testGenerateRefusesWhenAnotherDeskRegisteredMeanwhile() throws {
        let fixture = try StoreFixture()
        let a = try fixture.open(desk: "A"), generator = try fixture.open(desk: "G")
        let kept = try a.register(Fixtures.person("Kerstin", "Holm"))
        assertStoreError(try generator.replaceAllRegistrants(RegistrantGenerator(event: fixture.event).make(count: 5), requireEmpty: true)) { error in
            guard case .rejected = error else { return XCTFail("\(error)") }
        }
        XCTAssertNotNil(try fixture.open().registry[kept.code])
    }

    func testTheLastPlaceCannotBeTakenTwice() throws {
        var event = try Fixtures.impasses()
        event.capacity = 1
        let fixture = try StoreFixture(event: event)
        let a = try fixture.open(desk: "A"), b = try fixture.open(desk: "B")
        XCTAssertEqual(try a.register(Fixtures.person("Första", "Persson")).status, .registered)
        XCTAssertEqual(try b.register(Fixtures.person("Andra", "Persson")).status, .waitlisted, "B's stale view must not give away the last place")
    }

    func testCompactionRefusesWhileAJournalLineCouldNotBeApplied() throws {
        let fixture = try StoreFixture()
        let a = try fixture.open()
        try a.register(Fixtures.person("Anna", "Berg"))
        // A hand-made line for someone who does not exist: kept on disk, never compacted away.
        try Files.append(#"{"change":{"code":"SAF-9999","type":"delete"},"desk":"X","seq":2,"time":"2009-03-19T08:00:00+01:00"}"# + "\n", to: fixture.journalPath)
        let b = try fixture.open()
        XCTAssertEqual(b.unappliedEntries, 1)
        let before = try Files.text(fixture.journalPath)
        assertStoreError(try b.compact()) { error in
            guard case .corrupt = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Files.text(fixture.journalPath), before)
        // `foyer validate` counts it as an error, not a warning to pass over.
        XCTAssertEqual(EventCheck.run(b).errorPhrases.map(\.en), ["\(fixture.journalPath): 1 changes do not apply (each is named above); compaction refuses until someone has looked at them"])
    }

    /// A bare file name is written in the current folder, its temporary file beside it.
    func testABareFileNameIsWrittenInTheCurrentFolder() throws {
        let temp = try TemporaryDirectory()
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(temp.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        try SafeFile.write("hej", to: "bare.txt")
        XCTAssertEqual(try Files.text(temp.path + "/bare.txt"), "hej")
        XCTAssertEqual(try Files.mode(temp.path + "/bare.txt"), 0o600)
        XCTAssertEqual(Files.listing(temp.path), ["bare.txt"], "no temporary file left behind")
    }
}
