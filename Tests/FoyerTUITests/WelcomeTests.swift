import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The welcome on an empty data directory, and the event-details form, as screens.
final class WelcomeTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testTheWelcomeOffersANewEventOrTheSamples() throws {
        var s = WelcomeState(width: 80, height: 24, folder: "/home/anna/.local/share/foyer")
        try assertGolden(Welcome.render(s).grid, "welcome-80x24")
        try assertGolden(Welcome.render(WelcomeState(width: 120, height: 40, folder: "/home/anna/.local/share/foyer")).grid, "welcome-120x40")
        XCTAssertEqual(Welcome.update(Welcome.update(s, .down).0, .enter).1, .loadSamples)
        XCTAssertEqual(Welcome.update(s, .escape).1, .quit)
        // A new event: the form, its reasons, then the event to create.
        s = Welcome.update(s, .enter).0
        XCTAssertNotNil(s.form)
        var outcome: Welcome.Outcome
        (s, outcome) = Welcome.update(s, .ctrl("s"))
        XCTAssertEqual(outcome, .none)
        XCTAssertEqual(s.form?.fields.first { $0.id == "title" }?.error?.en, "a title is required")
        for c in "Vårkurs 2027" { s = Welcome.update(s, .char(c)).0 }
        s = Welcome.update(Welcome.update(s, .tab).0, .tab).0
        for c in "2027-04-15" { s = Welcome.update(s, .char(c)).0 }
        s = Welcome.update(s, .tab).0
        s = Welcome.update(s, .ctrl("u")).0
        for c in "Europe/Stockholm" { s = Welcome.update(s, .char(c)).0 }
        try assertGolden(Welcome.render(s).grid, "welcome-new-event-80x24")
        (s, outcome) = Welcome.update(s, .ctrl("s"))
        guard case .create(let event) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(event.id, "varkurs-2027")
        XCTAssertEqual(event.timeZoneID, "Europe/Stockholm")
        XCTAssertEqual(Welcome.update(s, .escape).0.form, nil, "Esc closes the form, not the welcome")
    }

    func testTheDetailsFormScreens() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var s = try Fixtures.state(width: w, height: h)
            s = Fixtures.press([.char("E")], s).0
            try assertGolden(RootView.render(s).grid, "event-details-form-\(w)x\(h)")
        }
    }
}
