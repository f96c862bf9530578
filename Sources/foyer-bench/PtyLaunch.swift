#if canImport(Glibc)
import Glibc
#endif
import Foundation
import FoyerCore
import FoyerTUI

/// Starts the built `foyer` in a pseudo-terminal, as a person would in a terminal window, and times
/// what appears on it: the first frame (the agenda) and the moment the registrations are in.
///
/// The size comes from LINES and COLUMNS, which ncurses honours before the terminal's own size, so no
/// ioctl is needed (Swift cannot call the variadic ioctl).
struct PtyLaunch {
    struct Timing {
        var firstFrame: Double
        var searchable: Double
        /// The process's peak resident memory (VmHWM) once loaded, in bytes.
        var peakRSS: Int
    }

    enum Failure: Error, CustomStringConvertible {
        case pty(String), spawn(Int32), timeout(String, [UInt8])
        var description: String {
            switch self {
            case .pty(let what): return "could not open a pseudo-terminal: \(what)"
            case .spawn(let code): return "could not start foyer (posix_spawn error \(code))"
            case .timeout(let waiting, let seen):
                let tail = String(decoding: seen.suffix(400), as: UTF8.self).unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "." : String($0) }.joined()
                return "timed out waiting for \(waiting); the screen's last bytes: \(tail)"
            }
        }
    }

    let binary: String
    let dataPath: String
    let eventID: String
    /// The interface's language, given as FOYER_LANG (as a desk's own setting would be).
    var language: Language = .en
    /// What appears on the screen once the registrations are in (`LaunchMarks.loaded`).
    var loadedMark: [UInt8] = Array("help".utf8)
    let width = 80, height = 24

    /// The first frame is the agenda, the tab bar's "foyer" first (a name, the same in every language),
    /// with the progress line at the bottom; the registrations are in when the hints replace it.
    static let firstFrameMark = Array("foyer".utf8)

    /// `settle`: how long foyer keeps running after it is searchable (not timed), e.g. to write its cache.
    func run(timeout: Double = 120, settle: Double = 0) throws -> Timing {
        let master = PtyCalls.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, PtyCalls.grantpt(master) == 0, PtyCalls.unlockpt(master) == 0, let name = PtyCalls.ptsname(master) else {
            throw Failure.pty(String(cString: strerror(errno)))
        }
        defer { close(master) }
        let slavePath = String(cString: name)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(PtyCalls.spawnSetsid))

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LINES"] = String(height)
        environment["COLUMNS"] = String(width)
        environment["LANG"] = environment["LANG"].flatMap { $0.isEmpty ? nil : $0 } ?? "C.UTF-8"
        environment["FOYER_DESK"] = "bench"
        environment["FOYER_LANG"] = language.rawValue
        let arguments = [binary, "--data", dataPath, "--event", eventID]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }

        var pid: pid_t = 0
        let start = Self.now()
        let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure.spawn(spawned) }
        defer {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }

        var seen: [UInt8] = []
        var firstFrame: Double?
        // The registrations are in when the bottom row reads the hint: read off the screen as drawn, not
        // off the bytes (ncurses sends only changed cells, so a word can arrive in pieces).
        var screen = PtyScreen(width: width, height: height)
        let mark = String(decoding: loadedMark, as: UTF8.self)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let elapsed = Self.now() - start
            guard elapsed < timeout else { throw Failure.timeout(firstFrame == nil ? "the first frame" : "the registrations", seen) }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 50)
            guard ready > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { throw Failure.timeout("output (foyer ended?)", seen) }
            seen.append(contentsOf: buffer[0..<n])
            screen.feed(buffer[0..<n])
            if firstFrame == nil, Self.contains(seen, Self.firstFrameMark, from: 0) != nil {
                firstFrame = Self.now() - start
            }
            if let firstFrame, screen.text(row: height - 1).contains(mark) {
                let searchable = Self.now() - start
                if settle > 0 { Thread.sleep(forTimeInterval: settle) }
                return Timing(firstFrame: firstFrame, searchable: searchable, peakRSS: Self.peakRSS(pid: pid))
            }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// VmHWM from /proc: the most memory the process has had resident.
    static func peakRSS(pid: pid_t) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// The pseudo-terminal calls glibc declares only with _XOPEN_SOURCE, which Swift's Glibc module does not
/// set: looked up by name at run time instead (they are in every glibc).
enum PtyCalls {
    typealias IntToInt = @convention(c) (Int32) -> Int32
    typealias IntToName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    private static func symbol<T>(_ name: String, as: T.Type) -> T {
        guard let pointer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("glibc has no \(name)") }
        return unsafeBitCast(pointer, to: T.self)
    }
    static let openpt = symbol("posix_openpt", as: IntToInt.self)
    static let grantpt = symbol("grantpt", as: IntToInt.self)
    static let unlockpt = symbol("unlockpt", as: IntToInt.self)
    static let ptsnameCall = symbol("ptsname", as: IntToName.self)
    static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? { ptsnameCall(fd) }
    /// POSIX_SPAWN_SETSID in glibc's spawn.h (2.26 and later).
    static let spawnSetsid: Int32 = 0x80
}

/// What the launch waits for on the screen, in the interface's language.
enum LaunchMarks {
    /// A hint of the agenda's status line, which replaces the progress line once the registrations are
    /// in: the help hint, or (when a longer language left it out at 80 columns) the line's last word.
    /// Drawn here the way foyer draws it, so a translated hint is followed without a change here.
    static func loaded(event: Event, language: Language, width: Int = 80, height: Int = 24) -> [UInt8] {
        var state = AppState(event: event, width: width, height: height, now: BenchData.dayStart, registry: Registry())
        state.language = language
        let status = RootView.render(state).grid.text(row: height - 1)
        let help = KeyTable.standard.binding(.help, in: .global)?.hint?[language]
        if let help, status.contains(help) { return Array(help.utf8) }
        let words = status.split(separator: " ").map(String.init).filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) }
        return Array((words.last ?? "help").utf8)
    }
}
