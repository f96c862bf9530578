#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// The child processes the desks run (`foyer …` and `foyer-soak op …`), started with posix_spawn and
/// tracked by process id, so the killer can SIGKILL one while it runs and never a stranger: a child
/// leaves the table before it is reaped, so its id cannot have been given to another process yet.
final class Children: Sendable {
    /// What one child did: its exit status, or the signal that ended it, and what it printed.
    struct Ended: Sendable {
        var status: Int32
        var signal: Int32
        var stdout: String
        var stderr: String
        var wasKilled: Bool { signal != 0 }

        /// The first line of standard output, else of standard error: what the desk was told.
        var firstLine: String {
            let text = stdout.isEmpty ? stderr : stdout
            return String(text.split(separator: "\n", maxSplits: 1).first ?? "")
        }
    }

    private let running = Mutex<[pid_t: String]>([:])
    private let environment: [String]
    private let scratch: String

    /// `home` becomes HOME (nothing of the host's own foyer settings leaks in); `scratch` holds each
    /// child's standard error while it runs.
    init(home: String, scratch: String) {
        var env = ProcessInfo.processInfo.environment.filter { key, _ in !key.hasPrefix("FOYER_") && key != "XDG_DATA_HOME" }
        env["HOME"] = home
        // English and plain: the desks read what foyer says ("checked in", the new code).
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        environment = env.map { "\($0.key)=\($0.value)" }
        self.scratch = scratch
    }

    /// Runs `binary arguments…` to its end; `label` says what it is in the table (for the summary).
    func run(_ binary: String, _ arguments: [String], label: String) throws -> Ended {
        var pipeFDs: [Int32] = [-1, -1]
        let errPath = scratch + "/stderr-\(UUID().uuidString)"
        defer { unlink(errPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }

        var pid: pid_t = 0
        // The table is held while spawning, so the killer sees the child from its first instant, and while
        // the pipe is made: its ends are close-on-exec before any other desk spawns, or another desk's
        // child would hold this pipe open and this desk would wait for that child's end too.
        let spawned = running.withLock { table -> Int32 in
            guard pipe(&pipeFDs) == 0 else { return errno }
            _ = fcntl(pipeFDs[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipeFDs[1], F_SETFD, FD_CLOEXEC)
            posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1) // dup2 clears close-on-exec on 1
            let rc = posix_spawn(&pid, binary, &actions, nil, argv, envp)
            if rc == 0 { table[pid] = label }
            return rc
        }
        if pipeFDs[1] >= 0 { close(pipeFDs[1]) }
        guard spawned == 0 else {
            if pipeFDs[0] >= 0 { close(pipeFDs[0]) }
            throw SoakError("cannot start \(binary): \(String(cString: strerror(spawned)))")
        }
        let stdout = Self.readAll(pipeFDs[0])
        close(pipeFDs[0])
        // Wait without reaping, take the child out of the table, and only then reap it: until then its
        // process id cannot be reused, so a kill sent meanwhile reaches this child or nobody.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        _ = running.withLock { $0.removeValue(forKey: pid) }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        let signal = raw & 0x7f
        let status = signal == 0 ? (raw >> 8) & 0xff : 0
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Ended(status: status, signal: signal, stdout: String(decoding: stdout, as: UTF8.self), stderr: stderr)
    }

    /// SIGKILLs one of the running children, chosen by `pick` among their labels; returns its label.
    func killOne(_ pick: ([String]) -> Int?) -> String? {
        running.withLock { table in
            let entries = table.sorted { $0.key < $1.key }
            guard !entries.isEmpty, let i = pick(entries.map(\.value)), entries.indices.contains(i) else { return nil }
            return Glibc.kill(entries[i].key, SIGKILL) == 0 ? entries[i].value : nil
        }
    }

    /// SIGKILLs the child with process id `pid`, if it is one of ours and still running.
    func kill(pid: pid_t) -> String? {
        running.withLock { table in
            guard let label = table[pid] else { return nil }
            return Glibc.kill(pid, SIGKILL) == 0 ? label : nil
        }
    }

    /// The process holding an exclusive flock on the file with inode `inode`, read from /proc/locks
    /// ("2: FLOCK  ADVISORY  WRITE 4290 fe:00:16220223 0 EOF"): a desk inside its write.
    static func exclusiveHolder(ofInode inode: UInt64) -> pid_t? {
        guard let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count >= 6, f[1] == "FLOCK", f[3] == "WRITE", let pid = pid_t(f[4]),
                  let node = f[5].split(separator: ":").last.flatMap({ UInt64($0) }), node == inode else { continue }
            return pid
        }
        return nil
    }

    private static func readAll(_ fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { out += buffer[0..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            return out
        }
    }
}

/// A failure of the soak itself (not of what it checks).
struct SoakError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
