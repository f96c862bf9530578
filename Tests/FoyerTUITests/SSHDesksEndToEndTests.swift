import Foundation
import XCTest

/// Issue 18, desks on many machines: desks log in to one host over SSH and run foyer there, on one data
/// directory. A real sshd on a loopback port (`SSHServer`), each desk an `ssh -t` session in a tmux pane
/// of its own, as a desk on another machine would be.
final class SSHDesksEndToEndTests: XCTestCase {
    var server: SSHServer?
    var dir: URL!
    var binary: String!
    var panes: [Tmux] = []

    override func setUpWithError() throws {
        binary = try EndToEnd.binary()
        server = try SSHServer()
        dir = try EndToEnd.dataDirectory()
        _ = try Tmux.run([binary, "generate", "--data", dir.path, "--event", "impasses-2009", "--registrants", "60", "--seed", "4"])
    }

    override func tearDown() {
        // The clients first: their sessions end with them, and the remote desks get their hang-up.
        panes.forEach { $0.kill() }
        if let dir {
            // A remote desk a failed test left running must not outlive it.
            let deadline = Date().addingTimeInterval(3)
            while Date() < deadline, !(["A", "B"].flatMap { DeskProcesses.foyer(data: dir, desk: $0) }.isEmpty) { usleep(50_000) }
            for pid in ["A", "B"].flatMap({ DeskProcesses.foyer(data: dir, desk: $0) }) { kill(pid, SIGKILL) }
            try? FileManager.default.removeItem(at: dir)
        }
        server?.stop()
    }

    /// How a desk starts foyer on the host.
    enum Start: String {
        /// As the command ssh runs (`ssh -t host foyer …`).
        case command
        /// Typed at an interactive shell there, as a person at a desk logs in and starts it.
        case shell
        /// Under `su USER -c`, as a desk run as another Unix user is started; su takes the hang-up itself.
        case su
    }

    /// Logs in over SSH in a new tmux pane, runs foyer there as `desk` and opens the check-in pane.
    func sshDesk(_ desk: String, start: Start = .command) throws -> Tmux {
        let server = try XCTUnwrap(server)
        let tmux = try Tmux(width: 80, height: 24)
        panes.append(tmux)
        let foyer = "\(binary!) --data \(dir.path) --event impasses-2009 --desk \(desk)"
        switch start {
        case .command:
            try tmux.type(server.login(running: foyer))
        case .shell:
            try tmux.type(server.login(running: "PS1=remote\\$\\  bash --norc --noprofile -i"))
            try tmux.press("Enter")
            // The remote prompt at the start of a line (capture-pane drops its trailing space).
            try tmux.waitFor("\nremote$")
            try tmux.type(foyer)
        case .su:
            try tmux.type(server.login(running: "su \(server.user) -c \"\(foyer)\""))
        }
        try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("4")
        try tmux.waitFor("Type a few letters")
        return tmux
    }

