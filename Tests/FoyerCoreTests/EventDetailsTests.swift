import Foundation
import XCTest
@testable import FoyerCore

/// An organiser's own event: every detail checked with its reason, copies with dates moved, archive and
/// restore, and a details edit that can be undone.
final class EventDetailsTests: XCTestCase {
    private var fixture: StoreFixture?
    override func tearDown() { fixture = nil }

    private func problems(_ change: (inout Event) -> Void, registered: Int = 0) throws -> [String: DetailProblem] {
        var e = try Fixtures.impasses()
        change(&e)
        return Dictionary(EventDetailsCheck.problems(e, registered: registered, codePrefixBefore: "SAF").map { ($0.field, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func testTheSampleEventHasNoProblems() throws {
        XCTAssertEqual(EventDetailsCheck.problems(try Fixtures.impasses()), [])
        XCTAssertEqual(EventDetailsCheck.problems(try Fixtures.allianceRuptures()), [])
    }

    func testEveryDetailIsCheckedWithItsReason() throws {
        XCTAssertEqual(try problems { $0.endDate = LocalDate(year: 2009, month: 3, day: 18) }["end-date"]?.message,
                       "the last day (2009-03-18) is before the first (2009-03-19)")
        XCTAssertEqual(try problems { $0.registrationDeadline = LocalDate(year: 2009, month: 3, day: 20) }["deadline"]?.message,
                       "the registration deadline (2009-03-20) is after the event (2009-03-19)")
        XCTAssertNotNil(try problems { $0.timeZoneID = "Mars/Olympus" }["time-zone"])
        let capacity = try problems({ $0.capacity = 10 }, registered: 12)["capacity"]
        XCTAssertEqual(capacity?.isWarning, true)
        XCTAssertTrue(capacity?.message.hasPrefix("12 are registered already") == true, capacity?.message ?? "")
        XCTAssertNotNil(try problems { $0.contacts = [ContactPerson(name: "Anna", email: "anna@example")] }["contact 1"])
        XCTAssertEqual(try problems { $0.currency = "KRONOR" }["currency"]?.message, "“KRONOR” is not an ISO 4217 currency code such as SEK or EUR")
        XCTAssertNil(try problems { $0.currency = "EUR" }["currency"])
        XCTAssertNotNil(try problems { $0.codePrefix = "saf-" }["code-prefix"])
        XCTAssertNotNil(try problems({ $0.codePrefix = "SAF10" }, registered: 3)["code-prefix"], "only while nobody is registered")
        XCTAssertNil(try problems({ $0.codePrefix = "SAF10" }, registered: 0)["code-prefix"])
        XCTAssertNotNil(try problems { $0.title = "  " }["title"])
        XCTAssertEqual(try problems { $0.format = .online }["online-link"]?.isWarning, true)
    }

    func testIDsAreCheckedAndSuggested() {
        XCTAssertNil(EventDetailsCheck.idProblem("varkurs-2027", existing: []))
        XCTAssertNotNil(EventDetailsCheck.idProblem("Vårkurs 2027", existing: []))
        XCTAssertNotNil(EventDetailsCheck.idProblem("-a", existing: []))
        XCTAssertNotNil(EventDetailsCheck.idProblem("a--b", existing: []))
        XCTAssertEqual(EventDetailsCheck.idProblem("impasses-2009", existing: ["impasses-2009"]), "an event with the id impasses-2009 is here already")
        XCTAssertEqual(EventDetailsCheck.suggestedID(title: "Vårkurs 2027", date: LocalDate(year: 2027, month: 4, day: 15), existing: []), "varkurs-2027")
        XCTAssertEqual(EventDetailsCheck.suggestedID(title: "Resolving Therapeutic Impasses", date: LocalDate(year: 2010, month: 3, day: 18), existing: ["resolving-therapeutic-impasses-2010"]),
                       "resolving-therapeutic-impasses-2010-2")
    }

    func testEachScalarDetailIsSetAndReadByItsName() throws {
        var e = try Fixtures.impasses()
        for (field, value) in [(EventDetailField.title, "Vårkurs"), (.endDate, "2009-03-20"), (.timeZone, "Europe/Helsinki"), (.format, "hybrid"),
                               (.onlineLink, "https://example.se/live"), (.capacity, "45"), (.currency, "eur"), (.descriptionSv, "Två\nrader")] {
            try field.set(value, in: &e)
            XCTAssertEqual(field.value(in: e), field == .currency ? "EUR" : value, field.name)
        }
        try EventDetailField.capacity.set("", in: &e)
        XCTAssertNil(e.capacity, "an empty value clears an optional detail")
        XCTAssertThrowsError(try EventDetailField.date.set("19 March", in: &e))
        XCTAssertThrowsError(try EventDetailField.capacity.set("many", in: &e))
        XCTAssertThrowsError(try EventDetailField.format.set("telepathy", in: &e))
    }

    func testACopyMovesEveryDateAndCanKeepTheWeekdays() throws {
        // A two-day event on Thursday and Friday, moved to a new first day.
        var e = try Fixtures.impasses()
        e.endDate = e.date.adding(days: 1)
        var second = e.programmeItems[1]
        second.id = "day-two"
        second.start = LocalDateTime(date: e.date.adding(days: 1), hour: 9, minute: 15)
        second.end = LocalDateTime(date: e.date.adding(days: 1), hour: 10, minute: 0)
        e.programmeItems.append(second)
        // Asked for Monday 15 March 2010, keeping weekdays: Thursday 18 March.
        let copy = e.copied(as: "impasses-2010", firstDay: LocalDate(year: 2010, month: 3, day: 15), keepWeekdays: true,
                            codePrefix: Event.suggestedCodePrefix(from: e.codePrefix, year: 2010))
        XCTAssertEqual(copy.date, LocalDate(year: 2010, month: 3, day: 18))
        XCTAssertEqual(copy.endDate, LocalDate(year: 2010, month: 3, day: 19))
        XCTAssertEqual(copy.codePrefix, "SAF10")
        XCTAssertEqual(copy.registrationDeadline, e.registrationDeadline!.adding(days: 364))
        for (old, new) in zip(e.programmeItems, copy.programmeItems) {
            XCTAssertEqual(new.start.date.isoWeekday, old.start.date.isoWeekday, new.title)
            XCTAssertEqual(new.start.timeText, old.start.timeText)
            XCTAssertEqual(new.end?.timeText, old.end?.timeText)
        }
        XCTAssertEqual(copy.speakers, e.speakers)
        XCTAssertEqual(copy.feeCategories, e.feeCategories)
        XCTAssertEqual(copy.venue, e.venue)
        // Without keeping weekdays the first day is the one asked for.
        XCTAssertEqual(e.copied(as: "x", firstDay: LocalDate(year: 2010, month: 3, day: 15), keepWeekdays: false, codePrefix: "X").date,
                       LocalDate(year: 2010, month: 3, day: 15))
        XCTAssertEqual(Event.suggestedCodePrefix(from: "SAF09", year: 2010), "SAF10")
    }

    func testANewEventIsRefusedWithItsReasonAndNothingWritten() throws {
        let fixture = try StoreFixture()
        self.fixture = fixture
        var bad = Event(id: "varkurs-2027", title: "Vårkurs", date: LocalDate(year: 2027, month: 4, day: 15), codePrefix: "VAR")
        bad.endDate = LocalDate(year: 2027, month: 4, day: 1)
        assertStoreError(try fixture.data.createNewEvent(bad)) { error in XCTAssertTrue(error.description.contains("end-date"), error.description) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.data.folder(of: "varkurs-2027")))
        assertStoreError(try fixture.data.createNewEvent(fixture.event)) { error in XCTAssertTrue(error.description.contains("here already"), error.description) }
        bad.endDate = nil
        try fixture.data.createNewEvent(bad)
        XCTAssertEqual(try Files.mode(fixture.data.folder(of: "varkurs-2027") + "/event.json"), 0o600)
        XCTAssertEqual(try Files.mode(fixture.data.folder(of: "varkurs-2027")), 0o700)
    }

    func testArchiveAndRestore() throws {
        let fixture = try StoreFixture()
        self.fixture = fixture
        try fixture.data.createNewEvent(Event(id: "varkurs-2027", title: "Vårkurs", date: LocalDate(year: 2027, month: 4, day: 15), codePrefix: "VAR"))
        let today = LocalDate(year: 2009, month: 3, day: 1)
        XCTAssertEqual(try fixture.data.resolveEvent(nil, today: today).id, "impasses-2009")
        try fixture.open().saveDetails { $0.archived = true }
        XCTAssertEqual(try fixture.data.resolveEvent(nil, today: today).id, "varkurs-2027", "an archived event is not the default")
        XCTAssertEqual(try fixture.data.resolveEvent("impasses-2009", today: today).id, "impasses-2009", "but can be asked for")
        try fixture.open().saveDetails { $0.archived = nil }
        XCTAssertEqual(try fixture.data.resolveEvent(nil, today: today).id, "impasses-2009")
    }

    func testADetailsEditCanBeUndoneAndMergesWithAnotherDesks() throws {
        let fixture = try StoreFixture()
        self.fixture = fixture
        let a = try fixture.open(desk: "A"), b = try fixture.open(desk: "B")
        let save = try a.saveDetails { $0.subtitle = "With A's subtitle" }.save
        try b.saveDetails { $0.capacity = 42 }
        var final = try fixture.open(desk: "C").event
        XCTAssertEqual(final.subtitle, "With A's subtitle")
        XCTAssertEqual(final.capacity, 42, "B's stale copy did not put back the old subtitle")
        try a.apply(save.applied.map(\.inverse), isUndo: true)
        final = try fixture.open(desk: "C").event
        XCTAssertEqual(final.subtitle, fixture.event.subtitle, "undone")
        XCTAssertEqual(final.capacity, 42, "B's edit kept")
        XCTAssertEqual(a.eventHistory().map(\.summary), ["changed the event's subtitle", "changed the event's capacity", "changed the event's subtitle"])
    }

    func testTwoFoldersWithOneIDAreNamed() throws {
        let fixture = try StoreFixture()
        self.fixture = fixture
        XCTAssertEqual(fixture.data.idProblems(), [])
        try FileManager.default.copyItem(atPath: fixture.folder, toPath: fixture.data.folder(of: "copy"))
        let problems = fixture.data.idProblems()
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("in 2 folders") })
    }
}
