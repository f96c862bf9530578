import Foundation
import XCTest
import FoyerCore

/// `foyer check-in --undo`, `foyer door-list` and `foyer compact`, run as processes.
final class DeskCommandTests: XCTestCase {
    private var harness: DeskHarness!

    override func setUpWithError() throws { harness = try DeskHarness() }
    override func tearDownWithError() throws { harness?.tearDown(); harness = nil }

    func testUndoACheckInWithAReasonFromAnotherDesk() throws {
        let codes = try harness.generate(10)
        let code = codes[0]
        XCTAssertEqual(try harness.foyer("check-in", [code, "--desk", "A", "--now", "2009-03-19 08:47"]).status, 0)

        let undo = try harness.foyer("check-in", ["--undo", code.lowercased(), "--reason", "wrong person", "--desk", "B", "--now", "2009-03-19 08:52"])
        XCTAssertEqual(undo.status, 0, undo.stderr)
        XCTAssertTrue(undo.stdout.hasPrefix("UNDONE  \(code)"), undo.stdout)
        XCTAssertTrue(undo.stdout.contains("check-in at 08:47 at desk A undone (wrong person)"), undo.stdout)
        let r = try XCTUnwrap(try harness.open().registry[code])
        XCTAssertNil(r.checkIn)
        XCTAssertEqual(r.checkInHistory.map(\.action), [.checkedIn, .undone])
        XCTAssertEqual(r.checkInHistory.last?.reason, "wrong person")
        XCTAssertEqual(r.checkInHistory.last?.desk, "B")

        // Not checked in (any more): one clear line, exit 1, nothing written.
        let journal = try String(contentsOfFile: harness.journalPath, encoding: .utf8)
        let again = try harness.foyer("check-in", ["--undo", code, "--reason", "again"])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stderrLines, ["Error: \(r.fullName) (\(code)) is not checked in; nothing to undo"])
        XCTAssertEqual(try String(contentsOfFile: harness.journalPath, encoding: .utf8), journal)

        // A reason is required; an unknown code is one line too.
        XCTAssertNotEqual(try harness.foyer("check-in", ["--undo", code]).status, 0)
        XCTAssertNotEqual(try harness.foyer("check-in", ["--undo", code, "--reason", "  "]).status, 0)
        let unknown = try harness.foyer("check-in", ["--undo", "SAF-9999", "--reason", "x"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderrLines, ["Error: no registrant has the code SAF-9999"])

        // Checked in again afterwards, through the same path.
        XCTAssertEqual(try harness.foyer("check-in", [code, "--desk", "C"]).status, 0)
        XCTAssertEqual(try harness.open().registry[code]?.checkInHistory.map(\.action), [.checkedIn, .undone, .checkedIn])
    }

    func testDoorListTextAndHTML() throws {
        _ = try harness.generate(40)
        let store = try harness.open()
        let first = try XCTUnwrap(store.registry.registrants.first { $0.status == .registered })
        XCTAssertEqual(try harness.foyer("check-in", [first.code, "--desk", "A", "--now", "2009-03-19 08:47"]).status, 0)
        let evil = try harness.foyer("register", ["--first", "Eve", "--last", "<b>Aaberg</b>", "--organisation", "A & B \"<i>\"", "--category", "standard"])
        XCTAssertEqual(evil.status, 0, evil.stderr)

        let text = try harness.foyer("door-list", ["--now", "2009-03-19 08:15"])
        XCTAssertEqual(text.status, 0, text.stderr)
        for line in text.stdoutLines { XCTAssertLessThanOrEqual(line.count, 80, line) }
        let registered = try harness.open().registry.registrants
        let rows = text.stdoutLines.filter { $0.hasPrefix("[") }
        XCTAssertEqual(rows.count, registered.filter { $0.status != .cancelled }.count)
        for r in registered where r.status == .cancelled { XCTAssertFalse(text.stdout.contains(r.code), "cancelled \(r.code) is listed") }
        XCTAssertTrue(rows.contains { $0.hasPrefix("[x] 08:47  \(first.code)") }, text.stdout)
        // In the event's order of names (the Stockholm event's is Swedish: Å, Ä, Ö after Z).
        let language = try harness.open().event.attendeeLanguage
        func key(_ name: String) -> String { Collation.key(name, language: language) }
        let sortedRegistered = registered.filter { $0.status == .registered }
            .sorted { [key($0.lastName), key($0.firstName), $0.code].lexicographicallyPrecedes([key($1.lastName), key($1.firstName), $1.code]) }
        let listed = rows.prefix(sortedRegistered.count).map { String($0.dropFirst(11).prefix { !$0.isWhitespace }) }
        XCTAssertEqual(listed, sortedRegistered.map(\.code), "alphabetical by last name in the event's order")

        let output = harness.home + "/door.html"
        let html = try harness.foyer("door-list", ["--format", "html", "--output", output])
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.isEmpty)
        let page = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.contains("&lt;b&gt;Aaberg&lt;/b&gt;, Eve"), page)
        XCTAssertTrue(page.contains("A &amp; B &quot;&lt;i&gt;&quot;"))
        XCTAssertFalse(page.contains("<b>") || page.contains("<i>"))
        let mode = (try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)
    }

    func testCompactFoldsTheJournalAndKeepsEverything() throws {
        let codes = try harness.generate(20)
        for code in codes.prefix(5) { XCTAssertEqual(try harness.foyer("check-in", [code, "--desk", "A"]).status, 0) }
        let before = try harness.open().registry
        let result = try harness.foyer("compact")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("compacted impasses-2009"), result.stdout)
        let journal = try String(contentsOfFile: harness.journalPath, encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 1, "only the header is left: \(journal)")
        let after = try harness.open()
        XCTAssertEqual(after.registry, before)
        XCTAssertTrue(after.warningPhrases.map(\.en).isEmpty, "\(after.warningPhrases.map(\.en))")
        XCTAssertEqual(try harness.foyer("validate").status, 0)
    }
}
