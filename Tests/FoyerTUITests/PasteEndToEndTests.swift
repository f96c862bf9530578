import Foundation
import XCTest

/// Bracketed paste in a real terminal (tmux's paste-buffer -p): several lines pasted into a description
/// stay lines, and a code pasted at the door with its line break searches but checks nobody in.
final class PasteEndToEndTests: XCTestCase {
    func testPastedLinesAreTextNotKeys() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Tmux.run([binary, "generate", "--data", dir.path, "--event", "impasses-2009", "--registrants", "20", "--seed", "4"])
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        try EndToEnd.startDesk("P", in: tmux, binary: binary, data: dir)
        try tmux.press("E")
        try tmux.waitFor("Event details: impasses-2009")
        for _ in 0..<18 { try tmux.press("Tab") }
        try tmux.waitFor("English; Enter starts a new line")
        try tmux.press("C-u")
        _ = try tmux.tmux(["set-buffer", "Pasted first line\nPasted second line"])
        _ = try tmux.tmux(["paste-buffer", "-p", "-t", "e2e"])
        try tmux.waitFor("2 lines")
        try tmux.press("C-s")
        try tmux.waitFor("Saved: the event's details (description)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("impasses-2009/event.json"))) as! [String: Any]
        let description = ((json["event"] as! [String: Any])["description"] as! [String: String])["en"]
        XCTAssertEqual(description, "Pasted first line\nPasted second line")

        // At the door: a pasted code with its line break finds the person, and only Enter checks in.
        let people = try JSONSerialization.jsonObject(with: Data(try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "impasses-2009", "--format", "json"]).utf8)) as! [[String: Any]]
        let someone = people.first { $0["status"] as? String == "registered" && $0["checkIn"] == nil }!
        let code = someone["code"] as! String
        try tmux.press("4")
        try tmux.waitFor("Type a few letters")
        _ = try tmux.tmux(["set-buffer", code + "\n"])
        _ = try tmux.tmux(["paste-buffer", "-p", "-t", "e2e"])
        try tmux.waitFor("\(someone["lastName"]!)")
        Thread.sleep(forTimeInterval: 0.5)
        let screen = try tmux.screen()
        XCTAssertFalse(screen.contains("CHECKED IN"), screen)
        try tmux.press("C-c"); try tmux.waitFor("EXIT=0")
    }
}
