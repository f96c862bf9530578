import Foundation
import XCTest

/// Issue 7 from the panes: a programme from flyer text in the agenda, registrations from CSV in the
/// registrants pane — each previewed first, written only on y.
final class ImportEndToEndTests: XCTestCase {
    func testImportsFromThePanes() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let flyer = dir.appendingPathComponent("flyer.txt")
        try "Spring day\n9.00-10.00 Welcome\n-Who is here\n10.00-10.30 Coffee\n10.30-12.00 Workshop\n".write(to: flyer, atomically: true, encoding: .utf8)
        let csv = dir.appendingPathComponent("pretix.csv")
        try "Attendee name;E-mail;Product;Paid\nÅsa Öberg;asa@example.se;Full-time student;yes\nLars Ek;lars@example.se;Standard;no\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let eventFile = dir.appendingPathComponent("impasses-2009/event.json")
        let before = try Data(contentsOf: eventFile)
        let tmux = try Tmux(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.type("\(binary) --data \(dir.path) --event impasses-2009 --desk E2E; echo \"EXIT=$?\""); try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")

        try tmux.press("I"); try tmux.waitFor("Import a programme")
        try tmux.type(flyer.path); try tmux.press("Enter")
        try tmux.waitFor("Read 3 programme items")
        try tmux.waitFor("skipped: line 1")
        XCTAssertEqual(try Data(contentsOf: eventFile), before, "a preview writes nothing")
        try tmux.press("y")
        try tmux.waitFor("Saved: imported the programme")
        try tmux.waitFor("10:30–12:00  Workshop")
        XCTAssertTrue(try String(contentsOf: eventFile, encoding: .utf8).contains("Workshop"))

        try tmux.press("2"); try tmux.press("I"); try tmux.waitFor("Import registrations")
        try tmux.type(csv.path); try tmux.press("Enter")
        try tmux.waitFor("2 to add, 0 to update, 0 rejected")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("impasses-2009/journal.jsonl").path), "a dry run writes nothing")
        try tmux.press("y")
        try tmux.waitFor("2 added, 0 updated")
        try tmux.waitFor("Öberg, Åsa")
        try tmux.press("q"); try tmux.waitFor("EXIT=0")
        let journal = try String(contentsOf: dir.appendingPathComponent("impasses-2009/journal.jsonl"), encoding: .utf8)
        XCTAssertEqual(journal.components(separatedBy: "\"type\":\"register\"").count - 1, 2)
        XCTAssertEqual(journal.components(separatedBy: "\"type\":\"recordPayment\"").count - 1, 1)
    }
}
