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
        // "Recorded 2 000 kr (Swish) for Åsa Öberg; 0 kr due": who paid.
        let status = try tmux.screen().split(separator: "\n").last { $0.contains("Recorded") }.map(String.init) ?? ""
        let payer = try XCTUnwrap(status.range(of: " for ").map { String(status[$0.upperBound...].prefix { $0 != ";" }) })
        try tmux.press("3")
        try tmux.waitUntil("the paid total changed from \(before)") { screen in
            guard let now = self.paidTotal(screen) else { return false }
            return now != before
        }
        XCTAssertTrue(try tmux.screen().contains("Swish"))
        // A receipt for the person who paid, from the registrants pane.
        try tmux.press("2"); try tmux.press("F") // back to everyone
        try tmux.press("/"); try tmux.type(payer); try tmux.press("Enter")
        try tmux.waitFor("1 of 30 shown")
        try tmux.press("R")
        try tmux.waitFor("Receipt no. 1 for")
        let receipts = dir.appendingPathComponent("impasses-2009/receipts")
        let files = try FileManager.default.contentsOfDirectory(atPath: receipts.path).sorted()
        XCTAssertEqual(files.count, 2, "\(files)")
        XCTAssertTrue(files.allSatisfy { $0.hasPrefix("receipt-0001-SAF-") })
        let text = try String(contentsOf: receipts.appendingPathComponent(files.first { $0.hasSuffix(".txt") }!), encoding: .utf8)
        XCTAssertTrue(text.contains("Kvitto nr 1"), "the Stockholm event's receipts are in Swedish")
        XCTAssertTrue(text.contains("Swish"))
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        let journal = try String(contentsOf: dir.appendingPathComponent("impasses-2009/journal.jsonl"), encoding: .utf8)
        XCTAssertTrue(journal.contains("\"type\":\"recordPayment\""))
        XCTAssertTrue(journal.contains("\"method\":\"swish\""))
    }
}
