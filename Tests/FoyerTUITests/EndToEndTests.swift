import Foundation
import XCTest

/// The built `foyer` run inside tmux at 80x24, driven with send-keys and read with capture-pane, as a
/// person at a terminal would use it.
final class EndToEndTests: XCTestCase {
    var tmux: Tmux!
    var dataDirectory: URL!

    override func setUpWithError() throws {
        let binary = try EndToEnd.binary()
        dataDirectory = try EndToEnd.dataDirectory()
        tmux = try Tmux(width: 80, height: 24)
        try tmux.type("\(binary) --data \(dataDirectory.path) --event impasses-2009 --desk E2E; echo \"EXIT=$?\"")
        try tmux.press("Enter")
    }

    override func tearDown() {
        tmux?.kill()
        if let dataDirectory { try? FileManager.default.removeItem(at: dataDirectory) }
    }

    func testAPersonBrowsesTheAgendaAndQuits() throws {
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.waitFor("08:30–09:00")
        XCTAssertFalse(try tmux.screen().contains("General principles of metacommunication"))

        // Scroll down to the metacommunication session: its topics appear under it.
        for _ in 0..<5 { try tmux.press("j") }
        try tmux.waitFor("General principles of metacommunication")
        XCTAssertTrue(try tmux.screen().contains("Therapeutic metacommunication"))

        // Help opens and closes.
        try tmux.press("?")
        try tmux.waitFor("Keys: Agenda")
        try tmux.press("Escape")
        try tmux.waitUntil("help closed") { !$0.contains("Keys: Agenda") }

        // Tab reaches every pane and comes back.
        try tmux.press("Tab"); try tmux.waitFor("No registrations yet")
        try tmux.press("Tab"); try tmux.waitFor("Paid of registered")
        try tmux.press("Tab"); try tmux.waitFor("Type a few letters")
        try tmux.press("Tab"); try tmux.waitFor("General principles of metacommunication")

        // A resize relayouts at once: wide screens show the detail beside the timeline.
        try tmux.resize(width: 100, height: 30)
        try tmux.waitUntil("detail beside the timeline at 100x30") { $0.contains("│ Therapeutic metacommunication") }
        try tmux.resize(width: 80, height: 24)
        try tmux.waitUntil("back to one column at 80x24") { !$0.contains("│ ") && $0.contains("Therapeutic metacommunication") }
        let lines = try tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 })

        // q exits 0 and the shell is usable afterwards.
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.type("echo shell-is-$((40+2))")
        try tmux.press("Enter")
        try tmux.waitFor("shell-is-42")
    }

    func testTooSmallAndBack() throws {
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.resize(width: 40, height: 10)
        try tmux.waitFor("terminal too small: 40x10")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=0")
    }

    /// Down to one cell and back, many times quickly: never a crash, and the screen comes back whole.
    func testRapidResizesDownToOneByOne() throws {
        try tmux.waitFor("Resolving Therapeutic Impasses")
        for (w, h) in [(1, 1), (200, 60), (2, 1), (59, 15), (1, 40), (300, 2), (60, 16), (1, 1), (133, 41)] {
            try tmux.resize(width: w, height: h)
        }
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=0")
    }

    /// An interrupt from outside (kill -INT; Ctrl-C itself is a key here) ends it like SIGTERM does.
    func testSIGINTRestoresTheTerminal() throws { try assertSignalRestoresTheTerminal("INT", exitCode: 130) }

    func testSIGTERMRestoresTheTerminal() throws { try assertSignalRestoresTheTerminal("TERM", exitCode: 143) }

    /// The signal sent to foyer from outside: the shell gets its terminal back and foyer's exit code is 128 + signal.
    func assertSignalRestoresTheTerminal(_ signal: String, exitCode: Int) throws {
        try tmux.waitFor("Resolving Therapeutic Impasses")
        let pids = try Tmux.run(["pgrep", "-f", "foyer --data \(dataDirectory.path)"]).split(separator: "\n")
        XCTAssertFalse(pids.isEmpty)
        for pid in pids { _ = try? Tmux.run(["kill", "-\(signal)", String(pid)]) }
        try tmux.waitFor("EXIT=\(exitCode)")
        try tmux.type("echo after-\(signal)"); try tmux.press("Enter")
        try tmux.waitFor("after-\(signal)\n")
    }
}

