import XCTest
@testable import FoyerTUI

/// Rules over the package's sources that keep the architecture what ARCHITECTURE.md says: no key
/// outside the key table, curses only in the backend, small files.
final class SourceRulesTests: XCTestCase {
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
        // The curses shim's own functions, by name (the ICU shim has functions of its own, for FoyerCore's collation).
        let shim = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Sources/CNcurses/shim.h"), encoding: .utf8)
        let names = Set(shim.matches(of: /(foyer_[a-z_0-9]+)\(/).map { String($0.1) })
        XCTAssertFalse(names.isEmpty)
        let offenders = try SourceFiles.swift(under: "Sources").filter { path, lines in
            !path.contains("Sources/FoyerTUI/Backend/") && lines.contains { line in
                line.hasPrefix("import CNcurses") || names.contains { line.contains($0 + "(") }
            }
        }.map(\.0)
        XCTAssertEqual(offenders, [])
    }

    func testNoSourceFileIsOver400Lines() throws {
        let long = try SourceFiles.swift(under: "Sources").filter { $0.1.count > 400 }.map { "\($0.0): \($0.1.count) lines" }
        XCTAssertEqual(long, [])
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
