import Foundation
import XCTest

/// Issue 5's scenario in tmux: record a payment for a registrant and see the fees pane's totals change.
final class FeesEndToEndTests: XCTestCase {
    func paidTotal(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains("Paid ") && $0.contains("outstanding") }
            .flatMap { line in line.range(of: "Paid ").map { String(line[$0.upperBound...].prefix { $0 != "·" }).trimmingCharacters(in: .whitespaces) } }
    }

    func testAPaymentChangesTheTotals() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.type("\(binary) generate --data \(dir.path) --event impasses-2009 --registrants 30 --seed 5 && \(binary) --data \(dir.path) --event impasses-2009 --desk E2E; echo \"EXIT=$?\"")
        try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("3")
        try tmux.waitFor("outstanding")
        let before = try XCTUnwrap(paidTotal(try tmux.screen()))
        // The first unpaid registrant pays what is due, by Swish.
        try tmux.press("2"); try tmux.press("f")
        try tmux.waitFor("filter: unpaid")
        try tmux.press("m")
        try tmux.waitFor("Money for")
        try tmux.press("Tab"); try tmux.press("Tab"); try tmux.press("Space"); try tmux.press("Space"); try tmux.press("Space")
        try tmux.waitFor("Swish")
        try tmux.press("C-s")
        try tmux.waitFor("Recorded")
        try tmux.press("3")
        try tmux.waitUntil("the paid total changed from \(before)") { screen in
            guard let now = self.paidTotal(screen) else { return false }
            return now != before
        }
        XCTAssertTrue(try tmux.screen().contains("Swish"))
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        let journal = try String(contentsOf: dir.appendingPathComponent("impasses-2009/journal.jsonl"), encoding: .utf8)
        XCTAssertTrue(journal.contains("\"type\":\"recordPayment\""))
        XCTAssertTrue(journal.contains("\"method\":\"swish\""))
    }
}
