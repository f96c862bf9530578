import Foundation
import XCTest

/// A private sshd for one test: its own host key, a client key made for the test, a config in a temp
/// folder and a free loopback port. Desks log in to it with `ssh -t` from a tmux pane and run foyer on
/// this machine, as desks on several machines log in to one host. `stop()` ends it (call it in a defer).
final class SSHServer {
    let folder: URL
    let port: Int
    let user: String
    private let pid: pid_t
    private var clientKey: String { folder.appendingPathComponent("client").path }

    /// Skips when sshd or ssh is missing, except in CI, where a skipped SSH test would prove nothing.
    init() throws {
        for tool in ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"] where !FileManager.default.isExecutableFile(atPath: tool) {
            let why = "\(tool) is missing: Scripts/setup installs openssh-server and openssh-client"
            if ProcessInfo.processInfo.environment["CI"] == "true" { throw SSHServerError(why) }
            throw XCTSkip(why)
        }
        user = String(cString: getpwuid(getuid()).pointee.pw_name)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-sshd-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        var started: (pid_t, Int)?
        do {
            for name in ["host", "client"] {
                try SSHServer.run(["/usr/bin/ssh-keygen", "-q", "-N", "", "-t", "ed25519", "-f", folder.appendingPathComponent(name).path])
            }
            try FileManager.default.copyItem(at: folder.appendingPathComponent("client.pub"), to: folder.appendingPathComponent("authorized_keys"))
            // sshd refuses to start without its privilege separation folder; a container may lack it.
            // (Not being allowed to make it is left to sshd, whose log then says what it misses.)
            if !FileManager.default.fileExists(atPath: "/run/sshd") {
                try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            }
            // Another program may take the free port between asking and listening: then a new one.
            for _ in 0..<5 where started == nil {
                started = try SSHServer.start(in: folder, port: try SSHServer.freePort())
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        guard let started else {
            let log = (try? String(contentsOf: folder.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: folder)
            throw SSHServerError("sshd did not start on any of five ports; its log:\n\(log)")
        }
        self.folder = folder
        (pid, port) = started
    }

    /// Ends sshd (the sessions it started end with their clients) and removes the folder.
    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        try? FileManager.default.removeItem(at: folder)
    }

    /// The shell line a tmux pane types to log in and run `remote` there; the pane's shell then prints
    /// EXIT=status. ssh -t gives the remote a terminal and the pane's TERM; LANG is set on the remote
    /// line because sshd passes no locale (and foyer would draw ASCII fallbacks without UTF-8).
    func login(running remote: String) -> String {
        let options = ["-F", "/dev/null", "-t", "-p", "\(port)", "-i", clientKey, "-o", "IdentitiesOnly=yes",
                       "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR"]
        return "/usr/bin/ssh \(options.joined(separator: " ")) \(user)@127.0.0.1 'env LANG=C.UTF-8 \(remote)'; echo \"EXIT=$?\""
    }

    /// Starts sshd in the foreground (-D, so it is this process's child) and waits until it listens.
    /// nil when it could not bind the port.
    private static func start(in folder: URL, port: Int) throws -> (pid_t, Int)? {
        let log = folder.appendingPathComponent("sshd.log").path
        unlink(log)
        let config = """
            ListenAddress 127.0.0.1
            Port \(port)
            HostKey \(folder.appendingPathComponent("host").path)
            PidFile \(folder.appendingPathComponent("sshd.pid").path)
            AuthorizedKeysFile \(folder.appendingPathComponent("authorized_keys").path)
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            StrictModes no
            UsePAM no
            PermitRootLogin yes
            PrintMotd no
            PrintLastLog no

            """
        let configPath = folder.appendingPathComponent("sshd_config").path
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        let pid = try spawn(["/usr/sbin/sshd", "-D", "-f", configPath, "-E", log])
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = 0
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                if said.contains("Address already in use") { return nil }
                throw SSHServerError("sshd ended at once (status \(status)); its log:\n\(said)")
            }
            if let said = try? String(contentsOfFile: log, encoding: .utf8), said.contains("Server listening on 127.0.0.1 port \(port)") {
                return (pid, port)
            }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        throw SSHServerError("sshd did not listen within 10 s; its log:\n\((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
    }

    /// A loopback port nobody listens on now: the one the kernel gives to a socket bound to port 0.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SSHServerError("socket: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw SSHServerError("bind to a free loopback port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs a command to its end; throws with its status when it fails.
    @discardableResult
    static func run(_ arguments: [String]) throws -> Int32 {
        var status: Int32 = 0
        let pid = try spawn(arguments)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { throw SSHServerError("\(arguments.joined(separator: " ")) ended with status \(status)") }
        return status
    }

    /// Starts a command with nothing on its standard input and its output thrown away (posix_spawn, as
    /// `Tmux.run` does, and for the same reasons).
    static func spawn(_ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw SSHServerError("could not start \(arguments[0]): error \(spawned)") }
        return pid
    }
}

struct SSHServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The processes of one test's desks, found in /proc by what they are running and on which data.
enum DeskProcesses {
    /// The foyer processes running `--data data` as `--desk desk` (zombies left unreaped count as ended).
    static func foyer(data: URL, desk: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard isRunning(pid),
                  let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
                  comm.trimmingCharacters(in: .whitespacesAndNewlines) == "foyer",
                  let raw = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let args = raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            let pairs = zip(args, args.dropFirst())
            return pairs.contains { $0 == ("--data", data.path) } && pairs.contains { $0 == ("--desk", desk) }
        }
    }

    /// The `ssh` client a tmux pane's shell is running.
    static func sshClient(in tmux: Tmux) throws -> pid_t? {
        let shell = try tmux.tmux(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return try Tmux.run(["pgrep", "-P", shell, "-x", "ssh"]).split(separator: "\n").compactMap { pid_t($0) }.first
    }

    /// Whether the process exists and is not a zombie: once its parent (an sshd session) is gone, an ended
    /// process may wait unreaped under a container's init, and it holds no files or locks then.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// The environment a process was started with.
    static func environment(of pid: pid_t) -> [String: String] {
        let raw = FileManager.default.contents(atPath: "/proc/\(pid)/environ") ?? Data()
        return Dictionary(raw.split(separator: 0).compactMap { pair -> (String, String)? in
            let text = String(decoding: pair, as: UTF8.self)
            guard let equals = text.firstIndex(of: "=") else { return nil }
            return (String(text[..<equals]), String(text[text.index(after: equals)...]))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether nobody holds the lock file's flock now (as `flock -n` would find it).
    static func lockIsFree(_ path: String) -> Bool {
        let fd = open(path, O_RDWR)
        guard fd >= 0 else { return errno == ENOENT }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
        flock(fd, LOCK_UN)
        return true
    }
}
