import XCTest
@testable import FoyerTUI

/// The key table is the only source of keys: no two bindings of one context share a key, and no code
/// outside the key table (Sources/FoyerTUI/Keys) and the terminal backend names a key.
final class KeyTableRulesTests: XCTestCase {
    func testNoTwoBindingsOfOneContextShareAKey() {
        let clashes = KeyTable.standard.clashes().map { "\($0.0.context): \($0.2.label) is both \($0.0.label) and \($0.1.label)" }
        XCTAssertEqual(clashes, [])
    }

    func testAClashIsFound() {
        let table = KeyTable([KeyBinding(.moveUp, [.up], "up", .agenda), KeyBinding(.first, [.home, .up], "first", .agenda),
                              KeyBinding(.moveUp, [.up], "up", .fees)])
        XCTAssertEqual(table.clashes().count, 1, "the same key twice in one context, not across contexts")
    }

    func testEveryContextOfTheAppHasAHintOrIsAFieldsOwn() {
        // A screen's status line and dialog footer are drawn from its hints: each overlay context has some.
        for context in [KeyContext.dialog, .duplicate, .typedConfirm, .reason, .importPath, .prompt, .switcher, .reprice,
                        .preview, .conflict, .deletedConflict, .dateMove, .eventList, .help, .checkInPayment, .registrantSearch] {
            XCTAssertFalse(KeyTable.standard.hints(for: context).isEmpty, "\(context) has no hints")
        }
    }
}
