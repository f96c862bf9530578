import Foundation
import XCTest

/// The command line in Swedish: chosen by `--lang sv`, by a Swedish locale (`LANG=sv_SE.UTF-8`), and
/// overridden by `FOYER_LANG`; the exit statuses are the same in both languages.
final class LanguageCLITests: XCTestCase {
    private var home: String!
    private var data: String { home + "/data" }

    override func setUpWithError() throws {
        home = try FoyerProcess.homeWithStockholmEvent("foyer-lang-")
    }

    override func tearDownWithError() throws {
        if let home { try? FileManager.default.removeItem(atPath: home) }
    }

    /// `foyer <command> --data <temp> --event impasses-2009 …` with `environment` added.
    private func onImpasses(_ command: String, _ arguments: [String] = [], environment: [String: String] = [:],
                            file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run([command, "--data", data, "--event", "impasses-2009"] + arguments, home: home, environment: environment, file: file, line: line)
    }

    private func register(_ first: String, _ last: String, category: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try onImpasses("register", ["--first", first, "--last", last, "--category", category, "--now", "2009-02-01 10:00"], file: file, line: line)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
    }

    func testCheckInStatsAndRegistrantsInSwedishWithLang() throws {
        try register("Åsa", "Öberg", category: "student")
        try register("Lars", "Ek", category: "standard")

        let checkIn = try onImpasses("check-in", ["SAF-0001", "--desk", "A", "--now", "2009-03-19 08:47", "--lang", "sv"])
        XCTAssertEqual(checkIn.status, 0, checkIn.stderr)
        XCTAssertTrue(checkIn.stdout.hasPrefix("INCHECKAD   SAF-0001  Åsa Öberg, Heltidsstuderande"), checkIn.stdout)
        XCTAssertTrue(checkIn.stdout.contains("OBETALD     500 kr att betala"), checkIn.stdout)

        let again = try onImpasses("check-in", ["saf1", "--desk", "B", "--lang=sv"])
        XCTAssertEqual(again.status, 3, again.stdout + again.stderr)
        XCTAssertTrue(again.stdout.contains("REDAN INCHECKAD  SAF-0001  Åsa Öberg kl. 08:47 vid disk A"), again.stdout)

        let stats = try onImpasses("stats", ["--lang", "sv"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertTrue(stats.stdout.contains("torsdag 19 mars 2009"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("anmälda 2 · väntelista 0 · avbokade 0"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("incheckade 1 av 2 · obetalda 2"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("förväntat 2 500 kr"), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("KATEGORI") && stats.stdout.contains("MOMS") && stats.stdout.contains("INCHECKADE"), stats.stdout)
        XCTAssertTrue(stats.stdoutLines.contains { $0.hasPrefix("Ordinarie") }, stats.stdout)
        XCTAssertFalse(stats.stdout.contains("registered"), stats.stdout)

        let list = try onImpasses("registrants", ["--lang", "sv"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdoutLines.first?.hasPrefix("KOD ") == true, list.stdout)
        XCTAssertTrue(list.stdout.contains("ATT BETALA") && list.stdout.contains("anmäld"), list.stdout)
        XCTAssertTrue(list.stdout.contains("2 av 2 deltagare"), list.stdout)
        // Data stays data: the JSON's field names and values are the same in both languages.
        let json = try onImpasses("registrants", ["--format", "json", "--lang", "sv"])
        XCTAssertTrue(json.stdout.contains("\"status\" : \"registered\"") || json.stdout.contains("\"status\":\"registered\""), json.stdout)
    }

    func testTheLocaleChoosesSwedishAndFoyerLangOverridesIt() throws {
        try register("Åsa", "Öberg", category: "standard")
        let swedish = ["LANG": "sv_SE.UTF-8"]
        let checkIn = try onImpasses("check-in", ["Åsa", "--desk", "A", "--now", "2009-03-19 09:00"], environment: swedish)
        XCTAssertEqual(checkIn.status, 0, checkIn.stderr)
        XCTAssertTrue(checkIn.stdout.hasPrefix("INCHECKAD"), checkIn.stdout)

        let english = try onImpasses("check-in", ["Åsa", "--desk", "B"], environment: swedish.merging(["FOYER_LANG": "en"]) { $1 })
        XCTAssertEqual(english.status, 3, english.stdout + english.stderr)
        XCTAssertTrue(english.stdout.hasPrefix("ALREADY CHECKED IN"), english.stdout)
        XCTAssertTrue(english.stdout.contains("at 09:00 at desk A"), english.stdout)

        let flag = try onImpasses("stats", ["--lang", "en"], environment: swedish)
        XCTAssertTrue(flag.stdout.contains("registered 1"), flag.stdout)
    }

    func testErrorsAreSwedishWithTheSameExitStatus() throws {
        let nobody = try onImpasses("check-in", ["Ingen", "Alls", "--lang", "sv"])
        XCTAssertEqual(nobody.status, 1)
        XCTAssertEqual(nobody.stderrLines, ["Fel: ingen hittades för \"Ingen Alls\""])

        let category = try onImpasses("register", ["--first", "Eva", "--last", "Holm", "--category", "vip"], environment: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(category.status, 1)
        XCTAssertTrue(category.stderr.hasPrefix("Fel: ingen avgiftskategori \"vip\"; välj en av: standard (Ordinarie, 2 000 kr)"), category.stderr)

        let badNow = try onImpasses("stats", ["--now", "halv nio", "--lang", "sv"])
        XCTAssertEqual(badNow.status, 1)
        XCTAssertTrue(badNow.stderr.contains("är ingen tid"), badNow.stderr)

        // The same mistakes in English, as before.
        let english = try onImpasses("check-in", ["Ingen", "Alls"])
        XCTAssertEqual(english.stderrLines, ["Error: nobody matches \"Ingen Alls\""])
    }

    func testHelpIsSwedish() throws {
        let help = try FoyerProcess.run(["check-in", "--help"], home: home, environment: ["LANG": "sv_SE.UTF-8"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("Checka in en person med kod eller namn"), help.stdout)
        XCTAssertTrue(help.stdout.contains("Datakatalogen"), help.stdout)
        XCTAssertTrue(help.stdout.contains("Språket att tala"), help.stdout)
        let top = try FoyerProcess.run(["--help"], home: home, environment: ["FOYER_LANG": "sv"])
        XCTAssertTrue(top.stdout.contains("Sköt en workshop eller konferens"), top.stdout)
        XCTAssertTrue(top.stdout.contains("ÖVERSIKT:") && top.stdout.contains("Visa hjälpen."), top.stdout)
    }

    /// The argument parser's own mistakes, in the parser's words put in Swedish, with its status (64).
    func testMistakesInTheArgumentsAreSwedish() throws {
        let missing = try FoyerProcess.run(["register", "--lang", "sv"], home: home)
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.stderrLines.first, "Fel: Argument saknas: '--first <förnamn>'", missing.stderr)
        XCTAssertTrue(missing.stderr.contains("Se 'foyer register --help' för mer information."), missing.stderr)
        let english = try FoyerProcess.run(["register"], home: home)
        XCTAssertEqual(english.status, 64)
        XCTAssertEqual(english.stderrLines.first, "Error: Missing expected argument '--first <first>'", english.stderr)
    }
}
