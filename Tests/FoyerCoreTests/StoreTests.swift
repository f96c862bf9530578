#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import XCTest
@testable import FoyerCore

/// The event folder on disk: saving, reopening, permissions, and files that could not be read.
final class StoreTests: XCTestCase {
    /// Registers Åsa, Lars and Eva, then edits, pays and checks in.
    @discardableResult
    private func fillIn(_ store: EventStore) throws -> [Registrant] {
        let asa = try store.register(Fixtures.person("Åsa", "Öberg", email: "asa@ki.se", category: "student", price: .major(500)))
        let lars = try store.register(Fixtures.person("Lars", "Ängström", email: "lars@sll.se"))
        let eva = try store.register(Fixtures.person("Eva", "Lindqvist", category: "pensioner", price: .major(1000)))
        var edit = RegistrantEdit()
        edit.organisation = "Karolinska Institutet"
        edit.dietaryNeeds = "Vegetarian"
        try store.commit(.edit(code: asa.code, edit))
        try store.commit(.recordPayment(code: lars.code, Payment(id: "P1", amount: .major(2000), method: .invoice,
                                                                 time: Fixtures.instant("2009-02-20T10:00:00+01:00"), reference: "F10001", desk: store.desk)))
        try store.commit(.checkIn(code: lars.code, CheckIn(time: store.clock.now(), desk: store.desk)))
        try store.commit(.setStatus(code: eva.code, .cancelled))
        return [asa, lars, eva]
    }

    func testRegisterEditPayCheckInAndReopen() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open(desk: "A")
        let people = try fillIn(store)
        XCTAssertEqual(people.map(\.code), ["SAF-0001", "SAF-0002", "SAF-0003"])

        let asa = try XCTUnwrap(store.registry["SAF-0001"])
        XCTAssertEqual(asa.organisation, "Karolinska Institutet")
        XCTAssertEqual(asa.dietaryNeeds, "Vegetarian")
        XCTAssertEqual(asa.email, "asa@ki.se")
        let lars = try XCTUnwrap(store.registry["SAF-0002"])
        XCTAssertEqual(lars.paid, .major(2000))
        XCTAssertTrue(lars.isSettled)
        XCTAssertEqual(lars.checkIn, CheckIn(time: Fixtures.instant("2009-03-19T08:47:00+01:00"), desk: "A"))
        XCTAssertEqual(lars.checkInHistory.map(\.action), [.checkedIn])
        XCTAssertEqual(store.registry["SAF-0003"]?.status, .cancelled)

