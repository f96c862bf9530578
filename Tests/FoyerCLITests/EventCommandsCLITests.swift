import Foundation
import XCTest

/// An organiser's own event from the command line: `foyer new`, `event show|set|add|remove`,
/// `fees add|set|retire`, `archive`, and what an empty data directory says.
final class EventCommandsCLITests: XCTestCase {
    private var home: String!
    private var data: String { home + "/data" }

    override func setUpWithError() throws {
        home = (FileManager.default.temporaryDirectory.path as NSString).appendingPathComponent("foyer-events-" + UUID().uuidString)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }
    override func tearDownWithError() throws { if let home { try? FileManager.default.removeItem(atPath: home) } }

    @discardableResult
    private func foyer(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run(arguments + ["--data", data], home: home, file: file, line: line)
    }

    private func eventJSON(_ id: String) throws -> [String: Any] {
        let text = try String(contentsOfFile: data + "/" + id + "/event.json", encoding: .utf8)
        return (try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any])["event"] as! [String: Any]
    }

    func testAnEmptyDirectorySaysHowToCreateAnEvent() throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        for command in [["events"], ["programme"], ["validate"]] {
            let result = try FoyerProcess.run(command + ["--data", data], home: home)
            XCTAssertNotEqual(result.status, 0)
            XCTAssertTrue(result.stderr.contains("foyer new ID --title TITLE --date YYYY-MM-DD"), "\(command): \(result.stderr)")
        }
    }

    func testANewEventFilledInByTheCommandLine() throws {
        var r = try foyer("new", "varkurs-2027", "--title", "Vårkurs 2027", "--date", "2027-04-15", "--time-zone", "Europe/Stockholm",
                          "--venue", "Ingenjörshuset", "--city", "Stockholm", "--capacity", "40", "--currency", "SEK", "--deadline", "2027-04-01")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("created varkurs-2027: Vårkurs 2027, Thursday 15 April 2027"), r.stdout)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: data + "/varkurs-2027/event.json")[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: data + "/varkurs-2027")[.posixPermissions] as? Int, 0o700)
        r = try foyer("event", "set", "description", "First line.\nSecond line.")
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try foyer("event", "add", "contact", "--name", "Anna Berg", "--role", "registration", "--email", "anna.berg@example.se")
        XCTAssertEqual(r.status, 0, r.stderr)
        try foyer("event", "add", "contact", "--name", "Per Lind", "--role", "programme", "--phone", "08-123 45 67")
        try FileManager.default.createDirectory(atPath: home + "/docs", withIntermediateDirectories: true)
        try "Psykolog och forskare.".write(toFile: home + "/docs/bio-sv.txt", atomically: true, encoding: .utf8)
        r = try foyer("event", "add", "speaker", "--name", "Karin Ek", "--degrees", "Ph.D.", "--affiliation", "Karolinska Institutet",
                      "--biography", "Psychologist and researcher.", "--biography-sv-file", home + "/docs/bio-sv.txt")
        XCTAssertEqual(r.status, 0, r.stderr)
        try foyer("event", "add", "objective", "Recognise a rupture")
        r = try foyer("fees", "add", "standard", "--name", "Standard", "--name-sv", "Ordinarie", "--price", "2 400")
        XCTAssertEqual(r.status, 0, r.stderr)
        let show = try foyer("event", "show").stdout
        for line in ["title: Vårkurs 2027", "time-zone: Europe/Stockholm", "capacity: 40", "code-prefix: VAR", "contact 1: Anna Berg, registration, anna.berg@example.se",
                     "contact 2: Per Lind, programme, 08-123 45 67", "speaker 1: Karin Ek, Ph.D., Karolinska Institutet (biography: en, sv)", "objective 1: Recognise a rupture",
                     "  First line.", "  Second line."] {
            XCTAssertTrue(show.contains(line), "missing “\(line)” in:\n\(show)")
        }
        let json = try eventJSON("varkurs-2027")
        XCTAssertEqual((json["speakers"] as? [[String: Any]])?.first?["biography"] as? [String: String], ["en": "Psychologist and researcher.", "sv": "Psykolog och forskare."])
        XCTAssertEqual((json["feeCategories"] as? [[String: Any]])?.first?["price"] as? Int, 240_000)
        r = try foyer("event", "remove", "contact", "2")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual((try eventJSON("varkurs-2027")["contacts"] as? [Any])?.count, 1)
    }

    func testBadDetailsAreRefusedWithTheReasonAndNothingWritten() throws {
        try foyer("new", "varkurs-2027", "--title", "Vårkurs 2027", "--date", "2027-04-15")
        let before = try Data(contentsOf: URL(fileURLWithPath: data + "/varkurs-2027/event.json"))
        for (args, reason) in [(["event", "set", "time-zone", "Mars/Base"], "not a time zone name"),
                               (["event", "set", "end-date", "2027-04-01"], "before the first"),
                               (["event", "set", "deadline", "2027-05-01"], "after the event"),
                               (["event", "set", "currency", "KR"], "ISO 4217"),
                               (["event", "set", "colour", "red"], "no detail \"colour\""),
                               (["event", "add", "contact", "--name", "Anna", "--email", "anna@"], "does not look like an email")] {
            let r = try FoyerProcess.run(args + ["--data", data], home: home)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertTrue(r.stderr.contains(reason), "\(args): \(r.stderr)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data + "/varkurs-2027/event.json")), before)
        for (args, reason) in [(["new", "varkurs-2027", "--title", "Again", "--date", "2027-04-15"], "here already"),
                               (["new", "Vår Kurs", "--title", "X", "--date", "2027-04-15"], "not an event id"),
                               (["new", "x", "--title", "X", "--date", "15/4/2027"], "not a date")] {
            let r = try FoyerProcess.run(args + ["--data", data], home: home)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertTrue(r.stderr.contains(reason), "\(args): \(r.stderr)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data).filter { !$0.hasPrefix(".") }, ["varkurs-2027"])
    }

    func testNextYearsWorkshopAsACopyThenArchiveLastYears() throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FoyerProcess.sampleData + "/impasses-2009", toPath: data + "/impasses-2009")
        var r = try foyer("new", "impasses-2010", "--copy-from", "impasses-2009", "--date", "2010-03-15", "--keep-weekdays")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Thursday 18 March 2010"), r.stdout)
        XCTAssertTrue(r.stdout.contains("codes start SAF10-0001"), r.stdout)
        let ics = try foyer("export", "programme", "--event", "impasses-2010", "--format", "ics").stdout
        XCTAssertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20100318T083000"), ics)
        XCTAssertFalse(ics.contains(":2009"), "no item kept last year's date")
        XCTAssertEqual(try foyer("register", "--event", "impasses-2010", "--first", "Åsa", "--last", "Öberg", "--category", "standard").stdout.prefix(10), "SAF10-0001")
        // Moving the date asks first, then takes the programme along.
        r = try foyer("event", "set", "date", "2010-03-25", "--event", "impasses-2010")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("--move-programme"), r.stderr)
        r = try foyer("event", "set", "date", "2010-03-25", "--event", "impasses-2010", "--move-programme")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(try foyer("export", "programme", "--event", "impasses-2010", "--format", "ics").stdout.contains(":20100325T083000"))
        // Archived: out of the list and the default, kept whole.
        r = try foyer("archive", "impasses-2009")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(try foyer("events").stdout.contains("impasses-2009"))
        XCTAssertTrue(try foyer("events", "--all").stdout.contains("archived"))
        XCTAssertTrue(try foyer("programme").stdout.contains("Thursday 25 March 2010"), "the default is the event not archived")
        try foyer("archive", "impasses-2009", "--restore")
        XCTAssertTrue(try foyer("events").stdout.contains("impasses-2009"))
    }

    func testFeesFromTheCommandLineAskTheRepricingQuestionByFlag() throws {
        try foyer("new", "varkurs-2027", "--title", "Vårkurs 2027", "--date", "2027-04-15", "--currency", "SEK")
        try foyer("fees", "add", "standard", "--name", "Standard", "--price", "2400")
        try foyer("fees", "add", "student", "--name", "Full-time student", "--price", "600", "--vat", "25", "--proof")
        try foyer("register", "--first", "Åsa", "--last", "Öberg", "--category", "standard")
        var r = try foyer("fees", "set", "standard", "--price", "2500")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("--move-unpaid") && r.stderr.contains("--keep-unpaid"), r.stderr)
        r = try foyer("fees", "set", "standard", "--price", "2500", "--move-unpaid")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("moved 1 unpaid"), r.stdout)
        r = try foyer("fees", "retire", "student")
        XCTAssertEqual(r.status, 0, r.stderr)
        let registrants = try JSONSerialization.jsonObject(with: Data(try foyer("registrants", "--format", "json").stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(registrants.first?["price"] as? Int, 250_000)
        let categories = try eventJSON("varkurs-2027")["feeCategories"] as! [[String: Any]]
        XCTAssertEqual(categories.map { $0["retired"] as? Bool ?? false }, [false, true])
        XCTAssertEqual(categories.last?["requiresProof"] as? Bool, true)
    }

    func testValidateRefusesAFolderCopiedByHand() throws {
        try foyer("new", "varkurs-2027", "--title", "Vårkurs 2027", "--date", "2027-04-15")
        try FileManager.default.copyItem(atPath: data + "/varkurs-2027", toPath: data + "/varkurs-2028")
        let r = try foyer("validate")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("the event id varkurs-2027 is in 2 folders"), r.stdout)
    }

    func testDeletingAnEventForGoodNeedsItsIDTyped() throws {
        try foyer("new", "test-event", "--title", "Test", "--date", "2027-04-15")
        try foyer("new", "varkurs-2027", "--title", "Vårkurs 2027", "--date", "2027-04-15")
        var r = try FoyerProcess.run(["delete", "test-event", "--data", data], home: home, input: "test\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("nothing deleted"), r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: data + "/test-event/event.json"))
        r = try FoyerProcess.run(["delete", "test-event", "--data", data, "--confirm", "varkurs-2027"], home: home)
        XCTAssertEqual(r.status, 1)
        r = try FoyerProcess.run(["delete", "test-event", "--data", data], home: home, input: "test-event\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: data + "/test-event"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: data + "/varkurs-2027/event.json"), "only that event")
    }
}
