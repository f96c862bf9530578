import Foundation
import XCTest
import FoyerCore

/// `foyer` run as a process, the way scripts and people use it.
final class CLITests: XCTestCase {
    private var home: String!
    /// A data directory seeded with copies of the two sample events.
    private var data: String { home + "/data" }

    override func setUpWithError() throws {
        home = (FileManager.default.temporaryDirectory.path as NSString).appendingPathComponent("foyer-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        for id in ["impasses-2009", "alliance-ruptures-2024"] {
            let folder = data + "/" + id
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data)
            try FileManager.default.copyItem(atPath: FoyerProcess.sampleData + "/" + id + "/event.json", toPath: folder + "/event.json")
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/event.json")
        }
    }

    override func tearDownWithError() throws {
        if let home { try? FileManager.default.removeItem(atPath: home) }
    }

    // MARK: Helpers

    @discardableResult
    private func foyer(_ arguments: String..., environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run(arguments, home: home, environment: environment, file: file, line: line)
    }

    /// `foyer <command> --data <temp> --event impasses-2009 …`
    @discardableResult
    private func onImpasses(_ command: String, _ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run([command, "--data", data, "--event", "impasses-2009"] + arguments, home: home, file: file, line: line)
    }

    private func register(_ first: String, _ last: String, category: String = "standard", email: String = "",
                          now: String = "2009-02-01 10:00", file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var arguments = ["register", "--data", data, "--event", "impasses-2009", "--first", first, "--last", last,
                         "--category", category, "--now", now]
        if !email.isEmpty { arguments += ["--email", email] }
        let result = try FoyerProcess.run(arguments, home: home, file: file, line: line)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        return String(result.stdout.prefix { !$0.isWhitespace })
    }

    /// The registrants as `registrants --format json` prints them.
    private func registrantsJSON(file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        let result = try onImpasses("registrants", "--format", "json", file: file, line: line)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try XCTUnwrap(object as? [[String: Any]], "not a JSON array: \(result.stdout)", file: file, line: line)
    }

    /// Names holding escape sequences and bidi overrides: printed for people as "?", kept in data output.
    func testHostileNamesNeverReachTheTerminalRaw() throws {
        let first = "Eve\u{1B}[2J\u{1B}]0;x\u{07}", last = "Mal\u{202E}lory\u{9B}31m"
        let code = try register(first, last)
        func steers(_ text: String) -> Bool {
            text.unicodeScalars.contains { s in
                let v = s.value
                return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            }
        }
        for extra in [["registrants"], ["registrants", "--search", "eve"], ["check-in", code, "--now", "2009-03-19 09:00"]] {
            let result = try FoyerProcess.run([extra[0], "--data", data, "--event", "impasses-2009"] + extra.dropFirst(), home: home)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertFalse(steers(result.stdout + result.stderr), "\(extra): \(result.stdout.debugDescription)")
            XCTAssertTrue(result.stdout.contains("Eve?[2J"), "\(extra): \(result.stdout)")
        }
        let json = try registrantsJSON()
        XCTAssertEqual(try person(code, in: json)["firstName"] as? String, first, "data output keeps the name as it is")
    }

    private func person(_ code: String, in list: [[String: Any]], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(list.first { $0["code"] as? String == code }, "\(code) is not listed", file: file, line: line)
    }

    // MARK: events

    func testEventsListsBothSampleEvents() throws {
        let result = try foyer("events", "--data", FoyerProcess.sampleData)
        XCTAssertEqual(result.status, 0, result.stderr)
        let ids = result.stdoutLines.compactMap { $0.split(separator: " ").first.map(String.init) }
        XCTAssertEqual(ids.filter { $0.contains("-20") }, ["impasses-2009", "alliance-ruptures-2024"], result.stdout)
        XCTAssertTrue(result.stdout.contains("Resolving Therapeutic Impasses"))
    }

    func testAnEmptyDefaultDataDirectoryIsSeededWithTheSamples() throws {
        let fresh = home + "/fresh"
        let first = try foyer("events", environment: ["FOYER_DATA": fresh])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("impasses-2009"))
        XCTAssertTrue(first.stdout.contains("alliance-ruptures-2024"))
        XCTAssertTrue(first.stderr.contains("set up"), first.stderr)
        for id in ["impasses-2009", "alliance-ruptures-2024"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: fresh + "/" + id + "/event.json")
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        }
        let second = try foyer("events", environment: ["FOYER_DATA": fresh])
        XCTAssertEqual(second.status, 0)
        XCTAssertFalse(second.stderr.contains("set up"), "seeded only once")
    }

    // MARK: programme

    func testProgrammePrintsEveryItemWithItsTopics() throws {
        let result = try foyer("programme", "--data", FoyerProcess.sampleData, "--event", "impasses-2009")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdoutLines
        XCTAssertEqual(lines.first, "Resolving Therapeutic Impasses")
        XCTAssertTrue(result.stdout.contains("Thursday 19 March 2009"))
        let itemLines = lines.filter { $0.first?.isNumber == true }
        XCTAssertEqual(itemLines.count, 11, result.stdout)
        XCTAssertTrue(itemLines.first?.hasPrefix("08:30–09:00") ?? false, result.stdout)
        XCTAssertTrue(itemLines.first?.contains("Registration") ?? false)
        XCTAssertTrue(itemLines.last?.hasPrefix("16:00–16:45") ?? false, result.stdout)
        XCTAssertTrue(itemLines.last?.contains("Panel discussion") ?? false)

        // Every item and every topic of the event file, in order, each topic under its item.
        let file = try Data(contentsOf: URL(fileURLWithPath: FoyerProcess.sampleData + "/impasses-2009/event.json"))
        struct EventFile: Decodable { var event: Event }
        let programme = try JSONDecoder.foyer().decode(EventFile.self, from: file).event.programme
        var position = 0
        var topicCount = 0
        for (i, item) in programme.items.enumerated() {
            let range = programme.timeRange(of: i)
            guard let at = lines[position...].firstIndex(where: { $0.hasPrefix(range) && $0.contains(item.title) }) else {
                XCTFail("\(range) \(item.title) is missing or out of order:\n\(result.stdout)"); return
            }
            position = at + 1
            for topic in item.topics {
                guard position < lines.count else { XCTFail("\(topic) is missing:\n\(result.stdout)"); return }
                XCTAssertEqual(lines[position].trimmingCharacters(in: .whitespaces), "- " + topic)
                position += 1
                topicCount += 1
            }
        }
        XCTAssertEqual(topicCount, 22)
        XCTAssertTrue(result.stdout.contains("Confrontation versus withdrawal ruptures"))
    }

    func testUnknownEventGivesAOneLineReason() throws {
        let result = try onImpassesReplacingEvent("nope")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("nope"), result.stderr)
        XCTAssertTrue(result.stderr.contains("impasses-2009"), "the reason lists the events there: \(result.stderr)")
        XCTAssertEqual(result.stdout, "")
    }

    private func onImpassesReplacingEvent(_ id: String) throws -> RunResult {
        try foyer("programme", "--data", data, "--event", id)
    }

    // MARK: register

    func testRegisterPrintsTheNewCodeAndTheListHasCamelCaseJSON() throws {
        let result = try onImpasses("register", "--first", "Åsa", "--last", "Öberg", "--email", "asa.oberg@ki.se",
                                    "--category", "student", "--organisation", "Karolinska Institutet", "--now", "2009-02-01 10:00")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("SAF-0001"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Åsa Öberg"))
        XCTAssertTrue(result.stdout.contains("500 kr"))
        XCTAssertFalse(result.stdout.contains("late"))

        let list = try registrantsJSON()
        XCTAssertEqual(list.count, 1)
        let asa = try person("SAF-0001", in: list)
        XCTAssertEqual(asa["code"] as? String, "SAF-0001")
        XCTAssertEqual(asa["firstName"] as? String, "Åsa")
        XCTAssertEqual(asa["lastName"] as? String, "Öberg")
        XCTAssertEqual(asa["email"] as? String, "asa.oberg@ki.se")
        XCTAssertEqual(asa["organisation"] as? String, "Karolinska Institutet")
        XCTAssertEqual(asa["feeCategory"] as? String, "student")
        XCTAssertEqual(asa["price"] as? Int, 50000)
        XCTAssertEqual(asa["status"] as? String, "registered")
        XCTAssertEqual(asa["registeredAt"] as? String, "2009-02-01T10:00:00+01:00")
        XCTAssertNil(asa["first_name"]); XCTAssertNil(asa["feeCategoryID"])

        // The next one gets the next code; the search finds her without accents.
        XCTAssertEqual(try register("Lars", "Ängström"), "SAF-0002")
        let search = try onImpasses("registrants", "--search", "oberg", "--format", "json")
        let found = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]]
        XCTAssertEqual(found?.compactMap { $0["code"] as? String }, ["SAF-0001"])
    }

    func testLateRegistrationIsMarked() throws {
        let result = try onImpasses("register", "--first", "Per", "--last", "Ek", "--category", "standard", "--now", "2009-02-27 00:00")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("late"), result.stdout)
        let onTime = try onImpasses("register", "--first", "Eva", "--last", "Ek", "--category", "standard", "--now", "2009-02-26 23:59")
        XCTAssertFalse(onTime.stdout.contains("late"), onTime.stdout)
        let csv = try onImpasses("registrants", "--format", "csv")
        XCTAssertTrue(csv.stdout.contains("2009-02-27T00:00:00+01:00,yes"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("2009-02-26T23:59:00+01:00,no"), csv.stdout)
    }

    func testRegisterWithABadEmailFailsWithOneLineReason() throws {
        let result = try onImpasses("register", "--first", "Åsa", "--last", "Öberg", "--email", "asa@ki", "--category", "student")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("email"), result.stderr)
        XCTAssertTrue(result.stderr.contains("asa@ki"), result.stderr)
        XCTAssertEqual(try registrantsJSON().count, 0, "nothing was registered")
    }

    func testRegisterRefusesAnUnknownCategoryAndADuplicate() throws {
        let unknown = try onImpasses("register", "--first", "Åsa", "--last", "Öberg", "--category", "vip")
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertEqual(unknown.stderrLines.count, 1, unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("vip") && unknown.stderr.contains("student"), unknown.stderr)

        XCTAssertEqual(try register("Åsa", "Öberg", email: "asa@ki.se"), "SAF-0001")
        let duplicate = try onImpasses("register", "--first", "asa", "--last", "oberg", "--category", "standard")
        XCTAssertNotEqual(duplicate.status, 0)
        XCTAssertTrue(duplicate.stderr.contains("SAF-0001"), duplicate.stderr)
        XCTAssertEqual(try registrantsJSON().count, 1)
        let allowed = try onImpasses("register", "--first", "asa", "--last", "oberg", "--category", "standard", "--allow-duplicate")
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertTrue(allowed.stdout.hasPrefix("SAF-0002"))
    }

    // MARK: check-in

    func testCheckInByCodeAndAgainAtAnotherDesk() throws {
        XCTAssertEqual(try register("Åsa", "Öberg", category: "student"), "SAF-0001")
        let first = try onImpasses("check-in", "SAF-0001", "--desk", "A", "--now", "2009-03-19 08:47")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("CHECKED IN"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Åsa Öberg"))
        XCTAssertTrue(first.stdout.contains("UNPAID") && first.stdout.contains("500 kr"), "a student who has not paid: \(first.stdout)")

        let again = try onImpasses("check-in", "saf1", "--desk", "B", "--now", "2009-03-19 09:30")
        XCTAssertEqual(again.status, 3, again.stdout + again.stderr)
        XCTAssertTrue(again.stdout.contains("ALREADY CHECKED IN"), again.stdout)
        XCTAssertTrue(again.stdout.contains("desk A"), again.stdout)
        XCTAssertTrue(again.stdout.contains("08:47"), again.stdout)

        let asa = try person("SAF-0001", in: try registrantsJSON())
        let checkIn = try XCTUnwrap(asa["checkIn"] as? [String: Any])
        XCTAssertEqual(checkIn["time"] as? String, "2009-03-19T08:47:00+01:00")
        XCTAssertEqual(checkIn["desk"] as? String, "A")
        XCTAssertEqual((asa["checkInHistory"] as? [Any])?.count, 1)
    }

    func testTheDeskNameComesFromTheEnvironment() throws {
        XCTAssertEqual(try register("Lars", "Ek"), "SAF-0001")
        let result = try onImpasses("check-in", "Lars", "Ek", "--now", "2009-03-19 09:05")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lars = try person("SAF-0001", in: try registrantsJSON())
        let checkIn = try XCTUnwrap(lars["checkIn"] as? [String: Any])
        XCTAssertEqual(checkIn["desk"] as? String, "env-desk")
        XCTAssertEqual(checkIn["time"] as? String, "2009-03-19T09:05:00+01:00")
    }

    func testAnAmbiguousQueryListsCandidatesAndChangesNothing() throws {
        XCTAssertEqual(try register("Anna", "Lindqvist", email: "anna@ki.se"), "SAF-0001")
        XCTAssertEqual(try register("Bo", "Lindqvist", email: "bo@sll.se"), "SAF-0002")
        let journal = data + "/impasses-2009/journal.jsonl"
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))

        let result = try onImpasses("check-in", "Lindqvist", "--desk", "A")
        XCTAssertEqual(result.status, 2, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("SAF-0001") && result.stdout.contains("SAF-0002"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Anna Lindqvist") && result.stdout.contains("Bo Lindqvist"), result.stdout)
        XCTAssertTrue(result.stdout.contains("nothing changed"), result.stdout)

        let list = try registrantsJSON()
        XCTAssertEqual(list.count, 2)
        for r in list { XCTAssertTrue(r["checkIn"] == nil || r["checkIn"] is NSNull, "\(r)") }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), before)

        // The full name picks one.
        let exact = try onImpasses("check-in", "bo", "lindqvist", "--desk", "A")
        XCTAssertEqual(exact.status, 0, exact.stdout + exact.stderr)
        XCTAssertTrue(exact.stdout.contains("SAF-0002"), exact.stdout)
    }

    func testNobodyMatchingFails() throws {
        let result = try onImpasses("check-in", "Nobody")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("Nobody"), result.stderr)
    }

    func testABadNowIsRefused() throws {
        let result = try onImpasses("check-in", "SAF-0001", "--now", "half past eight")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("half past eight"), result.stderr)
    }

    // MARK: receipt

    func testReceiptNumbersCountUpAndTheCodeMayBeTypedLoosely() throws {
        XCTAssertEqual(try register("Åsa", "Öberg"), "SAF-0001")
        let first = try onImpasses("receipt", "SAF-0001", "--now", "2009-03-19 08:47", "--lang", "en")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Receipt no. 1"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Åsa Öberg") && first.stdout.contains("2 000 kr") && first.stdout.contains("Lunch and coffee"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Issued 19 Mar 2009 08:47"), first.stdout)

        let second = try onImpasses("receipt", "saf1", "--desk", "B")
        XCTAssertEqual(second.status, 0, second.stderr)
        // Without --lang, in the event's own language: the Stockholm event's is Swedish.
        XCTAssertTrue(second.stdout.contains("Kvitto nr 2") && second.stdout.contains("Lunch och kaffebufféer"), second.stdout)
        XCTAssertFalse(second.stdout.contains("Kvitto nr 1"), second.stdout)
        let log = try String(contentsOfFile: data + "/impasses-2009/receipts.jsonl", encoding: .utf8)
        XCTAssertEqual(log.split(separator: "\n").count, 3, log)
    }

    func testReceiptAsHTMLToAFile() throws {
        XCTAssertEqual(try register("Åsa", "Öberg"), "SAF-0001")
        let path = home + "/receipt.html"
        let result = try onImpasses("receipt", "SAF-0001", "--format", "html", "--output", path, "--lang", "en")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "", "the receipt goes to the file, not to standard output")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), html)
        XCTAssertTrue(html.contains("Receipt no. 1") && html.contains("Åsa Öberg"), html)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        // A bare file name lands in the current folder.
        let bare = try onImpasses("receipt", "SAF-0001", "--output", "bare.txt")
        XCTAssertEqual(bare.status, 0, bare.stderr)
        XCTAssertTrue(try String(contentsOfFile: home + "/bare.txt", encoding: .utf8).contains("Kvitto nr 2"))
    }

    func testReceiptForAnUnknownCodeFailsWithOneLineReason() throws {
        XCTAssertEqual(try register("Åsa", "Öberg"), "SAF-0001")
        let result = try onImpasses("receipt", "SAF-0099")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("SAF-0099"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: data + "/impasses-2009/receipts.jsonl"), "no number was used")
    }

    // MARK: stats

    func testStatsShowsCountsAndMoney() throws {
        XCTAssertEqual(try register("Åsa", "Öberg", category: "student"), "SAF-0001")
        XCTAssertEqual(try register("Lars", "Ek", category: "standard"), "SAF-0002")
        XCTAssertEqual(try register("Eva", "Holm", category: "pensioner", now: "2009-03-02 12:00"), "SAF-0003")
        XCTAssertEqual(try onImpasses("check-in", "SAF-0002", "--desk", "A").status, 0)

        let result = try onImpasses("stats")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("registered 3"), result.stdout)
        XCTAssertTrue(result.stdout.contains("late 1"), result.stdout)
        XCTAssertTrue(result.stdout.contains("checked in 1 of 3"), result.stdout)
        XCTAssertTrue(result.stdout.contains("unpaid 3"), result.stdout)
        XCTAssertTrue(result.stdout.contains("expected 3 500 kr"), result.stdout)
        XCTAssertTrue(result.stdout.contains("outstanding 3 500 kr"), result.stdout)
        let student = try XCTUnwrap(result.stdoutLines.first { $0.hasPrefix("Full-time student") }, result.stdout)
        let cells = student.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        XCTAssertTrue(cells.contains("student 500 kr 400 kr 100 kr (25 %) 1 0"), cells)
        let standard = try XCTUnwrap(result.stdoutLines.first { $0.hasPrefix("Standard") }, result.stdout)
        XCTAssertTrue(standard.split(separator: " ").joined(separator: " ").contains("standard 2 000 kr 1 600 kr 400 kr (25 %) 1 1"), standard)
    }

    // MARK: validate

    func testValidateAcceptsAGoodDirectory() throws {
        XCTAssertEqual(try register("Åsa", "Öberg"), "SAF-0001")
        let result = try foyer("validate", data)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("impasses-2009: ok (11 programme items, 4 fee categories, 1 registrants)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("2 events checked: 0 errors"), result.stdout)
    }

    func testValidateNamesACorruptEventFile() throws {
        let path = data + "/impasses-2009/event.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text.removeLast(40)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let result = try foyer("validate", "--data", data)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains(path), result.stdout)
        XCTAssertTrue(result.stdout.contains("alliance-ruptures-2024: ok"), "the other event is still checked: \(result.stdout)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)

        let programme = try onImpasses("programme")
        XCTAssertNotEqual(programme.status, 0)
        XCTAssertTrue(programme.stderr.contains(path), programme.stderr)
    }

    // MARK: generate

    func testGenerateIsDeterministic() throws {
        let first = try onImpasses("generate", "--registrants", "40", "--seed", "4")
        XCTAssertEqual(first.status, 0, first.stderr)
        let a = try onImpasses("registrants", "--format", "json").stdout
        XCTAssertEqual(try onImpasses("generate", "--registrants", "40", "--seed", "4").status, 1, "refuses to replace without --replace")
        XCTAssertEqual(try onImpasses("generate", "--registrants", "40", "--seed", "4", "--replace").status, 0)
        XCTAssertEqual(try onImpasses("registrants", "--format", "json").stdout, a)
        XCTAssertEqual(try onImpasses("generate", "--registrants", "40", "--seed", "5", "--replace").status, 0)
        XCTAssertNotEqual(try onImpasses("registrants", "--format", "json").stdout, a)
        XCTAssertEqual(try registrantsJSON().count, 40)
        XCTAssertTrue(try onImpasses("stats").stdout.contains("registered"))
    }
}