        let reopened = try fixture.open(desk: "B")
        XCTAssertEqual(reopened.registry, store.registry)
        XCTAssertEqual(reopened.registry.registrants, store.registry.registrants)
        XCTAssertEqual(reopened.event, fixture.event)
        XCTAssertEqual(reopened.warnings, [])
        XCTAssertEqual(reopened.journalEntries, store.journalEntries)
        XCTAssertEqual(reopened.history(of: "SAF-0002").map(\.change.summary),
                       ["registered Lars Ängström (SAF-0002)", "payment of 2 000 kr (Invoice)", "checked in at desk A"])
    }

    func testReopenWithTheSystemClock() throws {
        // The clock a desk really runs on: what is in memory must equal what another desk reads back.
        let fixture = try StoreFixture()
        let store = try fixture.open(desk: "A", clock: .system)
        let draft = Fixtures.person("Åsa", "Öberg", registeredAt: Clock.system.now())
        let asa = try store.register(draft)
        _ = try CheckInDesk.checkIn(code: asa.code, store: store)
        let reopened = try fixture.open(desk: "B", clock: .system)
        XCTAssertEqual(reopened.registry, store.registry)
        XCTAssertEqual(reopened.journalEntries, store.journalEntries)
    }

    func testJournalIsReplayedOverASnapshot() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try fillIn(store)
        try store.compact()
        XCTAssertEqual(store.journalEntries, [])
        let dan = try store.register(Fixtures.person("Dan", "Holm"))
        try store.commit(.checkIn(code: "SAF-0001", CheckIn(time: Fixtures.instant("2009-03-19T09:05:00+01:00"), desk: "A")))
        try store.commit(.delete(code: "SAF-0003"))
        XCTAssertEqual(dan.code, "SAF-0004")

        let reopened = try fixture.open()
        XCTAssertEqual(reopened.registry, store.registry)
        XCTAssertEqual(reopened.registry.registrants.map(\.code), ["SAF-0001", "SAF-0002", "SAF-0004"])
        XCTAssertEqual(reopened.journalEntries.count, 3, "only the changes after the snapshot are in the journal")
        XCTAssertEqual(reopened.journalEntries.map(\.seq), [1, 2, 3])
        XCTAssertNotNil(reopened.registry["SAF-0001"]?.checkIn)
    }

    func testJournalIsReplayedAfterReplacingAllRegistrants() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try fillIn(store)
        let generated = RegistrantGenerator(event: fixture.event, seed: 3).make(count: 25)
        try store.replaceAllRegistrants(generated)
        XCTAssertEqual(Array(store.registry.registrants), generated)
        let next = try store.register(Fixtures.person("Dan", "Holm"))
        XCTAssertEqual(next.code, "SAF-0026")
        let target = try XCTUnwrap(generated.first { $0.status == .registered })
        try store.commit(.checkIn(code: target.code, CheckIn(time: store.clock.now(), desk: "A")))

        let reopened = try fixture.open()
        XCTAssertEqual(reopened.registry, store.registry)
        XCTAssertEqual(reopened.registry.count, 26)
        XCTAssertNotNil(reopened.registry[target.code]?.checkIn)
        XCTAssertEqual(reopened.journalEntries.count, 2)
    }

    func testCompactionKeepsEverything() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try fillIn(store)
        for i in 0..<30 {
            let r = try store.register(Fixtures.person("Person\(i)", "Efternamn\(i)", category: "standard"))
            if i % 3 == 0 {
                try store.commit(.recordPayment(code: r.code, Payment(id: "P\(i)", amount: .major(1000), method: .swish,
                                                                       time: Fixtures.instant("2009-02-01T12:00:00+01:00"))))
            }
            if i % 4 == 0 { try store.commit(.checkIn(code: r.code, CheckIn(time: store.clock.now(), desk: "A"))) }
        }
        try store.commit(.undoCheckIn(code: "SAF-0002", CheckInEvent(action: .undone, time: store.clock.now(), desk: "A", reason: "wrong person")))
        try store.commit(.delete(code: "SAF-0033"))
        let before = store.registry

        try store.compact()
        XCTAssertEqual(store.registry, before)
        XCTAssertEqual(try Files.lines(fixture.journalPath).filter { !$0.isEmpty }.count, 1, "a fresh journal holds only its header")
        let reopened = try fixture.open()
        XCTAssertEqual(reopened.registry, before)
        XCTAssertEqual(reopened.registry.nextNumber, 34, "the deleted last code is not handed out again")
        XCTAssertEqual(reopened.registry["SAF-0002"]?.checkInHistory.map(\.action), [.checkedIn, .undone])
        XCTAssertNil(reopened.registry["SAF-0002"]?.checkIn)

        // Compacting twice more, with changes between, still keeps everything.
        try reopened.commit(.setStatus(code: "SAF-0010", .waitlisted))
        try reopened.compact()
        try reopened.compact()
        let third = try fixture.open()
        XCTAssertEqual(third.registry, reopened.registry)
        XCTAssertEqual(third.registry["SAF-0010"]?.status, .waitlisted)
    }

    func testCodesAreNeverReusedAfterDelete() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try fillIn(store)
        try store.commit(.delete(code: "SAF-0003"))
        XCTAssertEqual(try store.register(Fixtures.person("Dan", "Holm")).code, "SAF-0004")
        try store.commit(.delete(code: "SAF-0004"))

        let replayed = try fixture.open()
        XCTAssertEqual(try replayed.register(Fixtures.person("Ella", "Berg")).code, "SAF-0005")
        try replayed.commit(.delete(code: "SAF-0005"))
        try replayed.compact()

        let fromSnapshot = try fixture.open()
        XCTAssertEqual(try fromSnapshot.register(Fixtures.person("Fia", "Lund")).code, "SAF-0006")
        XCTAssertEqual(fromSnapshot.registry.registrants.map(\.code), ["SAF-0001", "SAF-0002", "SAF-0006"])
    }

    // MARK: Check-in

    func testDoubleCheckInIsRejectedNamingTheFirstDesk() throws {
        let fixture = try StoreFixture()
        let deskA = try fixture.open(desk: "A")
        let asa = try deskA.register(Fixtures.person("Åsa", "Öberg", category: "student", price: .major(500)))
        guard case .checkedIn(let r, let due, let proof) = try CheckInDesk.checkIn(code: asa.code, store: deskA) else {
            return XCTFail("the first check-in succeeds")
        }
        XCTAssertEqual(r.code, asa.code)
        XCTAssertEqual(due, .major(500))
        XCTAssertEqual(proof?.id, "student")

        let deskB = try fixture.open(desk: "B", clock: Fixtures.clock("2009-03-19 09:10"))
        guard case .alreadyCheckedIn(_, let first) = try CheckInDesk.checkIn(code: asa.code, store: deskB) else {
            return XCTFail("the second check-in is refused")
        }
        XCTAssertEqual(first.desk, "A")
        XCTAssertEqual(first.time, Fixtures.instant("2009-03-19T08:47:00+01:00"))

        assertStoreError(try deskA.commit(.checkIn(code: asa.code, CheckIn(time: Date(), desk: "A")))) { error in
            guard case .rejected(.alreadyCheckedIn(let who, let existing)) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(who.code, asa.code)
            XCTAssertEqual(existing.desk, "A")
            XCTAssertTrue(error.description.contains("desk A"), error.description)
        }
        XCTAssertEqual(try fixture.open().registry[asa.code]?.checkInHistory.count, 1)
    }

    func testCancelledAndWaitlistedPeopleAreNotCheckedIn() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let a = try store.register(Fixtures.person("Åsa", "Öberg"))
        let b = try store.register(Fixtures.person("Lars", "Ek"))
        try store.commit(.setStatus(code: a.code, .cancelled))
        try store.commit(.setStatus(code: b.code, .waitlisted))
        guard case .cancelled = try CheckInDesk.checkIn(code: a.code, store: store) else { return XCTFail() }
        guard case .waitlisted = try CheckInDesk.checkIn(code: b.code, store: store) else { return XCTFail() }
        XCTAssertNil(store.registry[a.code]?.checkIn)
        assertStoreError(try CheckInDesk.checkIn(code: "SAF-0999", store: store)) { error in
            XCTAssertEqual(error, .rejected(.unknownCode("SAF-0999")))
        }
    }

    func testTwoDesksSeeEachOthersChanges() throws {
        let fixture = try StoreFixture()
        let deskA = try fixture.open(desk: "A")
        let deskB = try fixture.open(desk: "B")
        let asa = try deskA.register(Fixtures.person("Åsa", "Öberg"))
        XCTAssertNil(deskB.registry[asa.code])
        XCTAssertTrue(try deskB.refresh())
        XCTAssertEqual(deskB.registry[asa.code]?.fullName, "Åsa Öberg")
        XCTAssertFalse(try deskB.refresh(), "nothing new the second time")

        // B registers next: it catches up first, so the codes do not collide.
        let lars = try deskB.register(Fixtures.person("Lars", "Ek"))
        XCTAssertEqual(lars.code, "SAF-0002")
        try deskA.refresh()
        XCTAssertEqual(deskA.registry, deskB.registry)

        // Both check Åsa in without refreshing: exactly one succeeds.
        let outcomeA = try CheckInDesk.checkIn(code: asa.code, store: deskA)
        let outcomeB = try CheckInDesk.checkIn(code: asa.code, store: deskB)
        guard case .checkedIn = outcomeA else { return XCTFail("\(outcomeA)") }
        guard case .alreadyCheckedIn(_, let first) = outcomeB else { return XCTFail("\(outcomeB)") }
        XCTAssertEqual(first.desk, "A")
        XCTAssertEqual(try fixture.open().registry[asa.code]?.checkInHistory.count, 1)

        // After A compacts, B notices the new journal and reloads.
        try deskA.commit(.edit(code: lars.code, { var e = RegistrantEdit(); e.phone = "070-123 45 67"; return e }()))
        try deskA.compact()
        try deskA.commit(.setStatus(code: lars.code, .cancelled))
        XCTAssertTrue(try deskB.refresh())
        XCTAssertEqual(deskB.registry, deskA.registry)
        XCTAssertEqual(deskB.registry[lars.code]?.phone, "070-123 45 67")
        XCTAssertEqual(deskB.registry[lars.code]?.status, .cancelled)
    }

    func testConcurrentCheckInsFromManyDesksLetExactlyOneThrough() throws {
        let fixture = try StoreFixture()
        let setup = try fixture.open(desk: "setup")
        let asa = try setup.register(Fixtures.person("Åsa", "Öberg"))
        let data = fixture.data, eventID = fixture.event.id, code = asa.code
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            do {
                let store = try data.openEvent(eventID, desk: "D\(i)", clock: Fixtures.clock("2009-03-19 08:47"))
                switch try CheckInDesk.checkIn(code: code, store: store) {
                case .checkedIn: results.add("in D\(i)")
                case .alreadyCheckedIn(_, let first): results.add("already \(first.desk)")
                default: results.add("other")
                }
            } catch { results.add("error \(error)") }
        }
        let outcomes = results.values
        XCTAssertEqual(outcomes.count, 8)
        let winners = outcomes.filter { $0.hasPrefix("in ") }
        XCTAssertEqual(winners.count, 1, "\(outcomes)")
        let winner = String(try XCTUnwrap(winners.first).dropFirst(3))
        XCTAssertEqual(outcomes.filter { $0 == "already \(winner)" }.count, 7, "\(outcomes)")
        let reopened = try fixture.open()
        XCTAssertEqual(reopened.registry[code]?.checkIn?.desk, winner)
        XCTAssertEqual(reopened.registry[code]?.checkInHistory.count, 1)
    }

    // MARK: Permissions

    func testNewFilesAndFoldersArePrivateWhateverTheUmask() throws {
        for mask: mode_t in [0o022, 0o002, 0o000] {
            let old = umask(mask)
            defer { umask(old) }
            let temp = try TemporaryDirectory()
            let data = DataDirectory(path: temp.path + "/nested/data")
            let event = try Fixtures.impasses()
            try data.createEvent(event)
            let folder = data.folder(of: event.id)
            XCTAssertEqual(try Files.mode(temp.path + "/nested"), 0o700, "umask \(String(mask, radix: 8))")
            XCTAssertEqual(try Files.mode(data.path), 0o700)
            XCTAssertEqual(try Files.mode(folder), 0o700)
            XCTAssertEqual(try Files.mode(folder + "/event.json"), 0o600)

            let store = try data.openEvent(event.id, desk: "A", clock: Fixtures.clock("2009-03-19 08:47"))
            try store.register(Fixtures.person("Åsa", "Öberg"))
            XCTAssertEqual(try Files.mode(folder + "/journal.jsonl"), 0o600)
            XCTAssertEqual(try Files.mode(folder + "/.lock"), 0o600)
            try store.compact()
            XCTAssertEqual(try Files.mode(folder + "/registrants.json"), 0o600)
            XCTAssertEqual(try Files.mode(folder + "/journal.jsonl"), 0o600)
            var renamed = store.event
            renamed.subtitle = "Renamed"
            let (set, base) = FieldPatch.diff(from: store.event, to: renamed)
            try store.apply([.editDetails(set: set, base: base)])
            XCTAssertEqual(try Files.mode(folder + "/event.json"), 0o600)
            XCTAssertEqual(try Files.mode(folder + "/event-history.jsonl"), 0o600)
            XCTAssertEqual(try data.openEvent(event.id).warnings, [])
            // No temporary files are left behind.
            XCTAssertEqual(Files.listing(folder), [".lock", "event-history.jsonl", "event.json", "journal.jsonl", "registrants.json"])
        }
    }

    func testWidePermissionsAreWarnedAbout() throws {
        let fixture = try StoreFixture()
        try fixture.open().register(Fixtures.person("Åsa", "Öberg"))
        XCTAssertEqual(chmod(fixture.journalPath, 0o644), 0)
        XCTAssertEqual(chmod(fixture.folder, 0o755), 0)
        let warnings = try fixture.open().warnings
        XCTAssertEqual(warnings.count, 2, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.contains("journal.jsonl") && $0.contains("chmod 600") })
        XCTAssertTrue(warnings.contains { $0.contains("chmod 700") })
    }

    /// Every file of the event is looked at, not only the registrations: event.json copied in at 0644
    /// (issue 18) is named too, in either language.
    func testEveryFileOfTheEventIsCheckedForWidePermissions() throws {
        let fixture = try StoreFixture()
        try fixture.open().register(Fixtures.person("Åsa", "Öberg"))
        XCTAssertEqual(try fixture.open().warnings, [], "as the store writes them")
        XCTAssertEqual(chmod(fixture.eventPath, 0o644), 0)
        let phrases = try fixture.open().warningPhrases
        XCTAssertEqual(phrases.count, 1, "\(phrases)")
        XCTAssertTrue(phrases[0].en.contains("event.json: readable by others (mode 644); chmod 600 it"), phrases[0].en)
        XCTAssertTrue(phrases[0].sv.contains("event.json: kan läsas av andra (läge 644)"), phrases[0].sv)
    }

    // MARK: Files that cannot be read

    func testCorruptEventFileIsNamedAndLeftAlone() throws {
        let fixture = try StoreFixture()
        try fixture.open().register(Fixtures.person("Åsa", "Öberg"))
        var text = try Files.text(fixture.eventPath)
        text = text.replacingOccurrences(of: "\"codePrefix\"", with: "\"codePrefix\" :: ")
        try Files.write(Data(text.utf8), to: fixture.eventPath)
        let before = try Files.bytes(fixture.eventPath), listing = Files.listing(fixture.folder)

        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.eventPath)
            XCTAssertTrue(error.description.hasPrefix(fixture.eventPath), error.description)
        }
        assertStoreError(try fixture.data.events()) { error in
            guard case .corrupt(let file, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.eventPath)
        }
        XCTAssertEqual(try Files.bytes(fixture.eventPath), before)
        XCTAssertEqual(Files.listing(fixture.folder), listing)
    }

    func testInvalidFieldInEventFileIsNamed() throws {
        let fixture = try StoreFixture()
        let text = try Files.text(fixture.eventPath).replacingOccurrences(of: "\"2009-02-26\"", with: "\"2009-02-30\"")
        try Files.write(Data(text.utf8), to: fixture.eventPath)
        let before = try Files.bytes(fixture.eventPath)
        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, _, let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.eventPath)
            XCTAssertTrue(detail.en.contains("registrationDeadline"), detail.en)
            XCTAssertTrue(detail.en.contains("2009-02-30"), detail.en)
        }
        XCTAssertEqual(try Files.bytes(fixture.eventPath), before)
    }

    func testCorruptSnapshotIsNamedAndLeftAlone() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try fillIn(store)
        try store.compact()
        let original = try Files.bytes(fixture.snapshotPath)
        try Files.write(original.prefix(original.count / 2), to: fixture.snapshotPath)
        let before = try Files.bytes(fixture.snapshotPath), journal = try Files.bytes(fixture.journalPath)

        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.snapshotPath)
        }
        XCTAssertEqual(try Files.bytes(fixture.snapshotPath), before)
        XCTAssertEqual(try Files.bytes(fixture.journalPath), journal)
    }

    func testMissingFieldInSnapshotIsNamed() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try fillIn(store)
        try store.compact()
        let text = try Files.text(fixture.snapshotPath).replacingOccurrences(of: "\"lastName\"", with: "\"lastNamn\"")
        try Files.write(Data(text.utf8), to: fixture.snapshotPath)
        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, _, let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.snapshotPath)
            XCTAssertTrue(detail.en.contains("lastName"), detail.en)
        }
    }

    func testNewerSchemaInEventFileIsRefusedAndLeftAlone() throws {
        let fixture = try StoreFixture()
        try Files.setJSONKey("schemaVersion", to: 99, in: fixture.eventPath)
        let before = try Files.bytes(fixture.eventPath)
        assertStoreError(try fixture.open()) { error in
            XCTAssertEqual(error, .newerSchema(file: fixture.eventPath, found: 99, supported: 1))
        }
        assertStoreError(try fixture.data.events()) { error in
            XCTAssertEqual(error, .newerSchema(file: fixture.eventPath, found: 99, supported: 1))
        }
        XCTAssertEqual(try Files.bytes(fixture.eventPath), before)
    }

    func testNewerSchemaInSnapshotIsRefusedAndLeftAlone() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try fillIn(store)
        try store.compact()
        try Files.setJSONKey("schemaVersion", to: 99, in: fixture.snapshotPath)
        let before = try Files.bytes(fixture.snapshotPath)
        assertStoreError(try fixture.open()) { error in
            XCTAssertEqual(error, .newerSchema(file: fixture.snapshotPath, found: 99, supported: 1))
        }
        XCTAssertEqual(try Files.bytes(fixture.snapshotPath), before)
    }

    func testNewerJournalIsRefusedAndLeftAlone() throws {
        let fixture = try StoreFixture()
        try fillIn(try fixture.open())
        var lines = try Files.lines(fixture.journalPath)
        lines[0] = #"{"foyerJournal":99,"generation":0}"#
        try Files.write(Data(lines.joined(separator: "\n").utf8), to: fixture.journalPath)
        let before = try Files.bytes(fixture.journalPath)
        assertStoreError(try fixture.open()) { error in
            XCTAssertEqual(error, .newerSchema(file: fixture.journalPath, found: 99, supported: 1))
        }
        XCTAssertEqual(try Files.bytes(fixture.journalPath), before)
    }

    func testSnapshotWithoutSchemaVersionIsCorrupt() throws {
        let fixture = try StoreFixture()
        try Files.write(Data(#"{"registrants":[]}"#.utf8), to: fixture.snapshotPath)
        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, _, let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.snapshotPath)
            XCTAssertTrue(detail.en.contains("schemaVersion"), detail.en)
        }
    }

    // MARK: Data directory

    func testDataDirectoryResolvesEvents() throws {
        let temp = try TemporaryDirectory()
        let data = temp.dataDirectory
        XCTAssertTrue(data.isEmpty)
        assertStoreError(try data.resolveEvent(nil, today: LocalDate(year: 2009, month: 1, day: 1))) { error in
            XCTAssertEqual(error, .notFound(Catalogue.Store.dataDirectory(data.path)), "a missing directory is named")
            XCTAssertEqual(error.description, "the data directory \(data.path) does not exist")
        }
        try FileManager.default.createDirectory(atPath: data.path, withIntermediateDirectories: true)
        assertStoreError(try data.resolveEvent(nil, today: LocalDate(year: 2009, month: 1, day: 1))) { error in
            guard case .io(let file, _, let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, data.path)
            XCTAssertTrue(detail.en.contains("no event yet") && detail.en.contains("foyer new"), detail.en)
        }
        try data.createEvent(try Fixtures.impasses())
        XCTAssertEqual(try data.resolveEvent(nil, today: LocalDate(year: 2030, month: 1, day: 1)).id, "impasses-2009")
        try data.createEvent(try Fixtures.allianceRuptures())
        XCTAssertEqual(data.eventIDs(), ["alliance-ruptures-2024", "impasses-2009"])
        let early = try data.resolveEvent(nil, today: LocalDate(year: 2009, month: 1, day: 1))
        XCTAssertEqual(early.id, "impasses-2009"); XCTAssertTrue(early.implicit)
        XCTAssertEqual(try data.resolveEvent(nil, today: LocalDate(year: 2010, month: 1, day: 1)).id, "alliance-ruptures-2024")
        XCTAssertEqual(try data.resolveEvent(nil, today: LocalDate(year: 2030, month: 1, day: 1)).id, "alliance-ruptures-2024")
        XCTAssertEqual(try data.resolveEvent("impasses-2009", today: LocalDate(year: 2030, month: 1, day: 1)).implicit, false)
        assertStoreError(try data.resolveEvent("nope", today: LocalDate(year: 2030, month: 1, day: 1))) { error in
            XCTAssertEqual(error, .noSuchEvent(id: "nope", available: ["alliance-ruptures-2024", "impasses-2009"]))
            XCTAssertTrue(error.description.contains("nope"))
        }
    }

    func testDefaultDataPath() {
        XCTAssertEqual(DataDirectory.defaultPath(environment: ["FOYER_DATA": "/x/y", "HOME": "/h"]), "/x/y")
        XCTAssertEqual(DataDirectory.defaultPath(environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/h"]), "/xdg/foyer")
        XCTAssertEqual(DataDirectory.defaultPath(environment: ["HOME": "/h"]), "/h/.local/share/foyer")
        XCTAssertEqual(Desk.defaultName(environment: ["FOYER_DESK": "B"]), "B")
    }
}

/// Collects results from several threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func add(_ value: String) { lock.lock(); storage.append(value); lock.unlock() }
    var values: [String] { lock.lock(); defer { lock.unlock() }; return storage }
}
