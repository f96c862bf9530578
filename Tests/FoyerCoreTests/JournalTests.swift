import Foundation
import XCTest
@testable import FoyerCore

/// journal.jsonl: one line per change, replayed on load; torn and corrupt lines.
final class JournalTests: XCTestCase {
    private func registerThree(_ store: EventStore) throws {
        for (first, last) in [("Åsa", "Öberg"), ("Lars", "Ängström"), ("Eva", "Lindqvist")] {
            try store.register(Fixtures.person(first, last))
        }
    }

    func testEveryChangeRoundTripsThroughJSON() throws {
        let time = Fixtures.instant("2009-03-19T08:47:12+01:00")
        var edit = RegistrantEdit()
        edit.email = "asa@ki.se"; edit.price = .major(500); edit.feeCategoryID = "student"
        let changes: [Change] = [
            .register(Registrant(code: "SAF-0001", firstName: "Åsa", lastName: "Öberg", email: "asa@ki.se", phone: "070-1",
                                 organisation: "KI", role: "Psychologist", feeCategoryID: "student", price: .major(500),
                                 status: .waitlisted, payments: [Payment(id: "P", kind: .waiver, amount: .major(1), method: .other, time: time)],
                                 checkIn: CheckIn(time: time, desk: "A"),
                                 checkInHistory: [CheckInEvent(action: .checkedIn, time: time, desk: "A")],
                                 registeredAt: time, dietaryNeeds: "Vegan", invoiceAddress: "Box 1\n111 11 Stockholm",
                                 invoiceReference: "R", notes: "\"quoted\", ok")),
            .edit(code: "SAF-0001", edit),
            .setStatus(code: "SAF-0001", .cancelled),
            .recordPayment(code: "SAF-0001", Payment(id: "P2", kind: .refund, amount: .major(500), method: .swish, time: time, reference: "S1", desk: "B")),
            .checkIn(code: "SAF-0001", CheckIn(time: time, desk: "B")),
            .undoCheckIn(code: "SAF-0001", CheckInEvent(action: .undone, time: time, desk: "B", reason: "mistake")),
            .delete(code: "SAF-0001"),
        ]
        for change in changes {
            let entry = JournalEntry(seq: 7, time: time, desk: "A", change: change)
            let data = try JSONEncoder.foyer(zone: Fixtures.stockholm, pretty: false).encode(entry)
            XCTAssertFalse(data.contains(10), "a journal line has no newline inside")
            XCTAssertEqual(try JSONDecoder.foyer().decode(JournalEntry.self, from: data), entry, change.summary)
            XCTAssertEqual(change.code, "SAF-0001")
        }
        XCTAssertEqual(RegistrantEdit(from: Fixtures.person("A", "B"), to: Fixtures.person("A", "C")).changedFields, ["lastName"])
    }

