import Foundation
import XCTest

/// The no-lost-update issue in tmux: two desks open the same person's form, both save; the second sees
/// the conflict with the first desk's name, chooses, and the journal then holds what both desks meant.
final class ConflictEndToEndTests: XCTestCase {
    func testTwoDesksSaveTheSamePersonsForm() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Tmux.run([binary, "generate", "--data", dir.path, "--event", "impasses-2009", "--registrants", "40", "--seed", "4"])
        let a = try Tmux(width: 80, height: 24), b = try Tmux(width: 100, height: 30)
        defer { a.kill(); b.kill() }
        for (tmux, desk) in [(a, "A"), (b, "B")] {
            try EndToEnd.startDesk(desk, in: tmux, binary: binary, data: dir)
            try tmux.press("2")
            try tmux.waitFor("40 of 40 shown")
            try tmux.press("e")
            try tmux.waitFor("Edit SAF-")
        }
        let title = try a.screen().split(separator: "\n").first { $0.contains("Edit SAF-") }!
        let code = String(title[title.range(of: "SAF-")!.lowerBound...].prefix(8))
        XCTAssertTrue(try b.screen().contains("Edit \(code)"), "both desks have the same person's form open")
        // Desk A: a new phone and organisation, saved.
        for key in ["Tab", "Tab", "Tab", "C-u"] { try a.press(key) }
        try a.type("070-111 11 11")
        try a.press("Tab"); try a.press("C-u"); try a.type("Region Stockholm")
        try a.press("C-s")
        try a.waitFor("Saved \(code): phone, organisation")
        // Desk B, whose form opened before A's save: a phone of its own and a role.
        for key in ["Tab", "Tab", "Tab", "C-u"] { try b.press(key) }
        try b.type("070-222 22 22")
        try b.press("Tab"); try b.press("Tab"); try b.press("C-u"); try b.type("Psychologist")
        try b.press("C-s")
        try b.waitFor("Another desk changed this too")
        try b.waitFor("theirs: 070-111 11 11 (desk A at")
        try b.waitFor("mine: 070-222 22 22")
        XCTAssertFalse(try b.screen().contains("Saved \(code)"), "nothing saved before B chooses")
        // B keeps its own phone; the save goes through with A's organisation merged in.
        try b.press("m"); try b.press("Enter")
        try b.waitFor("Saved \(code): phone, role")
        for tmux in [a, b] { try tmux.press("q"); try tmux.waitFor("EXIT=0") }

        let journal = try String(contentsOf: dir.appendingPathComponent("impasses-2009/journal.jsonl"), encoding: .utf8)
        let edits = journal.split(separator: "\n").compactMap { line -> [String: Any]? in
            guard let entry = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let change = entry["change"] as? [String: Any], change["type"] as? String == "edit", change["code"] as? String == code else { return nil }
            return entry
        }
        XCTAssertEqual(edits.map { $0["desk"] as? String }, ["A", "B"])
        XCTAssertEqual(((edits.first?["change"] as? [String: Any])?["edit"] as? [String: String]), ["phone": "070-111 11 11", "organisation": "Region Stockholm"])
        XCTAssertEqual(((edits.last?["change"] as? [String: Any])?["edit"] as? [String: String]), ["phone": "070-222 22 22", "role": "Psychologist"])
        let json = try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "impasses-2009", "--format", "json"])
        let person = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]).first { $0["code"] as? String == code }!
        XCTAssertEqual(person["phone"] as? String, "070-222 22 22", "B's choice")
        XCTAssertEqual(person["organisation"] as? String, "Region Stockholm", "A's edit kept")
        XCTAssertEqual(person["role"] as? String, "Psychologist")
    }
}
