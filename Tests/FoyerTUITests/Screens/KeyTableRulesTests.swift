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

    /// Key literals (`.char("x")`, `.ctrl("x")`, `.function(1)`) and comparisons with a key outside the
    /// key table and the backend would be keys the table does not know.
    func testNoKeyLiteralOutsideTheKeyTable() throws {
        let pattern = try NSRegularExpression(pattern: #"\.(char|ctrl)\("|\.function\([0-9]|key == \.|Key\.(enter|escape|tab|up|down)|\.key\(\.(?!char\([a-z])"#)
        var found: [String] = []
        for (path, lines) in try SourceFiles.swift(under: "Sources") where !path.contains("/Keys/") && !path.contains("/Backend/") {
            for (n, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                if pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil { found.append("\(path):\(n + 1): \(line)") }
            }
        }
        XCTAssertEqual(found, [])
    }

    func testCursesIsCalledOnlyByTheBackend() throws {
        let offenders = try SourceFiles.swift(under: "Sources").filter { path, lines in
            !path.contains("Sources/FoyerTUI/Backend/") && lines.contains { $0.hasPrefix("import CNcurses") || $0.contains("foyer_") }
        }.map(\.0)
        XCTAssertEqual(offenders, [])
    }
}

/// The package's Swift sources, read for the rules above.
enum SourceFiles {
    static func swift(under folder: String) throws -> [(String, [String])] {
        let root = Fixtures.packageRoot.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var out: [(String, [String])] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            out.append((url.path.replacingOccurrences(of: Fixtures.packageRoot.path + "/", with: ""), text.components(separatedBy: "\n")))
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
