import Foundation
import XCTest
import FoyerCore

/// What attendees read comes in the event's language unless `--lang` says otherwise, and a Swedish
/// event's CSV opens as it is in Swedish Excel unless `--excel en` says otherwise.
final class DocumentLanguageCLITests: XCTestCase {
    private var home: String!
    private var data: String { home + "/data" }

    override func setUpWithError() throws {
        home = try FoyerProcess.homeWithStockholmEvent("foyer-cli-")
        for (first, last) in [("Åsa", "Öberg"), ("Erik", "Zetterberg"), ("Anna", "Åberg")] {
            let r = try run("register", "--first", first, "--last", last, "--category", "standard", "--organisation", "Södermalm; Vård", "--now", "2009-02-26 14:03")
            XCTAssertEqual(r.status, 0, r.stderr)
        }
    }

    override func tearDownWithError() throws {
        if let home { try? FileManager.default.removeItem(atPath: home) }
    }

    /// `foyer <arguments…> --data <temp> --event impasses-2009`
    private func run(_ arguments: String...) throws -> RunResult {
        try FoyerProcess.run(arguments + ["--data", data, "--event", "impasses-2009"], home: home)
    }

    func testDoorListInTheEventsLanguageOrAsAsked() throws {
        let swedish = try run("door-list", "--now", "2009-03-19 08:15")
        XCTAssertEqual(swedish.status, 0, swedish.stderr)
        XCTAssertTrue(swedish.stdout.contains("torsdag 19 mars 2009") && swedish.stdout.contains("Dörrlista"), swedish.stdout)
        let names = swedish.stdoutLines.filter { $0.hasPrefix("[") }.map { $0.contains("Zetterberg") ? "Z" : $0.contains("Åberg") ? "Å" : "Ö" }
        XCTAssertEqual(names, ["Z", "Å", "Ö"], "Swedish order: Å, Ä, Ö after Z")
        let english = try run("door-list", "--now", "2009-03-19 08:15", "--lang", "en")
        XCTAssertTrue(english.stdout.contains("Thursday 19 March 2009") && english.stdout.contains("Door list"), english.stdout)
    }

    func testRegistrantsCSVForSwedishExcel() throws {
        let swedish = try run("export", "registrants")
        XCTAssertEqual(swedish.status, 0, swedish.stderr)
        XCTAssertTrue(swedish.stdout.hasPrefix("\u{FEFF}code;firstName;lastName;"), String(swedish.stdout.prefix(80)))
        XCTAssertTrue(swedish.stdout.contains(";\"Södermalm; Vård\";"), swedish.stdout)
        XCTAssertTrue(swedish.stdout.contains(";2000,00;") && swedish.stdout.contains(";2009-02-26 14:03;"), swedish.stdout)
        let standard = try run("export", "registrants", "--excel", "en")
        XCTAssertTrue(standard.stdout.hasPrefix("code,firstName,lastName,"), String(standard.stdout.prefix(80)))
        XCTAssertTrue(standard.stdout.contains(",2000.00,"), standard.stdout)
        let wrong = try run("export", "registrants", "--excel", "fr")
        XCTAssertNotEqual(wrong.status, 0)
    }

    func testProgrammeAndBadgesInTheEventsLanguage() throws {
        XCTAssertTrue(try run("export", "programme", "--format", "markdown").stdout.contains("| Tid | Program |"))
        XCTAssertTrue(try run("export", "programme", "--format", "markdown", "--lang", "en").stdout.contains("| Time | Programme |"))
        XCTAssertTrue(try run("export", "badges").stdout.contains("<html lang=\"sv\">"))
        let receipt = try run("receipt", "SAF-0001")
        XCTAssertTrue(receipt.stdout.contains("Kvitto nr 1"), receipt.stdout + receipt.stderr)
    }
}
