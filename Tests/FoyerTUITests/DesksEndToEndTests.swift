import Foundation
import XCTest

/// Issue 6 in tmux: two foyer windows on one data directory. A check-in at one appears at the other
/// within a second, without a key; both try the same person and exactly one gets ALREADY IN.
final class DesksEndToEndTests: XCTestCase {
    /// Registered people in a category that needs no ID, with nothing left to pay: a check-in takes one Enter.
    static func settledPeople(binary: String, dir: URL, count: Int) throws -> [(code: String, name: String)] {
        let json = try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "impasses-2009", "--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        return list.filter { r in
            let paid = (r["payments"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "payment" }.compactMap { $0["amount"] as? Int }.reduce(0, +)
            // A category that needs no ID: the ID question has tests of its own.
            return r["status"] as? String == "registered" && r["feeCategory"] as? String == "standard" && paid >= (r["price"] as? Int ?? 0)
        }.prefix(count).map { ($0["code"] as! String, "\($0["firstName"]!) \($0["lastName"]!)") }
    }

    func testTwoDesks() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Tmux.run([binary, "generate", "--data", dir.path, "--event", "impasses-2009", "--registrants", "40", "--seed", "4"])
        let people = try Self.settledPeople(binary: binary, dir: dir, count: 2)
        XCTAssertEqual(people.count, 2)
        let a = try Tmux(width: 80, height: 24), b = try Tmux(width: 80, height: 24)
        defer { a.kill(); b.kill() }
        for (tmux, desk) in [(a, "A"), (b, "B")] {
            try EndToEnd.startDesk(desk, in: tmux, binary: binary, data: dir)
            try tmux.press("4")
            try tmux.waitFor("Type a few letters")
        }
        // Desk A checks the first person in; desk B sees it without a key press, within a second.
        try a.type(people[0].code); try a.press("Enter")
        try a.waitFor("CHECKED IN  \(people[0].name)")
        let seen = Date()
        try b.waitFor(people[0].name + " · desk A")
        XCTAssertLessThan(Date().timeIntervalSince(seen), 1.5, "the other desk saw it within a second (plus the test's polling)")
        try b.waitFor("Arrived 1 of")
        // Desk B tries the same person: ALREADY IN, with desk A's name.
        try b.type(people[0].code); try b.press("Enter")
        try b.waitFor("ALREADY IN  \(people[0].name)")
        try b.waitFor("at desk A")
        // Both try the second person at the same moment: exactly one succeeds.
        try a.type(people[1].code); try b.type(people[1].code)
        try a.press("Enter"); try b.press("Enter")
        try a.waitUntil("desk A answered") { $0.contains("CHECKED IN  \(people[1].name)") || $0.contains("ALREADY IN  \(people[1].name)") }
        try b.waitUntil("desk B answered") { $0.contains("CHECKED IN  \(people[1].name)") || $0.contains("ALREADY IN  \(people[1].name)") }
        let answers = [try a.screen(), try b.screen()]
        XCTAssertEqual(answers.filter { $0.contains("ALREADY IN  \(people[1].name)") }.count, 1, answers.joined(separator: "\n----\n"))
        XCTAssertEqual(answers.filter { $0.contains("CHECKED IN  \(people[1].name)") }.count, 1)
        for tmux in [a, b] { try tmux.press("C-c"); try tmux.waitFor("EXIT=0") }
        let json = try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "impasses-2009", "--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        for person in people {
            let r = list.first { $0["code"] as? String == person.code }!
            XCTAssertEqual((r["checkInHistory"] as? [[String: Any]])?.count, 1, "\(person.code) checked in exactly once")
        }
    }
}
