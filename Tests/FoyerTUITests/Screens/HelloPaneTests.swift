import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// A new screen needs its own file and one registration line: the tab, its key, its update, its
/// drawing, the status line's hints and help all follow from the registration.
final class HelloPaneTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testAPaneAddedFromOutsideNeedsOnlyItsFileAndOneRegistrationLine() throws {
        var s = try Fixtures.state()
        s.screens = Screens.standard.adding(HelloPane())  // the one registration line

        XCTAssertTrue(RootView.render(s).grid.text(row: 0).contains(" 5 Hello "), "a tab of its own, numbered after the others")
        s = Fixtures.press([.char("5")], s).0
        XCTAssertEqual(s.pane, HelloPane.id, "its number shows it")
        XCTAssertEqual(s.keyContext, HelloPane.context)

        s = Fixtures.press([.char("h"), .char("h")], s).0
        let frame = RootView.render(s).grid
        XCTAssertTrue(frame.text(row: s.layout.bodyTop).contains("Hello, Resolving Therapeutic Impasses"), frame.text(row: s.layout.bodyTop))
        XCTAssertTrue(frame.text(row: s.layout.bodyTop).contains("(2)"), "its update kept its own state")
        XCTAssertTrue(frame.text(row: s.height - 1).contains("h hello"), "its hint in the status line, from its binding")

        s = Fixtures.press([.escape], s).0
        XCTAssertEqual(s.state(of: HelloPane.id, default: HelloPane.State()).greetings, 0)

        s = Fixtures.press([.char("?")], s).0
        let help = RootView.render(s).grid
        let helpText = (0..<s.height).map { help.text(row: $0) }.joined(separator: "\n")
        XCTAssertTrue(helpText.contains("say hello once more"), "help lists its keys")
        s = Fixtures.press([.escape, .tab], s).0
        XCTAssertEqual(s.pane, .agenda, "Tab goes round all the panes, the new one included")

        XCTAssertTrue(s.screens.keys.clashes().isEmpty, "its keys clash with none of the app's")
    }

    func testThePanesOfTheAppAreUnchangedWithoutIt() throws {
        let s = try Fixtures.state()
        XCTAssertFalse(RootView.render(s).grid.text(row: 0).contains("Hello"))
        XCTAssertEqual(Fixtures.press([.char("5")], s).0.pane, .agenda, "5 is nothing without a fifth pane")
    }
}
