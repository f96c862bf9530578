#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
@testable import FoyerCore

/// Runs one loader on the kept corpus and then on mutated inputs for a bounded time. Each input must
/// return or throw an error that `check` accepts, within a second. A crash kills the test process; the
/// input that did it is left in `.build/fuzz-failures/<target>.in-progress`.
///
/// FOYER_FUZZ_SECONDS (default 10) is the time per target, FOYER_FUZZ_SEED (default fixed, so the
/// ordinary test run is repeatable) the seed.
enum FuzzHarness {
    /// CPU seconds used by this process so far (every thread).
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static let defaultSeed: UInt64 = 20_090_319
    static var seconds: Double { ProcessInfo.processInfo.environment["FOYER_FUZZ_SECONDS"].flatMap(Double.init) ?? 10 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["FOYER_FUZZ_SEED"].flatMap { UInt64($0) } ?? defaultSeed }
    /// An input slower than this is a failure (a hang, or something quadratic): a second, and for inputs
    /// over 64 KB a further 6 s per MB, since the debug build needs about 1.5–2.5 s for any linear pass
    /// over 1 MB of text (CSV.swift's reader, splitting a programme into a million lines) and the machine
    /// may be busy. Something quadratic in 1 MB takes minutes.
    static func slowLimit(_ size: Int) -> Double { 1 + (size > 65_536 ? 6 * Double(size) / 1_048_576 : 0) }
    /// An input still running after this long is taken for a hang: the process stops and says so.
    static let hangLimit: Double = 30
    /// FOYER_FUZZ_SHOW=N prints N different rejection messages per target, to read what a person is told.
    static var show: Int { ProcessInfo.processInfo.environment["FOYER_FUZZ_SHOW"].flatMap { Int($0) } ?? 0 }
    static var corpusRoot: String { Fixtures.packageRoot + "/Tests/Fuzz/corpus" }
    static var failureFolder: String { Fixtures.packageRoot + "/.build/fuzz-failures" }

    static func corpus(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = corpusRoot + "/" + target
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        return try names.map { ($0, Array(try Files.bytes(folder + "/" + $0))) }
    }

    /// A stable seed per target, so adding a target does not change another's inputs.
    static func seed(for target: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in target.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return seed ^ h
    }

    /// A line on standard output at once (print is buffered when the output is a pipe, and a crash would lose it).
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    /// Fuzzes `body`. `check` returns nil for an acceptable error, or what is wrong with it.
    static func run(_ target: String, file: StaticString = #filePath, line: UInt = #line,
                    check: (Error) -> String? = { _ in nil }, _ body: ([UInt8]) throws -> Void) throws {
        let corpus = try corpus(target)
        XCTAssertFalse(corpus.isEmpty, "Tests/Fuzz/corpus/\(target) is empty", file: file, line: line)
        guard !corpus.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: failureFolder, withIntermediateDirectories: true)
        let inProgressPath = failureFolder + "/\(target).in-progress"
        let inProgress = open(inProgressPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard inProgress >= 0 else { throw StoreError.io(file: inProgressPath, operation: Phrase(verbatim: "create it"), detail: Phrase(verbatim: String(cString: strerror(errno)))) }
        let watchdog = Watchdog(target: target, path: inProgressPath)
        defer { watchdog.stop(); close(inProgress) }

        let targetSeed = seed(for: target)
        var mutator = Mutator(seed: targetSeed)
        let started = Date()
        let deadline = started.addingTimeInterval(seconds)
        var iterations = 0, thrown = 0, slowest = 0.0
        var failures: [String] = []
        var shown: Set<String> = []

        func one(_ input: [UInt8], _ label: String) {
            // The input is on disk before it runs, so a crash leaves it behind.
            _ = ftruncate(inProgress, 0)
            _ = input.withUnsafeBytes { pwrite(inProgress, $0.baseAddress, $0.count, 0) }
            watchdog.begin()
            // The slowness limit is on the CPU this process spends (all its threads), not the wall clock:
            // a loaded machine (other builds, the tmux tests) must not make a fast input look slow. A
            // real hang is the watchdog's, on the wall clock.
            let t0 = Self.processCPUSeconds()
            var problem: String?
            do { try body(input) } catch {
                thrown += 1
                if shown.count < show {
                    let text = String(String(describing: error).prefix(300))
                    if shown.insert(text.filter { !$0.isNumber }).inserted { say("  \(target) rejects: \(text)") }
                }
                problem = check(error).map { "\($0) [\(type(of: error)): \(error)]" }
            }
            let elapsed = Self.processCPUSeconds() - t0
            watchdog.end()
            slowest = max(slowest, elapsed)
            if elapsed > slowLimit(input.count) { problem = (problem.map { $0 + "; " } ?? "") + String(format: "took %.2f s", elapsed) }
            iterations += 1
            guard let problem, failures.count < 20 else { return }
            let saved = failureFolder + "/\(target)-seed\(targetSeed)-\(label).bin"
            _ = FileManager.default.createFile(atPath: saved, contents: Data(input))
            failures.append("\(label) (\(input.count) bytes, saved as \(saved)): \(problem.prefix(400))")
        }

        for (name, bytes) in corpus { one(bytes, "corpus-" + name) }
        while Date() < deadline {
            one(mutator.mutate(corpus.map(\.bytes)), "\(iterations)")
        }
        unlink(inProgressPath)
        let took = Date().timeIntervalSince(started)
        say(String(format: "fuzz %@: seed %llu (FOYER_FUZZ_SEED=%llu), %d inputs (%d corpus files) in %.1f s, %d rejected, slowest %.3f s, %d failures",
                     target, targetSeed, seed, iterations, corpus.count, took, thrown, slowest, failures.count))
        for f in failures { XCTFail("fuzz \(target): \(f)", file: file, line: line) }
    }
}

/// Stops the process when one input runs for longer than `FuzzHarness.hangLimit`: a hang would
/// otherwise stall the whole test run without saying which input did it.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var startedAt: UInt64?
    private var stopped = false

    init(target: String, path: String) {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                lock.lock()
                let done = stopped, since = startedAt
                lock.unlock()
                if done { return }
                if let since, Double(DispatchTime.now().uptimeNanoseconds - since) / 1e9 > FuzzHarness.hangLimit {
                    FileHandle.standardError.write(Data("fuzz \(target): an input ran for more than \(Int(FuzzHarness.hangLimit)) s (a hang); it is in \(path)\n".utf8))
                    exit(70)
                }
            }
        }
        thread.start()
    }
    func begin() { lock.lock(); startedAt = DispatchTime.now().uptimeNanoseconds; lock.unlock() }
    func end() { lock.lock(); startedAt = nil; lock.unlock() }
    func stop() { lock.lock(); stopped = true; lock.unlock() }
}
