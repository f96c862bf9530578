import Foundation
import XCTest

/// The soak's driver (`foyer-soak`, which `Scripts/soak` runs for minutes), run briefly with a fixed
/// seed; and its checker shown to catch a broken directory: an acknowledged check-in's or payment's line
/// deleted from the journal, a check-in line written twice. The same folder untouched passes, so each
/// failure below is the checker's answer to the damage and not to the folder.
final class SoakTests: XCTestCase {
    static var soak: String { FoyerProcess.packageRoot + "/.build/debug/foyer-soak" }
    private var work = ""

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.soak) else {
            throw FoyerProcessError(description: "\(Self.soak) is missing; run `swift build` first")
        }
        work = (FileManager.default.temporaryDirectory.path as NSString).appendingPathComponent("foyer-soak-" + UUID().uuidString)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: work)
    }

    /// Four desks for 10 s with kills and compactions: every invariant holds, and the desks did work of
    /// every kind the soak does (a soak that ran nothing would pass too).
    func testAShortSoakHoldsEveryInvariant() throws {
        let result = try run(["run", "--seconds", "10", "--seed", "18", "--desks", "4", "--registrants", "300",
                              "--kill-every", "0.5", "--compact-every", "4", "--work", work + "/soak"], timeout: 120)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("foyer-soak: every invariant holds (seed 18)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("foyer validate passed"), result.stdout)
        let ops = try records(work + "/soak")
        for kind in ["check-in", "payment", "register", "edit"] {
            XCTAssertGreaterThan(ops.filter { $0["kind"] as? String == kind && $0["outcome"] as? String == "acknowledged" }.count, 0,
                                 "no acknowledged \(kind) in \(ops.count) operations")
        }
    }

    /// A soak without kills or compactions (so every acknowledged change is a line of the journal), then
    /// copies of its folder broken by hand and checked again.
    func testTheCheckerCatchesALostLineAndADoubleAdmission() throws {
        let source = work + "/soak"
        let result = try run(["run", "--seconds", "6", "--seed", "19", "--desks", "4", "--registrants", "200",
                              "--kill-every", "0", "--compact-every", "0", "--work", source], timeout: 120)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let untouched = try check(copy(source, "untouched") { _ in })
        XCTAssertEqual(untouched.status, 0, untouched.stdout)

        let ops = try records(source)
        let checkIn = try XCTUnwrap(ops.first { $0["kind"] as? String == "check-in" && $0["outcome"] as? String == "acknowledged" })
        let code = try XCTUnwrap(checkIn["code"] as? String)
        let line = try XCTUnwrap(try journal(source).first { $0.contains("\"code\":\"\(code)\",\"type\":\"checkIn\"") })

        let lost = try check(copy(source, "lost") { lines in lines.removeAll { $0 == line } })
        XCTAssertEqual(lost.status, 1, lost.stdout)
        XCTAssertTrue(lost.stdout.contains("VIOLATION: acknowledged check-in lost: \(code)"), lost.stdout)

        let twice = try check(copy(source, "twice") { lines in lines.append(line) })
        XCTAssertEqual(twice.status, 1, twice.stdout)
        XCTAssertTrue(twice.stdout.contains("VIOLATION: admitted twice: the journal checks \(code) in again"), twice.stdout)

        let payment = try XCTUnwrap(ops.first { $0["kind"] as? String == "payment" && $0["outcome"] as? String == "acknowledged" })
        let id = try XCTUnwrap(payment["value"] as? String)
        let unpaid = try check(copy(source, "unpaid") { lines in lines.removeAll { $0.contains("\"id\":\"\(id)\"") } })
        XCTAssertEqual(unpaid.status, 1, unpaid.stdout)
        XCTAssertTrue(unpaid.stdout.contains("VIOLATION: acknowledged payment \(id)"), unpaid.stdout)
    }

    // MARK: Helpers

    /// Runs `foyer-soak arguments…` (its children get a HOME of their own from it), killing it after `timeout`.
    private func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> RunResult {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let outPath = work + "/.stdout-" + UUID().uuidString, errPath = work + "/.stderr-" + UUID().uuidString
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outPath); try? FileManager.default.removeItem(atPath: errPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.soak)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: work)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw FoyerProcessError(description: "foyer-soak \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus,
                         stdout: try String(contentsOfFile: outPath, encoding: .utf8), stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    private func check(_ folder: String) throws -> RunResult { try run(["check", "--work", folder]) }

    /// A copy of the soak's work folder whose journal lines `change` rewrites.
    private func copy(_ source: String, _ name: String, _ change: (inout [String]) -> Void) throws -> String {
        let target = work + "/" + name
        try FileManager.default.copyItem(atPath: source, toPath: target)
        var lines = try journal(target)
        change(&lines)
        try (lines.joined(separator: "\n") + "\n").write(toFile: target + "/data/impasses-2009/journal.jsonl", atomically: true, encoding: .utf8)
        return target
    }

    private func journal(_ folder: String) throws -> [String] {
        try String(contentsOfFile: folder + "/data/impasses-2009/journal.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func records(_ folder: String) throws -> [[String: Any]] {
        try String(contentsOfFile: folder + "/ops.jsonl", encoding: .utf8).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }
}
