import Foundation
import XCTest
import FoyerCore

/// `foyer edit`, `foyer programme edit|delete` and `foyer register` when another desk got there first:
/// a field nobody else touched merges, the same field is refused with exit 4 naming the field and the
/// desk, `--force` overwrites, and a person registered already is refused with exit 5. A desk that read
/// before another desk saved is played by `--expect`: the value that desk read.
final class NoLostUpdateCLITests: XCTestCase {
    private static let eventID = "impasses-2009"
    private var home: String!
    private var data: String { home + "/data" }

    override func setUpWithError() throws {
        home = (FileManager.default.temporaryDirectory.path as NSString).appendingPathComponent("foyer-nolost-" + UUID().uuidString)
        let folder = data + "/" + Self.eventID
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data)
        try FileManager.default.copyItem(atPath: FoyerProcess.sampleData + "/" + Self.eventID + "/event.json", toPath: folder + "/event.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/event.json")
    }

    override func tearDownWithError() throws {
        if let home { try? FileManager.default.removeItem(atPath: home) }
    }

    /// `foyer COMMAND… --data … --event impasses-2009 --desk DESK`
    @discardableResult
    private func foyer(_ arguments: [String], desk: String, file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run(arguments + ["--data", data, "--event", Self.eventID, "--desk", desk], home: home, file: file, line: line)
    }

    private func open() throws -> EventStore { try DataDirectory(path: data).openEvent(Self.eventID, desk: "test") }

    private func lunch() throws -> ProgrammeItem? { try open().event.programmeItems.first { $0.id == "lunch" } }

    /// Registers Agnes Olsson (agnes@example.se, phone 0701) at desk A; returns her code.
    private func registerAgnes(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try foyer(["register", "--first", "Agnes", "--last", "Olsson", "--email", "agnes@example.se",
                                "--phone", "0701", "--category", "standard"], desk: "A", file: file, line: line)
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        return String(result.stdout.prefix { !$0.isWhitespace })
    }

    // MARK: foyer edit

    func testEditsOfDifferentFieldsAtTwoDesksBothStay() throws {
        let code = try registerAgnes()
        let b = try foyer(["edit", code, "--phone", "0702"], desk: "B")
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertEqual(b.stdout, "\(code)  saved: phone\n")
        // Desk A read Agnes before B saved: its email edit merges beside B's phone.
        let a = try foyer(["edit", code, "--email", "agnes.olsson@example.se", "--expect", "email=agnes@example.se"], desk: "A")
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, "\(code)  saved: email\n")
        let agnes = try XCTUnwrap(try open().registry[code])
        XCTAssertEqual(agnes.phone, "0702", "B's phone is kept")
        XCTAssertEqual(agnes.email, "agnes.olsson@example.se")
    }

    func testTheSameFieldAtTwoDesksExits4NamingTheFieldAndTheDesk() throws {
        let code = try registerAgnes()
        XCTAssertEqual(try foyer(["edit", code, "--phone", "0702"], desk: "B").status, 0)
        let a = try foyer(["edit", code, "--phone", "0703", "--email", "agnes.olsson@example.se", "--expect", "phone=0701"], desk: "A")
        XCTAssertEqual(a.status, 4, a.stdout + a.stderr)
        XCTAssertEqual(a.stdout, "")
        XCTAssertEqual(a.stderrLines.count, 1, a.stderr)
        XCTAssertTrue(a.stderr.hasPrefix("Not saved: \(code) Agnes Olsson"), a.stderr)
        XCTAssertTrue(a.stderr.contains("phone was changed at desk B") && a.stderr.contains("“0702”"), a.stderr)
        XCTAssertTrue(a.stderr.contains("--force"), a.stderr)
        let agnes = try XCTUnwrap(try open().registry[code])
        XCTAssertEqual(agnes.phone, "0702", "B's phone is not overwritten")
        XCTAssertEqual(agnes.email, "agnes@example.se", "nothing of a refused edit is saved")
    }

    func testForceOverwritesAnotherDesksChange() throws {
        let code = try registerAgnes()
        XCTAssertEqual(try foyer(["edit", code, "--phone", "0702"], desk: "B").status, 0)
        let a = try foyer(["edit", code, "--phone", "0703", "--expect", "phone=0701", "--force"], desk: "A")
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, "\(code)  saved: phone\n")
        XCTAssertEqual(try open().registry[code]?.phone, "0703")
    }

    func testExpectIsTheBaseAndAFieldNameMustBeKnown() throws {
        let code = try registerAgnes()
        XCTAssertEqual(try foyer(["edit", code, "--phone", "0702"], desk: "B").status, 0)
        // A desk that knows the latest value saves over it.
        let current = try foyer(["edit", code, "--phone", "0703", "--expect", "phone=0702"], desk: "A")
        XCTAssertEqual(current.status, 0, current.stderr)
        XCTAssertEqual(try open().registry[code]?.phone, "0703")
        // Without --expect the base is what the command read: the latest, so it saves.
        XCTAssertEqual(try foyer(["edit", code, "--phone", "0704"], desk: "A").status, 0)
        // Already so: nothing to write, nothing to fight over.
        let same = try foyer(["edit", code, "--phone", "0704", "--expect", "phone=0701"], desk: "A")
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertEqual(same.stdout, "\(code)  nothing to change\n")

        let unknown = try foyer(["edit", code, "--phone", "0705", "--expect", "telephone=0704"], desk: "A")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no field \"telephone\"") && unknown.stderr.contains("invoiceReference"), unknown.stderr)
        let unchanged = try foyer(["edit", code, "--phone", "0705", "--expect", "email=agnes@example.se"], desk: "A")
        XCTAssertEqual(unchanged.status, 1)
        XCTAssertTrue(unchanged.stderr.contains("does not change email"), unchanged.stderr)
        XCTAssertEqual(try open().registry[code]?.phone, "0704", "a refused command saves nothing")
        let nobody = try foyer(["edit", "SAF-0099", "--phone", "0705"], desk: "A")
        XCTAssertEqual(nobody.status, 1)
        XCTAssertTrue(nobody.stderr.contains("no registrant has the code SAF-0099"), nobody.stderr)
    }

    func testChangingTheCategoryBringsItsPrice() throws {
        let code = try registerAgnes()
        let result = try foyer(["edit", code, "--category", "pension", "--expect", "feeCategory=standard"], desk: "A")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(code)  saved: feeCategory, price\n")
        let agnes = try XCTUnwrap(try open().registry[code])
        XCTAssertEqual(agnes.feeCategoryID, "pensioner")
        XCTAssertEqual(agnes.price, .major(1000))
    }

    // MARK: foyer register

    func testRegisteringTwiceExits5WithTheFirstCode() throws {
        let code = try registerAgnes()
        // Another desk types her in again, with her email in capitals and another spelling of the name.
        let again = try foyer(["register", "--first", "Agnes", "--last", "Olson", "--email", "AGNES@example.se", "--category", "standard"], desk: "B")
        XCTAssertEqual(again.status, 5, again.stdout + again.stderr)
        XCTAssertEqual(again.stdout, "")
        XCTAssertTrue(again.stderr.hasPrefix("DUPLICATE: Agnes Olsson is already registered as \(code) (the same email, at desk A"), again.stderr)
        let byName = try foyer(["register", "--first", "agnes", "--last", "olsson", "--category", "student"], desk: "B")
        XCTAssertEqual(byName.status, 5, byName.stderr)
        XCTAssertTrue(byName.stderr.contains("as \(code) (the same name"), byName.stderr)
        XCTAssertEqual(try open().registry.count, 1)

        let allowed = try foyer(["register", "--first", "Agnes", "--last", "Olsson", "--category", "standard", "--allow-duplicate"], desk: "B")
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertTrue(allowed.stdout.hasPrefix("SAF-0002  Agnes Olsson"), allowed.stdout)
        XCTAssertEqual(try open().registry.count, 2)
    }

    // MARK: foyer programme edit | delete

    func testProgrammeEditOfTheSameFieldExits4AndOfAnotherMerges() throws {
        let b = try foyer(["programme", "edit", "lunch", "--room", "Aula"], desk: "B")
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertEqual(b.stdout, "lunch  saved: room\n")
        // Desk A read lunch without a room, before B saved.
        let a = try foyer(["programme", "edit", "lunch", "--room", "Hall B", "--expect", "room="], desk: "A")
        XCTAssertEqual(a.status, 4, a.stdout + a.stderr)
        XCTAssertTrue(a.stderr.hasPrefix("Not saved: “Lunch”"), a.stderr)
        XCTAssertTrue(a.stderr.contains("room was changed at desk B") && a.stderr.contains("“Aula”"), a.stderr)
        XCTAssertEqual(try lunch()?.room, "Aula")

        let title = try foyer(["programme", "edit", "lunch", "--title", "Lunch buffet", "--end", "13:45", "--expect", "title=Lunch",
                               "--expect", "end=13:30"], desk: "A")
        XCTAssertEqual(title.status, 0, title.stderr)
        XCTAssertEqual(title.stdout, "lunch  saved: end, title\n")
        XCTAssertEqual(try lunch()?.title, "Lunch buffet")
        XCTAssertEqual(try lunch()?.room, "Aula", "B's room is kept")
        XCTAssertEqual(try lunch()?.end?.timeText, "13:45")

        let forced = try foyer(["programme", "edit", "lunch", "--room", "Hall B", "--expect", "room=", "--force"], desk: "A")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try lunch()?.room, "Hall B")
        let history = try open().eventHistory()
        XCTAssertEqual(history.map(\.desk), ["B", "A", "A"], "one history line per saved edit, none for the refused one")
    }

    func testEditingADeletedItemExits4WasDeleted() throws {
        let deleted = try foyer(["programme", "delete", "lunch"], desk: "B")
        XCTAssertEqual(deleted.status, 0, deleted.stderr)
        XCTAssertEqual(deleted.stdout, "lunch  deleted “Lunch”\n")
        XCTAssertNil(try lunch())

        let edit = try foyer(["programme", "edit", "lunch", "--room", "Aula"], desk: "A")
        XCTAssertEqual(edit.status, 4, edit.stdout + edit.stderr)
        XCTAssertTrue(edit.stderr.hasPrefix("Not saved: the programme item “Lunch” was deleted at desk B"), edit.stderr)
        XCTAssertFalse(edit.stderr.contains("--force"), "forcing cannot bring a deleted item back: \(edit.stderr)")
        XCTAssertNil(try lunch(), "not brought back")

        let again = try foyer(["programme", "delete", "lunch"], desk: "A")
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.hasPrefix("lunch  deleted already at desk B"), again.stdout)
        let unknown = try foyer(["programme", "edit", "dinner", "--room", "Aula"], desk: "A")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no programme item \"dinner\"") && unknown.stderr.contains("coffee-morning (Coffee break)"), unknown.stderr)
        XCTAssertEqual(try open().eventHistory().count, 1, "only the delete was saved")
    }
}
