import Foundation
import XCTest
import FoyerCore
#if canImport(Glibc)
import Glibc
#endif

/// Several desks on one data directory: a temporary home holding a copy of the Stockholm workshop, bash
/// worker scripts that call the built `foyer` once per operation, and the means to kill the workers'
/// `foyer` children (by process id, found through /proc) and to read back what each worker was told.
final class DeskHarness {
    static let eventID = "impasses-2009"
    let home: String
    var data: String { home + "/data" }
    var folder: String { data + "/" + Self.eventID }
    var journalPath: String { folder + "/" + EventStore.journalFileName }
    private(set) var workers: [Process] = []

    init() throws {
        home = (FileManager.default.temporaryDirectory.path as NSString).appendingPathComponent("foyer-desks-" + UUID().uuidString)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data)
        try FileManager.default.copyItem(atPath: FoyerProcess.sampleData + "/" + Self.eventID + "/event.json", toPath: folder + "/event.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder + "/event.json")
    }

    /// Kills whatever is still running (workers and their children) and removes the folder.
    func tearDown() {
        for w in workers where w.isRunning {
            for child in Self.descendants(of: w.processIdentifier) { kill(child.pid, SIGKILL) }
            kill(w.processIdentifier, SIGKILL)
            w.waitUntilExit()
        }
        workers = []
        try? FileManager.default.removeItem(atPath: home)
    }

    /// `foyer command --data … --event impasses-2009 arguments…`
    @discardableResult
    func foyer(_ command: String, _ arguments: [String] = [], timeout: TimeInterval = 30,
               file: StaticString = #filePath, line: UInt = #line) throws -> RunResult {
        try FoyerProcess.run([command, "--data", data, "--event", Self.eventID] + arguments, home: home, timeout: timeout, file: file, line: line)
    }

    /// `foyer generate` with `count` people, returning the codes of those registered (not waitlisted or cancelled).
    func generate(_ count: Int, seed: Int = 6) throws -> [String] {
        let result = try foyer("generate", ["--registrants", String(count), "--seed", String(seed)])
        XCTAssertEqual(result.status, 0, result.stderr)
        let registered = try open().registry.registrants.filter { $0.status == .registered }.map(\.code)
        XCTAssertGreaterThan(registered.count, count / 2)
        return registered
    }

    func open() throws -> EventStore {
        try DataDirectory(path: data).openEvent(Self.eventID, desk: "test")
    }

    // MARK: Workers