/// A private tmux server (its own socket) with one window running a plain shell.
final class Tmux {
    let socket = "foyer-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let timeout: TimeInterval = ProcessInfo.processInfo.environment["CI"] == nil ? 8 : 20

    init(width: Int, height: Int) throws {
        try tmux(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)",
                  "env", "-u", "TMUX", "PS1=$ ", "LANG=C.UTF-8", "TERM=tmux-256color", "bash", "--norc", "--noprofile"])
        try tmux(["set-option", "-g", "window-size", "manual"])
    }

    func kill() { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ args: [String]) throws -> String { try Tmux.run(["tmux", "-L", socket] + args) }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", "e2e", "-l", text]) }
    func press(_ key: String) throws { try tmux(["send-keys", "-t", "e2e", key]) }
    func resize(width: Int, height: Int) throws { try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"]) }
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "e2e"]) }

    func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try waitUntil("\"\(text)\" on screen", file: file, line: line) { $0.contains(text) }
    }

    func waitUntil(_ what: String, file: StaticString = #filePath, line: UInt = #line, _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(what); the screen was:\n\(last)", file: file, line: line)
        throw XCTSkip("stopping this test after the failure above")
    }

    /// Runs a command and returns its output. posix_spawn and waitpid, with the output in a file: the tmux
    /// server that `new-session` starts keeps any pipe open, and Foundation's Process did not reap here.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-e2e-out-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ)
        guard spawned == 0 else { throw NSError(domain: "spawn", code: Int(spawned)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}

/// The same binary under the terminals people actually have, with and without colour.
final class TerminalVarietyTests: XCTestCase {
    func testEveryTerminalTypeOpensAndQuitsCleanly() throws {
        let binary = try EndToEnd.binary()
        let data = Fixtures.packageRoot.appendingPathComponent("Data").path
        for (term, noColor) in [("xterm-256color", false), ("screen-256color", false), ("tmux-256color", false),
                                ("xterm", false), ("vt100", false), ("linux", false), ("xterm-256color", true)] {
            let tmux = try Tmux(width: 80, height: 24)
            defer { tmux.kill() }
            try tmux.type("TERM=\(term) \(noColor ? "NO_COLOR=1" : "") \(binary) --data \(data) --event impasses-2009; echo \"EXIT=$?\"")
            try tmux.press("Enter")
            try tmux.waitFor("Resolving Therapeutic Impasses")
            try tmux.waitFor("Panel discussion")
            if term == "vt100" {
                // No box-drawing characters where the terminal cannot draw them.
                XCTAssertTrue(try tmux.screen().contains("--------"), "vt100 should get ASCII rules")
            }
            try tmux.press("q")
            try tmux.waitFor("EXIT=0")
        }
    }

    func testDumbOrMissingTerminalGetsAMessageNotACrash() throws {
        let binary = try EndToEnd.binary()
        let data = Fixtures.packageRoot.appendingPathComponent("Data").path
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        for (setting, shown) in [("TERM=dumb", "dumb"), ("TERM=no-such-terminal", "no-such-terminal"), ("TERM=", "(unset)")] {
            try tmux.type("clear; env \(setting) \(binary) --data \(data) --event impasses-2009; echo \"EXIT=$?\"")
            try tmux.press("Enter")
            try tmux.waitFor("\"\(shown)\" cannot drive a full-screen program")
            try tmux.waitFor("EXIT=1")
        }
    }

    /// A locale that is not UTF-8: box and block characters fall back to ASCII, nothing is garbled.
    func testANonUTF8LocaleGetsASCIIFallbacks() throws {
        let binary = try EndToEnd.binary()
        let data = Fixtures.packageRoot.appendingPathComponent("Data").path
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.type("LANG=C LC_ALL=C \(binary) --data \(data) --event impasses-2009; echo \"EXIT=$?\"")
        try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("3")
        try tmux.waitFor("Paid of registered")
        let screen = try tmux.screen()
        for glyph in ["─", "│", "█", "░", "·", "…"] { XCTAssertFalse(screen.contains(glyph), "\(glyph) in an ASCII screen:\n\(screen)") }
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=0")
    }
}

/// Editing the programme in the TUI writes event.json through the store; SIGHUP leaves it intact.
final class EditingEndToEndTests: XCTestCase {
    func testAnEditIsSavedUndoneAndSurvivesAHangUp() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory(["impasses-2009", "alliance-ruptures-2024"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let eventFile = dir.appendingPathComponent("impasses-2009/event.json")
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.type("\(binary) --data \(dir.path) --event impasses-2009; echo \"EXIT=$?\"")
        try tmux.press("Enter")
        try tmux.waitFor("08:30–09:00")
        // Edit the Registration item's title.
        try tmux.press("e")
        try tmux.waitFor("Edit programme item")
        for _ in 0..<3 { try tmux.press("Tab") }
        try tmux.press("C-u")
        try tmux.type("Registration and coffee")
        try tmux.press("C-s")
        try tmux.waitFor("Saved: edited “Registration and coffee”")
        XCTAssertTrue(try String(contentsOf: eventFile, encoding: .utf8).contains("Registration and coffee"))
        // Undo puts the file back.
        try tmux.press("u")
        try tmux.waitFor("Undone")
        XCTAssertFalse(try String(contentsOf: eventFile, encoding: .utf8).contains("Registration and coffee"))
        // The other event opens from the switcher.
        try tmux.press("o")
        try tmux.waitFor("Open an event")
        try tmux.press("Down"); try tmux.press("Enter")
        try tmux.waitFor("What Clinicians Need to Know")
        try tmux.waitFor("No programme yet")
        // The terminal closing (SIGHUP) restores it and exits.
        let pids = try Tmux.run(["pgrep", "-f", "foyer --data \(dir.path)"]).split(separator: "\n")
        for pid in pids { _ = try? Tmux.run(["kill", "-HUP", String(pid)]) }
        try tmux.waitFor("EXIT=129")
        let event = try JSONSerialization.jsonObject(with: Data(contentsOf: eventFile)) as? [String: Any]
        XCTAssertEqual(event?["schemaVersion"] as? Int, 1, "event.json is whole after the hang-up")
    }
}

/// What every end-to-end test needs: the built binary, and a data directory holding copies of sample events.
enum EndToEnd {
    static func binary() throws -> String {
        let path = Fixtures.packageRoot.appendingPathComponent(".build/debug/foyer").path
        // A failure, not a skip: an end-to-end test that quietly did not run would prove nothing.
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw NSError(domain: "EndToEnd", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(path) is missing: build foyer first (Scripts/test does)"])
        }
        return path
    }

    /// Starts foyer as a desk in `tmux` on the sample workshop, and waits for its agenda. The shell prints
    /// EXIT=status when foyer ends.
    static func startDesk(_ desk: String, in tmux: Tmux, binary: String, data dir: URL) throws {
        try tmux.type("\(binary) --data \(dir.path) --event impasses-2009 --desk \(desk); echo \"EXIT=$?\"")
        try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")
    }

    /// A fresh folder with copies of the named sample events; removed by the caller.
    static func dataDirectory(_ events: [String] = ["impasses-2009"]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for id in events {
            try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Data/\(id)"), to: dir.appendingPathComponent(id))
        }
        return dir
    }
}
