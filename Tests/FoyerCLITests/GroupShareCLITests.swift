import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Desks that log in to one host as different Unix users (issue 18): the organiser's account makes the
/// event, `foyer share --group foyer-desks` lets a second account in, what either writes (a check-in, a
/// registration, a compaction's new files) stays shared, the journal says which account wrote each line,
/// and an account outside the group stays out. The accounts are real: `Scripts/make-test-users` makes
/// them (Scripts/test runs it as root); foyer runs as each through runuser.
final class GroupShareCLITests: XCTestCase {
    static let group = "foyer-desks"
    var root = ""
    var bin: String { root + "/bin/foyer" }
    var data: String { root + "/data" }
    var folder: String { data + "/impasses-2009" }

    override func setUpWithError() throws {
        let accounts: [String] = ["foyer-anna", "foyer-bo", "foyer-out"]
        let missing = accounts.filter { name in getpwnam(name) == nil } + (getgrnam(Self.group) == nil ? [Self.group] : [])
        if !missing.isEmpty || geteuid() != 0 {
            let why = "needs root and the test accounts \(missing.joined(separator: ", ")) (Scripts/make-test-users)"
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail(why); throw FoyerProcessError(description: why) }
            throw XCTSkip(why)
        }
        // Everything the accounts must reach is in a folder they may pass through: /tmp/…/bin with the
        // binary and its bundled samples, and the data directory, which the organiser owns.
        root = "/tmp/foyer-share-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root)
        let built = (FoyerProcess.binary as NSString).deletingLastPathComponent
        try fm.copyItem(atPath: FoyerProcess.binary, toPath: bin)
        try fm.copyItem(atPath: built + "/Foyer_FoyerSamples.resources", toPath: root + "/bin/Foyer_FoyerSamples.resources")
        XCTAssertEqual(Self.shell("chmod -R a+rX \(root)/bin"), 0)
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data)
        try fm.copyItem(atPath: FoyerProcess.sampleData + "/impasses-2009/event.json", toPath: folder + "/event.json")
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/event.json")
        XCTAssertEqual(Self.shell("chown -R foyer-anna \(data)"), 0)
    }

    override func tearDown() {
        if !root.isEmpty { try? FileManager.default.removeItem(atPath: root) }
    }

    static func shell(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Runs the copied foyer as `user`, with a clean environment and `desk` as the desk's name.
    func foyer(as user: String, desk: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        let out = Pipe(), err = Pipe()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        p.arguments = ["-u", user, "--", "/usr/bin/env", "-i", "HOME=" + root, "LANG=C.UTF-8", "PATH=/usr/bin:/bin",
                       "FOYER_DESK=" + desk, bin] + arguments + ["--data", data]
        p.currentDirectoryURL = URL(fileURLWithPath: root)
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return RunResult(status: p.terminationStatus, stdout: stdout, stderr: stderr)
    }

    func journalUsers() throws -> [String] {
        try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8).split(separator: "\n").dropFirst().map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return "\(object["desk"] ?? "")/\(object["user"] ?? "none")"
        }
    }

    /// Every folder 2770 and every file 0660, all of the group, whoever made them.
    func assertAllShared(file: StaticString = #filePath, line: UInt = #line) throws {
        let gid = getgrnam(Self.group)!.pointee.gr_gid
        var paths = [data]
        let walker = FileManager.default.enumerator(atPath: data)!
        while let name = walker.nextObject() as? String { paths.append(data + "/" + name) }
        XCTAssertGreaterThan(paths.count, 5, file: file, line: line)
        for path in paths {
            var st = stat()
            XCTAssertEqual(lstat(path, &st), 0, path, file: file, line: line)
            let isFolder = st.st_mode & S_IFMT == S_IFDIR
            XCTAssertEqual(String(st.st_mode & 0o7777, radix: 8), isFolder ? "2770" : "660", path, file: file, line: line)
            XCTAssertEqual(st.st_gid, gid, "\(path) belongs to the group", file: file, line: line)
        }
    }

    func testTwoAccountsShareOneDataDirectoryThroughAGroup() throws {
        let event = ["--event", "impasses-2009"]
        let made = try foyer(as: "foyer-anna", desk: "A", ["generate", "--registrants", "30", "--seed", "3"] + event)
        XCTAssertEqual(made.status, 0, made.stderr)
        // Private, as every event starts: the second account is kept out, and told why.
        let before = try foyer(as: "foyer-bo", desk: "B", ["registrants"] + event)
        XCTAssertNotEqual(before.status, 0, before.stdout)
        XCTAssertTrue(before.stderr.localizedCaseInsensitiveContains("permission"), before.stderr)

        let shared = try foyer(as: "foyer-anna", desk: "A", ["share", "--group", Self.group])
        XCTAssertEqual(shared.status, 0, shared.stderr)
        XCTAssertTrue(shared.stdout.contains("Shared \(data) with the group \(Self.group)"), shared.stdout)
        try assertAllShared()

        // Bo checks someone in; Anna compacts (new snapshot and journal, made by her account); Bo registers
        // a walk-in into the journal Anna's account made; Anna checks in another.
        let bo = try foyer(as: "foyer-bo", desk: "B", ["check-in", "SAF-0002"] + event)
        XCTAssertEqual(bo.status, 0, bo.stderr)
        XCTAssertTrue(bo.stdout.contains("CHECKED IN"), bo.stdout)
        XCTAssertEqual(try journalUsers().last, "B/foyer-bo")
        let compacted = try foyer(as: "foyer-anna", desk: "A", ["compact"] + event)
        XCTAssertEqual(compacted.status, 0, compacted.stderr)
        try assertAllShared()
        let walkIn = try foyer(as: "foyer-bo", desk: "B", ["register", "--first", "Vera", "--last", "Nordin", "--category", "standard"] + event)
        XCTAssertEqual(walkIn.status, 0, walkIn.stderr)
        let anna = try foyer(as: "foyer-anna", desk: "A", ["check-in", "SAF-0003"] + event)
        XCTAssertEqual(anna.status, 0, anna.stderr)
        XCTAssertEqual(try journalUsers(), ["B/foyer-bo", "A/foyer-anna"])
        try assertAllShared()
        // Nothing to warn of: the shared modes are the right ones.
        let validated = try foyer(as: "foyer-bo", desk: "B", ["validate"])
        XCTAssertEqual(validated.status, 0, validated.stdout + validated.stderr)
        XCTAssertTrue(validated.stdout.contains("0 errors, 0 warnings"), validated.stdout)

        // An account outside the group stays out and changes nothing.
        let journal = try Data(contentsOf: URL(fileURLWithPath: folder + "/journal.jsonl"))
        let outsider = try foyer(as: "foyer-out", desk: "X", ["check-in", "SAF-0004"] + event)
        XCTAssertNotEqual(outsider.status, 0, outsider.stdout)
        XCTAssertTrue(outsider.stderr.localizedCaseInsensitiveContains("permission"), outsider.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/journal.jsonl")), journal)

        // Private again: Bo is out, Anna's data is whole.
        let back = try foyer(as: "foyer-anna", desk: "A", ["share", "--private"])
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertNotEqual(try foyer(as: "foyer-bo", desk: "B", ["registrants"] + event).status, 0)
        let list = try foyer(as: "foyer-anna", desk: "A", ["registrants", "--format", "json"] + event)
        let people = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(people.count, 31)
        XCTAssertEqual(people.filter { $0["checkIn"] is [String: Any] }.count, 2)
    }

    func testSharingNeedsAGroupThatExists() throws {
        let result = try foyer(as: "foyer-anna", desk: "A", ["share", "--group", "no-such-group-here"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("there is no Unix group \"no-such-group-here\""), result.stderr)
        var st = stat()
        XCTAssertEqual(stat(data, &st), 0)
        XCTAssertEqual(st.st_mode & 0o7777, 0o700, "nothing changed")
    }
}