    /// Writes a bash worker. The script sees F (the binary), D (the data directory), E (the event) and
    /// `foyer_op LOG KIND KEY foyer-arguments…`, which runs foyer once and appends one line
    /// `KIND|KEY|STATUS|FIRST-LINE-OF-STDOUT` to LOG after it ended (standard error goes to LOG.err).
    /// `foyer_try` is the same for commands that refuse with a reason: when standard output is empty the
    /// line carries standard error's first line, and KEY is followed by `@START@END`, the run's wall-clock
    /// start and end (bash's EPOCHREALTIME), so a test can tell which runs began after another ended
    /// (see `Op.timed`).
    func script(_ name: String, _ body: String) throws -> String {
        let path = home + "/" + name + ".sh"
        let text = """
            #!/bin/bash
            set -u
            F='\(FoyerProcess.binary)'
            D='\(data)'
            E='\(Self.eventID)'
            foyer_op() {
              local log=$1 kind=$2 key=$3; shift 3
              local out st
              out=$("$F" "$@" --data "$D" --event "$E" 2>>"$log.err" </dev/null)
              st=$?
              printf '%s|%s|%s|%s\\n' "$kind" "$key" "$st" "${out%%$'\\n'*}" >> "$log"
              return $st
            }
            foyer_try() {
              local log=$1 kind=$2 key=$3; shift 3
              local out st t0 t1 said=""
              t0=$EPOCHREALTIME
              out=$("$F" "$@" --data "$D" --event "$E" 2>"$log.last" </dev/null)
              st=$?
              t1=$EPOCHREALTIME
              cat "$log.last" >> "$log.err"
              [ -n "$out" ] || { IFS= read -r said < "$log.last"; out=$said; }
              printf '%s|%s@%s@%s|%s|%s\\n' "$kind" "$key" "$t0" "$t1" "$st" "${out%%$'\\n'*}" >> "$log"
              return $st
            }

            """ + body + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Starts `bash script arguments…` as a worker.
    @discardableResult
    func start(_ script: String, _ arguments: [String]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [script] + arguments
        var env = ProcessInfo.processInfo.environment.filter { key, _ in !key.hasPrefix("FOYER_") && key != "XDG_DATA_HOME" }
        env["HOME"] = home
        env["LANG"] = "C.UTF-8"
        p.environment = env
        p.currentDirectoryURL = URL(fileURLWithPath: home)
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        workers.append(p)
        return p
    }

    var anyRunning: Bool { workers.contains { $0.isRunning } }

    /// Waits for every worker; false (after killing them) when they did not finish within `timeout`.
    func waitForWorkers(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while anyRunning && Date() < deadline { usleep(20_000) }
        if anyRunning {
            for w in workers where w.isRunning {
                for child in Self.descendants(of: w.processIdentifier) { kill(child.pid, SIGKILL) }
                kill(w.processIdentifier, SIGKILL)
            }
            for w in workers { w.waitUntilExit() }
            return false
        }
        for w in workers { w.waitUntilExit() }
        return true
    }

    /// SIGKILLs the `foyer` processes the workers are running right now; returns how many.
    @discardableResult
    func killFoyerChildren() -> Int {
        var killed = 0
        for w in workers where w.isRunning {
            for child in Self.descendants(of: w.processIdentifier) where child.comm == "foyer" {
                if kill(child.pid, SIGKILL) == 0 { killed += 1 }
            }
        }
        return killed
    }

    /// Every process below `root`, read from /proc/*/stat ("pid (comm) state ppid …").
    static func descendants(of root: pid_t) -> [(pid: pid_t, comm: String)] {
        var parent: [pid_t: pid_t] = [:], names: [pid_t: String] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, let ppid = pid_t(fields[1]) else { continue }
            parent[pid] = ppid
            names[pid] = String(stat[stat.index(after: open)..<close])
        }
        var out: [(pid_t, String)] = []
        var frontier: Set<pid_t> = [root]
        while !frontier.isEmpty {
            let next = parent.filter { frontier.contains($0.value) }.map(\.key)
            for pid in next { out.append((pid, names[pid] ?? "")) }
            frontier = Set(next)
        }
        return out
    }

    // MARK: Logs

    struct Op: Equatable {
        var kind: String
        var key: String
        var status: Int
        var output: String
        var desk: String

        /// The key and times of a `foyer_try` line; nil for a `foyer_op` line.
        var timed: TimedKey? {
            let parts = key.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 3, let started = Double(parts[1]), let ended = Double(parts[2]) else { return nil }
            return TimedKey(key: String(parts[0]), started: started, ended: ended)
        }
    }

    /// A `foyer_try` line's key, split: the key the script gave and when the run started and ended.
    struct TimedKey {
        var key: String
        var started: Double
        var ended: Double
    }

    /// The operations in the worker logs `name` (one per desk), each with its desk.
    func ops(logs: [String: String]) throws -> [Op] {
        var out: [Op] = []
        for (desk, log) in logs {
            guard FileManager.default.fileExists(atPath: log) else { continue }
            for line in try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n") {
                let parts = line.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 4, let status = Int(parts[2]) else { XCTFail("a garbled log line in \(log): \(line)"); continue }
                out.append(Op(kind: parts[0], key: parts[1], status: status, output: parts[3], desk: desk))
            }
        }
        return out
    }

    func log(_ desk: String) -> String { home + "/desk-" + desk + ".log" }

    func errors(_ desk: String) -> String {
        (try? String(contentsOfFile: log(desk) + ".err", encoding: .utf8)) ?? ""
    }

    /// Appends bytes to a file as a crash mid-write would leave them.
    func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}
