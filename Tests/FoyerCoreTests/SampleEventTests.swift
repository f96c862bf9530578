import XCTest
@testable import FoyerCore
import FoyerSamples

/// The two sample events in Data/ decode to what their documents say.
final class SampleEventTests: XCTestCase {
    func testDataFolderHoldsBothEvents() throws {
        let data = DataDirectory(path: Fixtures.dataFolder)
        XCTAssertEqual(data.eventIDs(), ["alliance-ruptures-2024", "impasses-2009"])
        XCTAssertEqual(try data.events().map(\.id), ["alliance-ruptures-2024", "impasses-2009"])
    }

    func testStockholmEventDetails() throws {
        let event = try Fixtures.impasses()
        XCTAssertEqual(event.id, "impasses-2009")
        XCTAssertEqual(event.title, "Resolving Therapeutic Impasses")
        XCTAssertEqual(event.date, LocalDate(year: 2009, month: 3, day: 19))
        XCTAssertEqual(event.dateText.en, "Thursday 19 March 2009")
        XCTAssertEqual(event.dateText.sv, "torsdag 19 mars 2009")
        XCTAssertEqual(event.attendeeLanguage, .sv)
        XCTAssertEqual(event.timeZoneID, "Europe/Stockholm")
        XCTAssertEqual(event.timeZone.identifier, "Europe/Stockholm")
        XCTAssertEqual(event.registrationDeadline, LocalDate(year: 2009, month: 2, day: 26))
        XCTAssertEqual(event.codePrefix, "SAF")
        XCTAssertEqual(event.currency, "SEK")
        XCTAssertEqual(event.venue.summary, "Ingenjörshuset Citykonferensen, Polhemssalen")
        XCTAssertEqual(event.contacts.count, 3)
        XCTAssertEqual(event.contacts.map(\.name), ["Annikka Haraldsson", "Ulla Grebo", "Mats Hamreby"])
        XCTAssertEqual(event.speakers.map(\.displayName), ["Jeremy D. Safran, Ph.D."])
    }

    func testStockholmProgrammeHasElevenItemsInOrder() throws {
        let programme = try Fixtures.impasses().programme
        XCTAssertEqual(programme.items.count, 11)
        let ranges = programme.items.indices.map { programme.timeRange(of: $0) }
        XCTAssertEqual(ranges, ["08:30–09:00", "09:00–10:00", "10:00–10:30", "10:30–11:20", "11:20–11:30", "11:30–12:30",
                                "12:30–13:30", "13:30–14:30", "14:30–15:00", "15:00–16:00", "16:00–16:45"])
        let first = try XCTUnwrap(programme.items.first), last = try XCTUnwrap(programme.items.last)
        XCTAssertEqual(first.title, "Registration")
        XCTAssertEqual(first.kind, .registration)
        XCTAssertEqual(first.start.description, "2009-03-19T08:30")
        XCTAssertEqual(last.title, "Panel discussion")
        XCTAssertEqual(last.kind, .panel)
        XCTAssertEqual(last.end?.description, "2009-03-19T16:45")
        XCTAssertEqual(programme.items.map(\.title), [
            "Registration", "Introduction", "Coffee break", "General features of a relational/constructivist perspective",
            "Mini-break", "Therapeutic metacommunication and stage process models of change", "Lunch",
            "Research on brief relational therapy", "Coffee break",
            "Therapist affect regulation and the negotiation of therapeutic impasses", "Panel discussion",
        ])
        XCTAssertEqual(programme.problems(), [])
    }