    func testJournalFileLayout() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open(desk: "A")
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.journalPath), "opening writes nothing")
        try registerThree(store)
        let lines = try Files.lines(fixture.journalPath)
        XCTAssertEqual(lines.count, 5, "header, three changes, and the empty rest after the last newline")
        XCTAssertEqual(lines.last, "")
        let header = try JSONDecoder().decode(JournalHeader.self, from: Data(lines[0].utf8))
        XCTAssertEqual(header, JournalHeader(foyerJournal: 1, generation: 0))
        let entries = try lines[1...3].map { try JSONDecoder.foyer().decode(JournalEntry.self, from: Data($0.utf8)) }
        XCTAssertEqual(entries.map(\.seq), [1, 2, 3])
        XCTAssertEqual(entries.map(\.desk), ["A", "A", "A"])
        XCTAssertEqual(entries.map(\.change.code), ["SAF-0001", "SAF-0002", "SAF-0003"])
        XCTAssertTrue(lines[1].contains("\"time\":\"2009-03-19T08:47:00+01:00\""), lines[1])
        XCTAssertTrue(lines[1].contains("\"type\":\"register\""), lines[1])

        try store.compact()
        let after = try Files.lines(fixture.journalPath)
        XCTAssertEqual(try JSONDecoder().decode(JournalHeader.self, from: Data(after[0].utf8)).generation, 1)
        try store.register(Fixtures.person("Dan", "Holm"))
        let entry = try JSONDecoder.foyer().decode(JournalEntry.self, from: Data(try Files.lines(fixture.journalPath)[1].utf8))
        XCTAssertEqual(entry.seq, 1, "a new journal starts again at 1")
    }

    func testTornLastLineLoadsWithAWarningAndIsMovedAsideAtTheNextCommit() throws {
        let fixture = try StoreFixture()
        let first = try fixture.open()
        try registerThree(first)
        let fragment = #"{"change":{"type":"checkIn","code":"SAF-00"#
        try Files.append(fragment, to: fixture.journalPath)

        let store = try fixture.open(desk: "B")
        XCTAssertEqual(store.registry, first.registry)
        XCTAssertEqual(store.warnings.count, 1, "\(store.warnings)")
        XCTAssertTrue((store.warnings.first ?? "").contains("journal.jsonl"), (store.warnings.first ?? ""))
        XCTAssertTrue((store.warnings.first ?? "").contains("line 5"), (store.warnings.first ?? ""))

        try store.commit(.checkIn(code: "SAF-0002", CheckIn(time: store.clock.now(), desk: "B")))
        let aside = Files.listing(fixture.folder).filter { $0.hasPrefix("journal.jsonl.torn-") }
        XCTAssertEqual(aside.count, 1, "\(Files.listing(fixture.folder))")
        let asidePath = fixture.folder + "/" + (try XCTUnwrap(aside.first))
        XCTAssertEqual(try Files.text(asidePath), fragment)
        XCTAssertEqual(try Files.mode(asidePath), 0o600)
        XCTAssertFalse(try Files.text(fixture.journalPath).contains(fragment))
        XCTAssertTrue(try Files.text(fixture.journalPath).hasSuffix("\n"))

        let reopened = try fixture.open()
        XCTAssertEqual(reopened.warnings, [])
        XCTAssertEqual(reopened.registry, store.registry)
        XCTAssertEqual(reopened.registry["SAF-0002"]?.checkIn?.desk, "B")
        XCTAssertEqual(reopened.journalEntries.map(\.seq), [1, 2, 3, 4])

        // The desk that was open before the crash catches up too.
        XCTAssertTrue(try first.refresh())
        XCTAssertEqual(first.registry, store.registry)
    }

    func testCorruptMiddleLineIsAnErrorNamingFileAndLineAndNothingIsWritten() throws {
        let fixture = try StoreFixture()
        try registerThree(try fixture.open())
        var lines = try Files.lines(fixture.journalPath)
        lines[2] = #"{"seq":2,"time":"yesterday","desk":"A","change":{"type":"delete","code":"SAF-0001"}}"#
        try Files.write(Data(lines.joined(separator: "\n").utf8), to: fixture.journalPath)
        let before = try Files.bytes(fixture.journalPath), listing = Files.listing(fixture.folder)

        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, let line, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.journalPath)
            XCTAssertEqual(line, 3)
            XCTAssertTrue(error.description.contains("journal.jsonl, line 3"), error.description)
        }
        XCTAssertEqual(try Files.bytes(fixture.journalPath), before)
        XCTAssertEqual(Files.listing(fixture.folder), listing)
    }

    func testGarbageMiddleLineIsAnError() throws {
        let fixture = try StoreFixture()
        try registerThree(try fixture.open())
        var lines = try Files.lines(fixture.journalPath)
        lines.insert("this is not json", at: 2)
        try Files.write(Data(lines.joined(separator: "\n").utf8), to: fixture.journalPath)
        let before = try Files.bytes(fixture.journalPath)
        assertStoreError(try fixture.open()) { error in
            XCTAssertEqual(error.corruptLine, 3)
        }
        XCTAssertEqual(try Files.bytes(fixture.journalPath), before)
    }

    func testCorruptLineWrittenWhileADeskIsOpenStopsItsNextCommit() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try registerThree(store)
        try Files.append("{\"broken\n", to: fixture.journalPath)
        let before = try Files.bytes(fixture.journalPath)
        assertStoreError(try store.register(Fixtures.person("Dan", "Holm"))) { error in
            XCTAssertEqual(error.corruptLine, 5)
        }
        XCTAssertEqual(try Files.bytes(fixture.journalPath), before, "nothing is appended after a corrupt line")
        XCTAssertEqual(store.registry.count, 3)
    }

    func testBadJournalHeaderIsNamed() throws {
        let fixture = try StoreFixture()
        try registerThree(try fixture.open())
        var lines = try Files.lines(fixture.journalPath)
        lines[0] = "{}"
        try Files.write(Data(lines.joined(separator: "\n").utf8), to: fixture.journalPath)
        assertStoreError(try fixture.open()) { error in
            XCTAssertEqual(error.corruptLine, 1)
            XCTAssertTrue(error.description.contains("header"), error.description)
        }
    }

    func testEmptyJournalFileIsHarmless() throws {
        let fixture = try StoreFixture()
        try Files.write(Data(), to: fixture.journalPath)
        let store = try fixture.open()
        XCTAssertEqual(store.registry.count, 0)
        try store.register(Fixtures.person("Åsa", "Öberg"))
        XCTAssertEqual(try fixture.open().registry.count, 1)
    }

    func testInterruptedCompactionIsRecovered() throws {
        // The snapshot of generation 1 was written, but the crash came before the journal was replaced.
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try registerThree(store)
        let oldJournal = try Files.bytes(fixture.journalPath)
        try store.compact()
        try Files.write(oldJournal, to: fixture.journalPath)

        let reopened = try fixture.open()
        XCTAssertEqual(reopened.registry, store.registry, "the stale journal is not applied twice")
        XCTAssertEqual(reopened.warnings.count, 1, "\(reopened.warnings)")
        XCTAssertTrue((reopened.warnings.first ?? "").contains("interrupted compaction"), (reopened.warnings.first ?? ""))
        let dan = try reopened.register(Fixtures.person("Dan", "Holm"))
        XCTAssertEqual(dan.code, "SAF-0004")
        let third = try fixture.open()
        XCTAssertEqual(third.warnings, [])
        XCTAssertEqual(third.registry, reopened.registry)
    }

    func testJournalNewerThanTheSnapshotIsAnError() throws {
        let fixture = try StoreFixture()
        try registerThree(try fixture.open())
        var lines = try Files.lines(fixture.journalPath)
        lines[0] = #"{"foyerJournal":1,"generation":5}"#
        try Files.write(Data(lines.joined(separator: "\n").utf8), to: fixture.journalPath)
        let before = try Files.bytes(fixture.journalPath)
        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, .some(1), let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.journalPath)
            XCTAssertTrue(detail.en.contains("generation"), detail.en)
        }
        XCTAssertEqual(try Files.bytes(fixture.journalPath), before)
    }

    func testAChangeThatNoLongerAppliesIsAWarningNotAFailure() throws {
        let fixture = try StoreFixture()
        try registerThree(try fixture.open())
        // A hand-edited journal checking the same person in twice.
        let time = Fixtures.instant("2009-03-19T08:47:00+01:00")
        for (seq, desk) in [(4, "A"), (5, "B")] {
            let entry = JournalEntry(seq: seq, time: time, desk: desk, change: .checkIn(code: "SAF-0001", CheckIn(time: time, desk: desk)))
            let line = String(decoding: try JSONEncoder.foyer(zone: Fixtures.stockholm, pretty: false).encode(entry), as: UTF8.self)
            try Files.append(line + "\n", to: fixture.journalPath)
        }
        let store = try fixture.open()
        XCTAssertEqual(store.registry["SAF-0001"]?.checkIn?.desk, "A")
        XCTAssertEqual(store.warnings.count, 1, "\(store.warnings)")
        XCTAssertTrue((store.warnings.first ?? "").contains("change 5"), (store.warnings.first ?? ""))
    }

    func testRegistryRules() throws {
        var registry = Registry()
        let asa = Fixtures.person("Åsa", "Öberg", code: "SAF-0001")
        try registry.apply(.register(asa))
        XCTAssertThrowsError(try registry.apply(.register(asa))) { error in
            XCTAssertEqual(error as? ChangeRejection, .duplicateCode("SAF-0001"))
        }
        XCTAssertThrowsError(try registry.apply(.setStatus(code: "SAF-0009", .cancelled))) { error in
            XCTAssertEqual(error as? ChangeRejection, .unknownCode("SAF-0009"))
        }
        XCTAssertThrowsError(try registry.apply(.recordPayment(code: "SAF-0001", Payment(id: "P", amount: .zero, method: .cash, time: Date()))))
        XCTAssertThrowsError(try registry.apply(.undoCheckIn(code: "SAF-0001", CheckInEvent(action: .undone, time: Date(), desk: "A")))) { error in
            XCTAssertEqual(error as? ChangeRejection, .notCheckedIn("SAF-0001"))
        }
        let unchanged = registry
        XCTAssertThrowsError(try registry.check(.delete(code: "nope")))
        XCTAssertEqual(registry, unchanged)
        try registry.apply(.register(Fixtures.person("Per", "Ek", code: "SAF-0010")))
        XCTAssertEqual(registry.nextCode(prefix: "SAF"), "SAF-0011")
        try registry.apply(.delete(code: "SAF-0010"))
        XCTAssertEqual(registry.nextCode(prefix: "SAF"), "SAF-0011")
        XCTAssertEqual(Registry(registrants: [asa], nextNumber: 7).nextNumber, 7)
        XCTAssertEqual(Registry(registrants: [Fixtures.person("A", "B", code: "SAF-0012")], nextNumber: 7).nextNumber, 13)
    }

    func testRegistrantCodes() {
        XCTAssertEqual(RegistrantCode.make(prefix: "SAF", number: 42), "SAF-0042")
        XCTAssertEqual(RegistrantCode.make(prefix: "SAF", number: 12345), "SAF-12345")
        XCTAssertEqual(RegistrantCode.number(in: "SAF-0042"), 42)
        XCTAssertNil(RegistrantCode.number(in: "SAF"))
        XCTAssertNil(RegistrantCode.number(in: "SAF-00x2"))
        XCTAssertEqual(RegistrantCode.normalise("saf42", prefix: "SAF"), "SAF-0042")
        XCTAssertEqual(RegistrantCode.normalise("SAF 0042", prefix: "SAF"), "SAF-0042")
        XCTAssertNil(RegistrantCode.normalise("TAS-0042", prefix: "SAF"))
        XCTAssertNil(RegistrantCode.normalise("saf", prefix: "SAF"))
    }
}

extension StoreError {
    /// The line a `.corrupt` error names, nil for anything else.
    var corruptLine: Int? {
        if case .corrupt(_, let line, _) = self { return line }
        return nil
    }
}
