import Foundation
import XCTest

/// Issue 4's desk scenario in tmux: add Åsa Öberg as a full-time student, see her unpaid, edit her email,
/// cancel and restore her, quit, start again — and the journal holds exactly those changes.
final class RegistrantsEndToEndTests: XCTestCase {
    func testAsaOberg() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let command = "\(binary) --data \(dir.path) --desk E2E --now '2009-02-20 10:00'; echo \"EXIT=$?\""
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.type(command); try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("2")
        try tmux.waitFor("No registrations yet")

        try tmux.press("a")
        try tmux.waitFor("New registration")
        try tmux.type("Åsa"); try tmux.press("Tab")
        try tmux.type("Öberg"); try tmux.press("Tab")
        try tmux.type("asa@example.se")
        for _ in 0..<4 { try tmux.press("Tab") }
        try tmux.press("Space"); try tmux.press("Space") // Full-time student
        try tmux.waitFor("Full-time student · 500 kr")
        try tmux.press("C-s")
        try tmux.waitFor("Registered SAF-0001 Åsa Öberg")
        try tmux.waitUntil("Åsa in the list, 500 kr unpaid") { screen in
            screen.split(separator: "\n").contains { $0.contains("Öberg, Åsa") && $0.contains("500 kr") && $0.contains("unpaid") }
        }

        try tmux.press("e")
        try tmux.waitFor("Edit SAF-0001")
        try tmux.press("Tab"); try tmux.press("Tab"); try tmux.press("C-u")
        try tmux.type("asa.oberg@example.se")
        try tmux.press("C-s")
        try tmux.waitFor("Saved SAF-0001: email")

        try tmux.press("c")
        try tmux.waitFor("Cancel the registration of Åsa Öberg")
        try tmux.press("y")
        try tmux.waitFor("Cancelled SAF-0001")
        try tmux.waitUntil("shown as cancelled") { $0.split(separator: "\n").contains { $0.contains("Öberg, Åsa") && $0.contains("cancelled") } }
        try tmux.press("r")
        try tmux.waitFor("Restored SAF-0001")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")

        // Start again: everything is there.
        try tmux.type("clear; " + command); try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("2")
        try tmux.waitUntil("Åsa after restart") { $0.split(separator: "\n").contains { $0.contains("Öberg, Åsa") && $0.contains("unpaid") } }
        try tmux.press("Enter")
        try tmux.waitFor("asa.oberg@example.se")
        try tmux.press("NPage")
        try tmux.waitFor("History of changes")
        try tmux.waitFor("changed email → asa.oberg@example.se")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")

        // The journal holds exactly those four changes, made at this desk.
        let journal = try String(contentsOf: dir.appendingPathComponent("impasses-2009/journal.jsonl"), encoding: .utf8)
        let lines = journal.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        XCTAssertEqual(lines.count, 5, journal)
        let changes = lines.dropFirst().map { $0["change"] as! [String: Any] }
        XCTAssertEqual(changes.map { $0["type"] as! String }, ["register", "edit", "setStatus", "setStatus"])
        XCTAssertEqual((changes[0]["registrant"] as! [String: Any])["feeCategory"] as? String, "student")
        XCTAssertEqual((changes[0]["registrant"] as! [String: Any])["price"] as? Int, 50000)
        XCTAssertEqual(changes[1]["edit"] as? [String: String], ["email": "asa.oberg@example.se"])
        XCTAssertEqual(changes.dropFirst(2).map { $0["status"] as! String }, ["cancelled", "registered"])
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0["desk"] as? String == "E2E" })
    }
}
