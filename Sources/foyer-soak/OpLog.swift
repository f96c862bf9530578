#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// One operation a desk ran, as the desk saw it: what it asked for, and whether foyer acknowledged it
/// (exit 0), refused it (any other exit), or was SIGKILLed before it answered. The checker reads only
/// these and the data directory.
struct OpRecord: Codable, Sendable, Equatable {
    enum Kind: String, Codable, Sendable, CaseIterable {
        case checkIn = "check-in", payment, register, edit, cancel, compact
    }
    enum Outcome: String, Codable, Sendable {
        /// Exit 0: the desk was told it is done.
        case acknowledged
        /// Any other exit: the desk was told it was not done, so nothing of it may be on disk.
        case refused
        /// SIGKILLed before it answered: it may or may not be on disk, but at most once.
        case killed
    }

    /// The desk (1…8), or 0 for the driver's own compactions.
    var desk: Int
    /// The operation's number at its desk.
    var number: Int
    var kind: Kind
    /// The person it is about (check-in, payment, edit, cancel) or was given (an acknowledged register).
    var code: String?
    /// An edit's field (its `foyer edit` option name).
    var field: String?
    /// An edit's new value, a payment's id, a registration's email: unique to this operation.
    var value: String?
    /// A payment's amount, in öre.
    var amount: Int?
    var outcome: Outcome
    /// The exit status, or the signal for a killed child.
    var status: Int32
    /// The first line it printed (standard error's when standard output was empty).
    var said: String
    /// Seconds since the soak began (monotonic), when the child was started and when it had ended.
    var started: Double
    var ended: Double

    var deskName: String { desk == 0 ? "soak-driver" : "soak-\(desk)" }
}

/// `ops.jsonl` in the work folder: one record per line, appended as each operation ends, so a soak that
/// is itself killed still leaves what it did for `foyer-soak check`.
final class OpLog: Sendable {
    let path: String
    private let fd: Mutex<Int32>

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SoakError("cannot write \(path): \(String(cString: strerror(errno)))") }
        self.fd = Mutex(fd)
    }
    deinit { fd.withLock { _ = close($0) } }

    func append(_ record: OpRecord) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(record) else { return }
        line.append(10)
        fd.withLock { fd in _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
    }

    static func read(_ path: String) throws -> [OpRecord] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out: [OpRecord] = []
        for (n, line) in text.split(separator: "\n").enumerated() {
            do { out.append(try JSONDecoder().decode(OpRecord.self, from: Data(line.utf8))) } catch {
                throw SoakError("\(path):\(n + 1): not an operation record (\(error))")
            }
        }
        return out
    }
}

/// Seconds on the monotonic clock: the order of operations, unaffected by a change of the wall clock.
enum Monotonic {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
