import Foundation
import XCTest

/// `foyer import registrations` as a script runs it: a row whose category cannot be told is imported with
/// it to choose (and `foyer validate` warns, not fails); `--category NAME=ID` still decides it.
final class RegistrationImportCLITests: XCTestCase {
    private var home: String!
    private var data: String { home + "/data" }

    override func setUpWithError() throws {
        home = try FoyerProcess.homeWithStockholmEvent("foyer-import-cli-")
    }

    override func tearDownWithError() throws {
        if let home { try? FileManager.default.removeItem(atPath: home) }
    }

    private func foyer(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run(Array(arguments) + ["--data", data, "--event", "impasses-2009"], home: home, file: file, line: line)
    }

    func testACategoryToChooseIsImportedAndTheMapStillDecides() throws {
        let csv = home + "/pretix.csv"
        try ("Order code,Attendee name,E-mail,Product,Price,Paid\n"
            + "A1,Åsa Öberg,asa@example.se,Early bird,1000.00,Yes\n"
            + "A2,Lars Ek,lars@example.se,Early bird,1000.00,No\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let dry = try foyer("import", "registrations", csv)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("line 2: add     Åsa Öberg <asa@example.se>, category to choose (“Early bird”, 1 000 kr: Psychotherapy student or Pensioner), paid 1 000 kr"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("2 to add, 0 to update, 0 rejected, 2 with the category to choose"), dry.stdout)

        let mapped = try foyer("import", "registrations", csv, "--category", "Early bird=pensioner")
        XCTAssertTrue(mapped.stdout.contains("line 2: add     Åsa Öberg <asa@example.se>, Pensioner, paid 1 000 kr"), mapped.stdout)
        XCTAssertTrue(mapped.stdout.contains("2 to add, 0 to update, 0 rejected (delimiter"), mapped.stdout)
        let wrong = try foyer("import", "registrations", csv, "--category", "Early bird=nosuch")
        XCTAssertNotEqual(wrong.status, 0)
        XCTAssertTrue(wrong.stderr.contains("write NAME=ID with one of: standard, student, psychotherapy-student, pensioner"), wrong.stderr)

        let yes = try foyer("import", "registrations", csv, "--yes")
        XCTAssertEqual(yes.status, 0, yes.stderr)
        XCTAssertTrue(yes.stdout.contains("Added 2, updated 0."), yes.stdout)
        let list = try foyer("registrants")
        XCTAssertTrue(list.stdout.contains("category to choose"), list.stdout)
        let check = try FoyerProcess.run(["validate", data], home: home)
        XCTAssertEqual(check.status, 0, "a category to choose is a warning, not an error\n" + check.stdout)
        XCTAssertTrue(check.stdout.contains("warning: SAF-0001: feeCategory: category to choose, at 1 000 kr as imported"), check.stdout)
    }
}
