import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// A desk whose machine's clock is behind another desk's (issue 18): it says so once in the status line
/// and keeps saying so in the header, beside the time it shows, until the clocks agree again.
final class ClockBehindTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func line(_ seq: Int, minutesFromNow: Double, desk: String, user: String?, _ s: AppState) -> JournalEntry {
        JournalEntry(seq: seq, time: s.now.addingTimeInterval(minutesFromNow * 60), desk: desk, user: user, change: .delete(code: "SAF-0001"))
    }

    func testADeskBehindSaysSoInTheStatusLineAndTheHeader() throws {
        var s = try Fixtures.state()
        s.clockWatch = ClockWatch(desk: .init(name: "A", user: "anna"))
        // Another desk's line a minute ahead: honest drift, nothing said.
        var journal: Journal = [line(1, minutesFromNow: 1, desk: "B", user: "bo", s)]
        s = Update.apply(s, .refreshed(registry: s.registry, journal: journal, codes: nil)).0
        XCTAssertNil(s.status)
        XCTAssertFalse(RootView.render(s).grid.text.contains("slow"))
        // Six minutes ahead: this machine's clock is behind.
        journal.append(line(2, minutesFromNow: 6, desk: "B", user: "bo", s))
        s = Update.apply(s, .refreshed(registry: s.registry, journal: journal, codes: nil)).0
        XCTAssertEqual(s.status?.kind, .warning)
        XCTAssertEqual(s.status?.text.en, "This machine's clock is about 6 min behind desk B (bo)'s: times will be off. Set the wrong clock right.")
        let header = RootView.render(s).grid.text.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(header.contains("clock 6 min slow? "), RootView.render(s).grid.text)
        s.language = .sv
        XCTAssertTrue(RootView.render(s).grid.text.contains("klockan efter? 10:"), RootView.render(s).grid.text)
        s.width = 120
        XCTAssertTrue(RootView.render(s).grid.text.contains("klockan 6 min efter? 10:"), RootView.render(s).grid.text)
        // Said once: the next line from the same desk does not say it again.
        s.status = nil
        journal.append(line(3, minutesFromNow: 6.5, desk: "B", user: "bo", s))
        s = Update.apply(s, .refreshed(registry: s.registry, journal: journal, codes: nil)).0
        XCTAssertNil(s.status)
        // The clock set right: the header is the plain time again.
        s.now = s.now.addingTimeInterval(7 * 60)
        s.language = .en
        XCTAssertFalse(RootView.render(s).grid.text.contains("slow"))
    }

    func testItsOwnLinesAndADemoClockSayNothing() throws {
        var s = try Fixtures.state()
        s.clockWatch = ClockWatch(desk: .init(name: "A", user: "anna"))
        let own: Journal = [line(1, minutesFromNow: 30, desk: "A", user: "anna", s)]
        s = Update.apply(s, .refreshed(registry: s.registry, journal: own, codes: nil)).0
        XCTAssertNil(s.status)
        // No watch (a clock fixed for a demo, or a lone screen): nothing is said whatever the journal holds.
        var demo = try Fixtures.state()
        demo = Update.apply(demo, .refreshed(registry: demo.registry, journal: [line(1, minutesFromNow: 30, desk: "B", user: nil, demo)], codes: nil)).0
        XCTAssertNil(demo.status)
    }
}
