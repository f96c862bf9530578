import Foundation
import XCTest

/// `foyer import programme`: a preview first; the event changes only with --yes.
final class ProgrammeImportCLITests: XCTestCase {
    func testPreviewChangesNothingAndYesReplaces() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let binary = root.appendingPathComponent(".build/debug/foyer").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Data/impasses-2009"), to: dir.appendingPathComponent("impasses-2009"))
        let eventFile = dir.appendingPathComponent("impasses-2009/event.json")
        let programme = dir.appendingPathComponent("programme.txt")
        try "Morning\n9.00-10.00 Welcome\n-Who is here\n10.00 Coffee\n10.30-12.00 Workshop\n".write(to: programme, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: eventFile)
        func foyer(_ args: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = args + ["--data", dir.path, "--event", "impasses-2009"]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let (status, preview) = try foyer(["import", "programme", programme.path])
        XCTAssertEqual(status, 0, preview)
        XCTAssertTrue(preview.contains("09:00–10:00  Welcome"))
        XCTAssertTrue(preview.contains("10:00–10:30  Coffee  [break]"))
        XCTAssertTrue(preview.contains("skipped: line 1"))
        XCTAssertTrue(preview.contains("Nothing changed"))
        XCTAssertEqual(try Data(contentsOf: eventFile), before, "the preview wrote nothing")
        let (yesStatus, yes) = try foyer(["import", "programme", programme.path, "--yes"])
        XCTAssertEqual(yesStatus, 0, yes)
        let (_, printed) = try foyer(["programme"])
        XCTAssertTrue(printed.contains("10:30–12:00  Workshop"), printed)
        XCTAssertFalse(printed.contains("Panel discussion"))
    }
}