    func testStockholmProgrammeHasEveryTopic() throws {
        let event = try Fixtures.impasses()
        // Titles repeat ("Coffee break" twice, without topics); the sessions' titles are unique.
        let topics = Dictionary(event.programmeItems.map { ($0.title, $0.topics) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(topics["Introduction"], [
            "Therapeutic impasses and alliance ruptures: definition and examples",
            "Therapeutic alliance: A reconceptualization from a relational perspective",
            "Empirical taxonomies of rupture types",
            "A taxonomy of therapeutic alliance rupture interventions",
        ])
        XCTAssertEqual(topics["General features of a relational/constructivist perspective"], [
            "Constructivism versus realism", "Two versus one-person psychologies", "Therapeutic enactments",
            "Interventions as relational events", "Beginner's mind", "Mindfulness and the inner discipline of the therapist",
        ])
        XCTAssertEqual(topics["Therapeutic metacommunication and stage process models of change"], [
            "General principles of metacommunication", "Specific principles of metacommunication",
            "Confrontation versus withdrawal ruptures", "Task analysis research on resolution processes",
        ])
        XCTAssertEqual(topics["Research on brief relational therapy"], [
            "Randomized clinical trial for personality disordered patients", "Identifying treatment resistant patients",
            "A pilot intervention study for treatment resistant patients",
        ])
        XCTAssertEqual(topics["Therapist affect regulation and the negotiation of therapeutic impasses"], [
            "Theoretical background", "Developmental research",
            "Research on patient-therapist affect coordination and the alliance",
            "Research on therapist interpersonal schemas and impasse resolution",
        ])
        XCTAssertEqual(topics["Panel discussion"]?.count, 1)
        XCTAssertEqual(event.programmeItems.map(\.topics.count).reduce(0, +), 22)
        for item in event.programmeItems where item.kind == .session || item.kind == .panel {
            XCTAssertEqual(item.speakerIDs, ["safran"], item.title)
            XCTAssertNotNil(event.speaker(id: "safran"))
        }
    }

    func testStockholmFeeCategories() throws {
        let event = try Fixtures.impasses()
        XCTAssertEqual(event.feeCategories.map(\.id), ["standard", "student", "psychotherapy-student", "pensioner"])
        XCTAssertEqual(event.feeCategories.map(\.price), [.major(2000), .major(500), .major(1000), .major(1000)])
        XCTAssertEqual(Set(event.feeCategories.map(\.vatRate)), [VATRate(basisPoints: 2500)])
        XCTAssertEqual(event.feeCategories.map(\.requiresProof), [false, true, true, true])
        XCTAssertEqual(event.feeCategory(id: "student")?.displayName(), "Full-time student")
        XCTAssertEqual(event.feeCategory(id: "student")?.displayName(.sv), "Heltidsstuderande")
        XCTAssertEqual(event.offeredFeeCategories.count, 4)
        XCTAssertNil(event.feeCategory(id: "vip"))
    }

    func testTascaEvent() throws {
        let event = try Fixtures.allianceRuptures()
        XCTAssertEqual(event.id, "alliance-ruptures-2024")
        XCTAssertEqual(event.date, LocalDate(year: 2024, month: 10, day: 4))
        XCTAssertEqual(event.objectives.count, 3)
        XCTAssertTrue(event.objectives.first?.hasPrefix("Define the 3 elements") ?? false)
        XCTAssertEqual(event.feeCategories, [])
        XCTAssertNil(event.currency)
        XCTAssertEqual(event.codePrefix, "TAS")
        XCTAssertTrue(event.programme.isEmpty)
        XCTAssertEqual(event.speakers.count, 1)
        XCTAssertFalse(event.isLate(Date()), "an event without a deadline never has late registrations")
    }

    func testEventFileRoundTrips() throws {
        for event in [try Fixtures.impasses(), try Fixtures.allianceRuptures()] {
            let bytes = try StoredFiles.encodeEvent(event)
            let back = try StoredFiles.decode(EventFile.self, from: bytes, path: "test", supported: EventFile.currentVersion)
            XCTAssertEqual(back.event, event)
            XCTAssertEqual(back.schemaVersion, EventFile.currentVersion)
        }
    }

    func testBundledSamplesMatchTheDataFolder() throws {
        let path = try XCTUnwrap(FoyerSamples.eventsPath)
        let bundled = try DataDirectory(path: path).events()
        let data = try DataDirectory(path: Fixtures.dataFolder).events()
        XCTAssertEqual(bundled, data)
    }

    func testSeedingAnEmptyDataDirectoryCopiesTheSamples() throws {
        let temp = try TemporaryDirectory()
        let data = temp.dataDirectory
        XCTAssertTrue(data.isEmpty)
        let seeded = try data.seed(fromSamples: Fixtures.dataFolder)
        XCTAssertEqual(seeded.sorted(), ["alliance-ruptures-2024", "impasses-2009"])
        XCTAssertEqual(try data.events(), try DataDirectory(path: Fixtures.dataFolder).events())
        XCTAssertEqual(try data.seed(fromSamples: Fixtures.dataFolder), [], "seeding twice adds nothing")
    }

    // MARK: Late registrations

    func testRegistrationClosesAtTheEndOfTheDeadlineDayInStockholm() throws {
        let event = try Fixtures.impasses()
        XCTAssertEqual(event.registrationClosesAt, Fixtures.instant("2009-02-27T00:00:00+01:00"))
        XCTAssertFalse(event.isLate(Fixtures.instant("2009-02-26T23:59:00+01:00")))
        XCTAssertFalse(event.isLate(Fixtures.instant("2009-02-26T23:59:59+01:00")))
        XCTAssertFalse(event.isLate(Fixtures.instant("2009-01-10T12:00:00+01:00")))
        XCTAssertTrue(event.isLate(Fixtures.instant("2009-02-27T00:00:00+01:00")))
        XCTAssertTrue(event.isLate(Fixtures.instant("2009-03-19T08:30:00+01:00")))
        // 23:30 UTC on the 26th is already the 27th in Stockholm.
        XCTAssertTrue(event.isLate(Fixtures.instant("2009-02-26T23:30:00Z")))
        XCTAssertFalse(event.isLate(Fixtures.instant("2009-02-26T22:59:59Z")))
    }

    func testDeadlineFollowsTheEventsZone() throws {
        var event = try Fixtures.impasses()
        event.timeZoneID = "America/New_York"
        XCTAssertEqual(event.registrationClosesAt, Fixtures.instant("2009-02-27T00:00:00-05:00"))
        XCTAssertFalse(event.isLate(Fixtures.instant("2009-02-27T00:00:00+01:00")))
        event.registrationDeadline = nil
        XCTAssertNil(event.registrationClosesAt)
        XCTAssertFalse(event.isLate(Fixtures.instant("2030-01-01T00:00:00Z")))
    }

    func testAnUnknownTimeZoneIsRejected() throws {
        var json = try Files.text(Fixtures.dataFolder + "/impasses-2009/event.json")
        json = json.replacingOccurrences(of: "\"Europe/Stockholm\"", with: "\"Europe/Atlantis\"")
        XCTAssertThrowsError(try StoredFiles.decode(EventFile.self, from: Array(json.utf8), path: "event.json", supported: 1)) { error in
            XCTAssertTrue(String(describing: error).contains("Europe/Atlantis"), "\(error)")
        }
    }
}
