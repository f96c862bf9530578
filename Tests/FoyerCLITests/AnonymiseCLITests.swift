import Foundation
import XCTest

/// `foyer anonymise`: refused before the event is over, nothing written without the typed event id,
/// and afterwards no file of the event folder names anyone.
final class AnonymiseCLITests: XCTestCase {
    private var home: String!
    private var data: String { home + "/data" }
    private var folder: String { data + "/impasses-2009" }
    /// Names nobody else in the sample data has, so any hit is a registrant's.
    private let names = ["Quortle", "Zebediah", "Xanthippe", "Vrooman", "quortle@example.org", "Fjällräven Klinik", "Birch pollen"]

    override func setUpWithError() throws {
        home = try FoyerProcess.homeWithStockholmEvent("foyer-anon-")
    }

    override func tearDownWithError() throws {
        if let home { try? FileManager.default.removeItem(atPath: home) }
    }

    @discardableResult
    private func foyer(_ arguments: [String], now: String, input: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run(arguments + ["--data", data, "--event", "impasses-2009", "--now", now], home: home, input: input, file: file, line: line)
    }

    /// Two people with every field filled, one checked in, checked out with a reason and in again, one
    /// receipt, a compaction (the search index cache), more journal lines after it, a receipts folder
    /// and a torn journal tail: every place a name can be.
    private func fill() throws {
        var r = try foyer(["register", "--first", "Zebediah", "--last", "Quortle", "--category", "standard", "--email", "quortle@example.org",
                           "--phone", "+46 70 999 99 99", "--organisation", "Fjällräven Klinik", "--role", "Psychologist",
                           "--dietary", "Birch pollen", "--invoice-address", "Quortle AB, Box 9", "--invoice-reference", "Zebediah Q.",
                           "--notes", "Friend of Xanthippe"], now: "2009-02-01 10:00")
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try foyer(["compact"], now: "2009-02-02 10:00")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/registrants.index"), "compact builds the index cache")
        r = try foyer(["register", "--first", "Xanthippe", "--last", "Vrooman", "--category", "standard"], now: "2009-02-03 10:00")
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try foyer(["check-in", "Quortle"], now: "2009-03-19 08:40")
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try foyer(["check-in", "--undo", "SAF-0001", "--reason", "That was Vrooman, not Quortle"], now: "2009-03-19 08:41")
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try foyer(["check-in", "Quortle"], now: "2009-03-19 08:45")
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try foyer(["receipt", "SAF-0001"], now: "2009-03-19 09:00")
        XCTAssertEqual(r.status, 0, r.stderr)
        try FileManager.default.createDirectory(atPath: folder + "/receipts", withIntermediateDirectories: true)
        try Data("Receipt for Zebediah Quortle".utf8).write(to: URL(fileURLWithPath: folder + "/receipts/receipt-1.txt"))
        try Data("{\"seq\":9,\"first\":\"Zebediah Quortle".utf8).write(to: URL(fileURLWithPath: folder + "/journal.jsonl.torn-1237450000-42"))
        // Made by hand with the modes foyer gives what it writes (personal data: folders 0700, files 0600).
        chmod(folder + "/receipts", 0o700); chmod(folder + "/receipts/receipt-1.txt", 0o600); chmod(folder + "/journal.jsonl.torn-1237450000-42", 0o600)
        XCTAssertFalse(filesNaming().isEmpty, "the setup put names in the folder")
    }

    /// Every file in the event folder (recursively) that contains one of the names.
    private func filesNaming() -> [String] {
        let grep = Process()
        grep.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        grep.arguments = ["grep", "-r", "-l", "-a", "-i", "-F"] + names.flatMap { ["-e", $0] } + [folder]
        let pipe = Pipe()
        grep.standardOutput = pipe
        try? grep.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        grep.waitUntilExit()
        return String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Every file's name and content, to see that nothing was written.
    private func folderContents() throws -> [String: Data] {
        var contents: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            contents[name] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return contents
    }

    func testRefusedBeforeTheEventIsOver() throws {
        try fill()
        let before = try folderContents()
        for now in ["2009-03-01 12:00", "2009-03-18 23:59"] {
            let r = try foyer(["anonymise", "--confirm", "impasses-2009"], now: now, input: "impasses-2009\n")
            XCTAssertNotEqual(r.status, 0, r.stdout)
            XCTAssertTrue(r.stderr.contains("not over yet"), r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        }
        XCTAssertEqual(try folderContents(), before)
    }

    func testAWrongTypedConfirmationWritesNothing() throws {
        try fill()
        let before = try folderContents()
        for typed in ["impasses\n", "IMPASSES-2009\n", "yes\n", "", "\n", "impasses-2009x\n"] {
            let r = try foyer(["anonymise"], now: "2009-03-20 10:00", input: typed)
            XCTAssertEqual(r.status, 1, "typed \(typed.debugDescription): \(r.stdout) \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("Resolving Therapeutic Impasses"), r.stdout)
            XCTAssertTrue(r.stdout.contains("19 March 2009"), r.stdout)
            XCTAssertTrue(r.stdout.contains("2 registrants"), r.stdout)
            XCTAssertTrue(r.stdout.contains("cannot be undone"), r.stdout)
            XCTAssertTrue(r.stderr.contains("nothing changed"), r.stderr)
        }
        let wrong = try foyer(["anonymise", "--confirm", "alliance-ruptures-2024"], now: "2009-03-20 10:00")
        XCTAssertEqual(wrong.status, 1, wrong.stderr)
        XCTAssertTrue(wrong.stderr.contains("nothing changed"), wrong.stderr)
        XCTAssertEqual(try folderContents(), before)
    }

    func testTheTypedEventIDAnonymisesAndNoFileNamesAnyoneAfter() throws {
        try fill()
        let statsBefore = try foyer(["stats"], now: "2009-03-20 10:00")
        XCTAssertEqual(statsBefore.status, 0, statsBefore.stderr)

        let r = try foyer(["anonymise"], now: "2009-03-20 10:00", input: "impasses-2009\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("anonymised impasses-2009: 2 registrants"), r.stdout)

        XCTAssertEqual(filesNaming(), [], "names are left in the event folder")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        for gone in ["receipts", "receipts.jsonl", "registrants.index", "journal.jsonl.torn-1237450000-42"] {
            XCTAssertFalse(left.contains(gone), "\(gone) is still there")
        }

        // The accounts are as they were; the people are placeholders with their codes.
        let statsAfter = try foyer(["stats"], now: "2009-03-20 10:00")
        XCTAssertEqual(statsAfter.stdout, statsBefore.stdout)
        let list = try foyer(["registrants", "--format", "json"], now: "2009-03-20 10:00")
        XCTAssertEqual(list.status, 0, list.stderr)
        let people = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(people.compactMap { $0["code"] as? String }.sorted(), ["SAF-0001", "SAF-0002"])
        XCTAssertEqual(Set(people.compactMap { $0["firstName"] as? String }), ["Anonymous"])
        XCTAssertTrue(people.allSatisfy { ($0["lastName"] as? String) == ($0["code"] as? String) }, list.stdout)

        // --confirm with the right id works for scripts, and a second run changes nothing more.
        let again = try foyer(["anonymise", "--confirm", "impasses-2009"], now: "2009-03-21 10:00")
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try foyer(["stats"], now: "2009-03-20 10:00").stdout, statsBefore.stdout)
    }
}