    /// How many times the person is checked in, as the store reads it (snapshot and journal).
    func checkIns(_ code: String) throws -> Int {
        let json = try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "impasses-2009", "--format", "json"])
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], json)
        let person = try XCTUnwrap(list.first { $0["code"] as? String == code }, "\(code) is in the list")
        return (person["checkInHistory"] as? [[String: Any]])?.count ?? 0
    }

    /// The journal's check-in lines for the person: (desk, Unix user) of each, in order.
    func journalCheckIns(_ code: String) throws -> [(desk: String?, user: String?)] {
        let journal = dir.appendingPathComponent("impasses-2009/journal.jsonl")
        guard FileManager.default.fileExists(atPath: journal.path) else { return [] }
        let text = try String(contentsOf: journal, encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line in
            let entry = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "a whole JSON line: \(line)")
            let change = entry["change"] as? [String: Any]
            guard change?["type"] as? String == "checkIn", change?["code"] as? String == code else { return nil }
            return (entry["desk"] as? String, entry["user"] as? String)
        }
    }

    func testTwoDesksOverSSH() throws {
        let people = try DesksEndToEndTests.settledPeople(binary: binary, dir: dir, count: 2)
        XCTAssertEqual(people.count, 2)
        let a = try sshDesk("A"), b = try sshDesk("B")
        // Both really run behind sshd, with the terminal type the client's terminal has.
        for desk in ["A", "B"] {
            let pids = DeskProcesses.foyer(data: dir, desk: desk)
            XCTAssertEqual(pids.count, 1, "one foyer runs as desk \(desk)")
            let environment = DeskProcesses.environment(of: try XCTUnwrap(pids.first))
            XCTAssertNotNil(environment["SSH_CONNECTION"], "desk \(desk) runs in an SSH session")
            XCTAssertEqual(environment["TERM"], "tmux-256color", "ssh -t passed the client's TERM on")
        }
        // A resize of the desk's terminal reaches the remote foyer (ssh forwards the window size).
        try a.resize(width: 40, height: 10)
        try a.waitFor("terminal too small: 40x10")
        try a.resize(width: 80, height: 24)
        try a.waitFor("Type a few letters")
        // Desk A checks the first person in; desk B sees it without a key, within a second.
        try a.type(people[0].code); try a.press("Enter")
        try a.waitFor("CHECKED IN  \(people[0].name)")
        let checkedIn = Date()
        try b.waitFor(people[0].name + " · desk A")
        let seenAfter = Date().timeIntervalSince(checkedIn)
        print("SSH desks: desk B saw desk A's check-in after \(String(format: "%.2f", seenAfter)) s")
        XCTAssertLessThan(seenAfter, 1.5, "the other desk saw it within a second (plus the test's polling)")
        try b.waitFor("Arrived 1 of")
        try b.type(people[0].code); try b.press("Enter")
        try b.waitFor("ALREADY IN  \(people[0].name)")
        try b.waitFor("at desk A")
        // Both admit the second person at the same moment: exactly one CHECKED IN, one ALREADY IN.
        try a.type(people[1].code); try b.type(people[1].code)
        try a.press("Enter"); try b.press("Enter")
        let name = people[1].name
        for (tmux, desk) in [(a, "A"), (b, "B")] {
            try tmux.waitUntil("desk \(desk) answered") { $0.contains("CHECKED IN  \(name)") || $0.contains("ALREADY IN  \(name)") }
        }
        let answers = [try a.screen(), try b.screen()]
        XCTAssertEqual(answers.filter { $0.contains("CHECKED IN  \(name)") }.count, 1, answers.joined(separator: "\n----\n"))
        XCTAssertEqual(answers.filter { $0.contains("ALREADY IN  \(name)") }.count, 1, answers.joined(separator: "\n----\n"))
        // Ctrl-C ends each remote foyer, and ssh hands its exit status back.
        for tmux in [a, b] { try tmux.press("C-c"); try tmux.waitFor("EXIT=0") }
        for person in people { XCTAssertEqual(try checkIns(person.code), 1, "\(person.code) checked in exactly once") }
    }

    /// The ssh client of desk A is killed right after Enter (a laptop lid shut, a cable pulled): sshd
    /// closes the remote terminal and foyer there gets SIGHUP. Whatever desk A was shown as CHECKED IN is
    /// in the store exactly once, the remote foyer ends, and no lock stays held: desk B checks someone in
    /// at once. Killed at different moments of the check-in, with foyer started in each way of `Start`; in
    /// the last round for certain in the middle of it, while the check-in waits for the lock the test holds.
    func testAKilledSSHClientLosesNothingAndLeavesNoLock() throws {
        let rounds: [(signal: Int32, after: useconds_t, holdingTheLock: Bool, start: Start)] =
            [(SIGKILL, 0, false, .command), (SIGTERM, 30_000, false, .command), (SIGKILL, 150_000, false, .command),
             (SIGKILL, 30_000, false, .shell), (SIGKILL, 30_000, false, .su), (SIGKILL, 1_000_000, true, .command)]
        let people = try DesksEndToEndTests.settledPeople(binary: binary, dir: dir, count: 2 * rounds.count)
        XCTAssertEqual(people.count, 2 * rounds.count)
        let b = try sshDesk("B")
        let lockPath = dir.appendingPathComponent("impasses-2009/.lock").path
        var admitted: [(code: String, name: String)] = []
        for (round, cut) in rounds.enumerated() {
            let atA = people[2 * round], atB = people[2 * round + 1]
            // su asks anyone but root for a password (tests run as root in CI, where this round runs).
            if cut.start == .su && getuid() != 0 { print("SSH desks, round \(round + 1): skipped, su needs root"); continue }
            let a = try sshDesk("A", start: cut.start)
            let remote = DeskProcesses.foyer(data: dir, desk: "A")
            XCTAssertEqual(remote.count, 1, "one remote foyer as desk A")
            let client = try XCTUnwrap(try DeskProcesses.sshClient(in: a), "the ssh client in desk A's pane")

            try a.type(atA.code)
            // The code on desk A's screen: the remote has every key before the Enter.
            try a.waitFor(atA.code)
            let held = cut.holdingTheLock ? try HeldLock(lockPath) : nil
            try a.press("Enter")
            usleep(cut.after)
            if held != nil {
                XCTAssertFalse(try a.screen().contains("CHECKED IN  \(atA.name)"), "nothing is acknowledged before the write")
            }
            XCTAssertEqual(kill(client, cut.signal), 0)
            let killed = Date()
            if let held { usleep(300_000); held.release() }
            let shownAtOnce = try a.screen()
            // The pane's shell says how ssh ended (the typed line's "EXIT=$?" is no digit).
            try a.waitUntil("the ssh client ended") { $0.range(of: "EXIT=[0-9]", options: .regularExpression) != nil }
            let shown = (shownAtOnce + (try a.screen())).contains("CHECKED IN  \(atA.name)")

            // The remote foyer has its hang-up and ends.
            try waitUntil("the remote desk A ended after its client was killed") { remote.allSatisfy { !DeskProcesses.isRunning($0) } }
            let ended = Date().timeIntervalSince(killed)
            // Nobody holds the folder's lock (desk B takes it only for a moment while writing).
            try waitUntil("the event's lock is free") { DeskProcesses.lockIsFree(lockPath) }

            let made = try checkIns(atA.code)
            let lines = try journalCheckIns(atA.code)
            XCTAssertEqual(lines.count, made, "the journal holds the check-in as often as the store reads it")
            // Written by desk A as the Unix user ssh logged in as.
            for line in lines { XCTAssertTrue(line.desk == "A" && line.user == server?.user, "\(line)") }
            print("SSH desks, round \(round + 1) (signal \(cut.signal) after \(cut.after / 1000) ms\(held == nil ? "" : ", holding the lock"), started as \(cut.start.rawValue)): remote foyer ended after \(String(format: "%.2f", ended)) s; check-in shown: \(shown), stored \(made) time(s)")
            XCTAssertLessThan(ended, 5, "the remote foyer ended soon after the hang-up")
            if shown { XCTAssertEqual(made, 1, "a check-in desk A showed is stored exactly once") }
            XCTAssertLessThanOrEqual(made, 1, "never stored twice")
            // Hung up while waiting for the lock, the remote desk still finishes its write (the signal
            // only sets a flag), then ends: stored, though never shown, which the desk may retry.
            if held != nil { XCTAssertEqual(made, 1, "the check-in under way when the hang-up came was written") }

            // Desk B checks a new person in at once: no lock is left held.
            let asked = Date()
            try b.type(atB.code); try b.press("Enter")
            try b.waitFor("CHECKED IN  \(atB.name)")
            XCTAssertLessThan(Date().timeIntervalSince(asked), 1.5, "desk B was not kept waiting for a lock")
            // Desk B agrees with the store about desk A's person.
            try b.type(atA.code); try b.press("Enter")
            try b.waitFor(made == 1 ? "ALREADY IN  \(atA.name)" : "CHECKED IN  \(atA.name)")
            admitted += [atA, atB]
            a.kill()
        }
        try b.press("C-c"); try b.waitFor("EXIT=0")
        for person in admitted { XCTAssertEqual(try checkIns(person.code), 1, "\(person.code) checked in exactly once") }
        // No half line and nothing inconsistent: the event validates.
        XCTAssertEqual(try SSHServer.run([binary, "validate", "--data", dir.path]), 0, "foyer validate passes")
    }

    func waitUntil(_ what: String, within seconds: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
                   _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return }
            usleep(20_000)
        }
        XCTFail("timed out waiting: \(what)", file: file, line: line)
        throw XCTSkip("stopping this test after the failure above")
    }
}

/// The event's lock taken by the test, as another desk in the middle of a write would hold it.
final class HeldLock {
    private var fd: Int32

    init(_ path: String) throws {
        fd = open(path, O_RDWR)
        guard fd >= 0, flock(fd, LOCK_EX) == 0 else { throw SSHServerError("could not take the lock \(path): errno \(errno)") }
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
