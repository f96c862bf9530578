import Foundation
import XCTest
import FoyerCore
#if canImport(Glibc)
import Glibc
#endif

/// Several desks on one data directory, as separate `foyer` processes (one per operation, started by a
/// bash loop per desk): no double admission, no lost update, nothing acknowledged lost when processes are
/// killed, and compaction while the desks run.
final class ConcurrencyTests: XCTestCase {
    private var harness: DeskHarness!

    override func setUpWithError() throws {
        harness = try DeskHarness()
    }

    override func tearDownWithError() throws {
        harness?.tearDown()
        harness = nil
    }

    /// A desk: `passes` times over every code (the first pass in the same order at every desk, so the desks
    /// collide on the same person; later passes in other orders), registering a new person after each
    /// check-in until it has registered `registrations`. Arguments: desk, passes, registrations, codes….
    private func deskScript() throws -> String {
        try harness.script("desk", """
            desk=$1; passes=$2; regs=$3; shift 3
            codes=("$@"); n=${#codes[@]}
            log="$HOME/desk-$desk.log"
            seed=$(( $(printf '%d' "'$desk") ))
            r=0
            for ((p=0; p<passes; p++)); do
              for ((k=0; k<n; k++)); do
                if (( p == 0 )); then i=$k; else i=$(( (k + seed * 13 + p * 7) % n )); if (( (seed + p) % 2 )); then i=$(( n - 1 - i )); fi; fi
                code=${codes[$i]}
                # A desk whose foyer was killed tries again, as a volunteer would press Enter again.
                for try in 1 2 3; do
                  foyer_op "$log" C "$code" check-in "$code" --desk "$desk" && break
                  (( $? >= 128 )) || break
                done
                if (( r < regs )); then
                  foyer_op "$log" R "$desk-$r" register --desk "$desk" --first Walkin --last "${desk}x$r" --category standard
                  r=$((r + 1))
                fi
              done
            done
            """)
    }

    private func checkIns(_ ops: [DeskHarness.Op]) -> [DeskHarness.Op] { ops.filter { $0.kind == "C" } }
    private func acknowledgedCheckIns(_ ops: [DeskHarness.Op]) -> [DeskHarness.Op] {
        checkIns(ops).filter { $0.output.hasPrefix("CHECKED IN  \($0.key)") }
    }

    /// Every acknowledged check-in is on disk at the desk that printed it, once; every person is checked in
    /// at most once (history and journal); every ALREADY CHECKED IN names the desk that did admit them.
    private func assertCheckInsConsistent(_ ops: [DeskHarness.Op], store: EventStore, everyoneIn codes: [String]?,
                                          file: StaticString = #filePath, line: UInt = #line) {
        var acknowledged: [String: [String]] = [:]
        for op in acknowledgedCheckIns(ops) { acknowledged[op.key, default: []].append(op.desk) }
        for (code, desks) in acknowledged {
            XCTAssertEqual(desks.count, 1, "\(code) was acknowledged as CHECKED IN at \(desks)", file: file, line: line)
            XCTAssertEqual(store.registry[code]?.checkIn?.desk, desks.first, "\(code): acknowledged at \(desks) but stored as \(String(describing: store.registry[code]?.checkIn))", file: file, line: line)
        }
        for r in store.registry.registrants {
            let admissions = r.checkInHistory.filter { $0.action == .checkedIn }
            XCTAssertLessThanOrEqual(admissions.count, 1, "\(r.code) was admitted \(admissions.count) times: \(admissions)", file: file, line: line)
            XCTAssertEqual(r.checkIn?.desk, admissions.first?.desk, r.code, file: file, line: line)
        }
        for code in codes ?? [] {
            XCTAssertEqual(store.registry[code]?.checkInHistory.filter { $0.action == .checkedIn }.count, 1, "\(code) is not checked in exactly once", file: file, line: line)
        }
        for op in checkIns(ops) where op.status == 3 {
            guard let desk = store.registry[op.key]?.checkIn?.desk else { XCTFail("\(op.key): ALREADY CHECKED IN, but not checked in", file: file, line: line); continue }
            XCTAssertTrue(op.output.hasPrefix("ALREADY CHECKED IN  \(op.key)") && op.output.hasSuffix("at desk \(desk)"),
                          "\(op.desk) was told \"\(op.output)\"; \(op.key) was checked in at desk \(desk)", file: file, line: line)
        }
    }

    /// Every acknowledged registration is stored under the printed code with its name; codes are unique.
    /// Returns how many were acknowledged.
    @discardableResult
    private func assertRegistrationsPresent(_ ops: [DeskHarness.Op], store: EventStore, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let acknowledged = ops.filter { $0.kind == "R" && $0.output.contains("  Walkin ") }
        var seen: [String: String] = [:]
        for op in acknowledged {
            let code = String(op.output.prefix { !$0.isWhitespace })
            let name = "Walkin " + op.key.replacingOccurrences(of: "-", with: "x")
            if let other = seen[code] { XCTFail("\(code) was handed out twice: \(other) and \(name)", file: file, line: line) }
            seen[code] = name
            XCTAssertEqual(store.registry[code]?.fullName, name, "\(op.desk) registered \(name) as \(code)", file: file, line: line)
        }
        XCTAssertEqual(Set(store.registry.registrants.map(\.code)).count, store.registry.count, file: file, line: line)
        return acknowledged.count
    }

    // MARK: Tests

    /// Four desks, four passes each over every registered person, each desk registering 60 walk-ins in
    /// between: over a thousand interleaved operations. Every person is admitted exactly once, by the one
    /// desk that said CHECKED IN; every other attempt said ALREADY CHECKED IN; no registration is lost.
    func testFourDesksCheckInEveryoneAndRegisterAtOnce() throws {
        let codes = try harness.generate(60)
        let desks = ["A", "B", "C", "D"], passes = 4, registrations = 60
        let script = try deskScript()
        let started = Date()
        for desk in desks { try harness.start(script, [desk, String(passes), String(registrations)] + codes) }
        // Generous: this is about correctness, and a busy machine (two builds beside it) runs it at a third of the speed.
        XCTAssertTrue(harness.waitForWorkers(timeout: 240), "the desks did not finish within 240 s")
        let elapsed = Date().timeIntervalSince(started)

        let logs = Dictionary(uniqueKeysWithValues: desks.map { ($0, harness.log($0)) })
        let ops = try harness.ops(logs: logs)
        XCTAssertEqual(ops.count, desks.count * (passes * codes.count + registrations), "every operation ran once and was logged")
        for op in ops where !(op.kind == "C" && [0, 3].contains(op.status)) && !(op.kind == "R" && op.status == 0) {
            XCTFail("\(op.desk): \(op.kind) \(op.key) ended with \(op.status): \(op.output)\n\(harness.errors(op.desk))")
        }
        let store = try harness.open()
        XCTAssertTrue(store.warningPhrases.map(\.en).isEmpty, "\(store.warningPhrases.map(\.en))")
        assertCheckInsConsistent(ops, store: store, everyoneIn: codes)
        XCTAssertEqual(Set(acknowledgedCheckIns(ops).map(\.key)), Set(codes), "one CHECKED IN per person")
        XCTAssertEqual(acknowledgedCheckIns(ops).count, codes.count)
        for code in codes {
            let already = checkIns(ops).filter { $0.key == code && $0.status == 3 }.count
            XCTAssertEqual(already, desks.count * passes - 1, "\(code): \(already) ALREADY CHECKED IN answers")
        }
        // The journal holds exactly one check-in line per person.
        let journalCheckIns = store.journalEntries.compactMap { e -> String? in
            if case .checkIn(let code, _) = e.change { return code } else { return nil }
        }
        XCTAssertEqual(journalCheckIns.sorted(), codes.sorted())
        XCTAssertEqual(assertRegistrationsPresent(ops, store: store), desks.count * registrations)
        XCTAssertEqual(store.registry.count, 60 + desks.count * registrations, "no lost update")
        XCTAssertEqual(store.journalEntries.map(\.seq), Array(1...store.journalEntries.count), "one sequence, no gaps, no repeats")
        let validate = try harness.foyer("validate")
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        print("concurrency: \(ops.count) operations by \(desks.count) desks in \(String(format: "%.1f", elapsed)) s")
    }

    /// Three desks checking in and registering while their `foyer` processes are SIGKILLed at random moments
    /// (about every 50–250 ms). The directory stays loadable (`foyer validate` exits 0), every acknowledged
    /// check-in and registration is on disk, nobody is admitted twice; a torn last line is only a warning.
    func testKilledDesksLoseNothingAcknowledged() throws {
        let codes = try harness.generate(60)
        let desks = ["A", "B", "C"]
        let script = try deskScript()
        for desk in desks { try harness.start(script, [desk, "1", "40"] + codes) }
        var random = SystemRandomNumberGenerator()
        var kills = 0, rounds = 0
        let deadline = Date().addingTimeInterval(45)
        while harness.anyRunning && Date() < deadline {
            usleep(UInt32.random(in: 50_000...250_000, using: &random))
            kills += harness.killFoyerChildren()
            rounds += 1
        }
        XCTAssertTrue(harness.waitForWorkers(timeout: 5), "the desks did not finish within 50 s")
        XCTAssertGreaterThanOrEqual(kills, 5, "too few kills to prove anything (\(rounds) rounds)")

        let logs = Dictionary(uniqueKeysWithValues: desks.map { ($0, harness.log($0)) })
        let ops = try harness.ops(logs: logs)
        XCTAssertGreaterThan(ops.filter { $0.status == 137 }.count, 0, "some operations were killed")
        for op in ops where ![0, 3, 137].contains(op.status) {
            XCTFail("\(op.desk): \(op.kind) \(op.key) ended with \(op.status): \(op.output)\n\(harness.errors(op.desk))")
        }
        let validate = try harness.foyer("validate")
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        XCTAssertFalse(validate.stdout.contains("ERROR"), validate.stdout)
        let store = try harness.open()
        assertCheckInsConsistent(ops, store: store, everyoneIn: nil)
        let registered = assertRegistrationsPresent(ops, store: store)
        XCTAssertGreaterThan(registered, 0)
        XCTAssertGreaterThan(acknowledgedCheckIns(ops).count, codes.count / 2)

        // A write torn by a crash (half a line at the end): loading warns and keeps everything else; the next
        // write sets the torn bytes aside and carries on.
        let before = store.registry
        try harness.append("{\"seq\":999999,\"time\":\"2009-03-19T08:", to: harness.journalPath)
        let torn = try harness.foyer("validate")
        XCTAssertEqual(torn.status, 0, torn.stdout + torn.stderr)
        XCTAssertTrue(torn.stdout.contains("half-written last line"), torn.stdout)
        XCTAssertEqual(try harness.open().registry, before)
        let pending = before.registrants.first { $0.status == .registered && $0.checkIn == nil }
        if let pending {
            let after = try harness.foyer("check-in", [pending.code, "--desk", "Z"])
            XCTAssertEqual(after.status, 0, after.stderr)
            XCTAssertEqual(try harness.open().registry[pending.code]?.checkIn?.desk, "Z")
        }
        XCTAssertEqual(try harness.foyer("validate").status, 0)
        print("crash: \(ops.count) operations, \(kills) foyer processes killed, \(ops.filter { $0.status == 137 }.count) seen killed")
    }

    /// Three desks check everyone in twice over and register walk-ins while a fourth process runs
    /// `foyer compact` in a loop. Nothing acknowledged is missing, nobody is admitted twice, codes stay
    /// unique, and an EventStore opened before it all catches up (refresh) and can still write.
    func testCompactionWhileDesksRun() throws {
        let codes = try harness.generate(60)
        let desks = ["A", "B", "C"], passes = 2, registrations = 30
        let staleReader = try harness.open(), staleWriter = try harness.open()
        let script = try deskScript()
        let compactor = try harness.script("compactor", """
            log="$HOME/desk-K.log"; i=0
            while [ ! -e "$HOME/stop" ]; do
              foyer_op "$log" K "$i" compact
              i=$((i + 1)); sleep 0.05
            done
            """)
        var deskProcesses: [Process] = []
        for desk in desks { deskProcesses.append(try harness.start(script, [desk, String(passes), String(registrations)] + codes)) }
        try harness.start(compactor, [])
        let deadline = Date().addingTimeInterval(50)
        while deskProcesses.contains(where: \.isRunning) && Date() < deadline { usleep(20_000) }
        _ = FileManager.default.createFile(atPath: harness.home + "/stop", contents: nil)
        XCTAssertTrue(harness.waitForWorkers(timeout: 10), "the desks did not finish within 50 s")

        let logs = Dictionary(uniqueKeysWithValues: (desks + ["K"]).map { ($0, harness.log($0)) })
        let ops = try harness.ops(logs: logs)
        let compactions = ops.filter { $0.kind == "K" }
        XCTAssertGreaterThanOrEqual(compactions.filter { $0.status == 0 }.count, 3, "the journal was compacted while the desks ran")
        for op in ops where !(op.kind == "C" && [0, 3].contains(op.status)) && op.status != 0 {
            XCTFail("\(op.desk): \(op.kind) \(op.key) ended with \(op.status): \(op.output)\n\(harness.errors(op.desk))")
        }
        let store = try harness.open()
        XCTAssertTrue(store.warningPhrases.map(\.en).isEmpty, "\(store.warningPhrases.map(\.en))")
        assertCheckInsConsistent(ops, store: store, everyoneIn: codes)
        for code in codes {
            XCTAssertEqual(checkIns(ops).filter { $0.key == code && $0.status == 3 }.count, desks.count * passes - 1, code)
        }
        XCTAssertEqual(assertRegistrationsPresent(ops, store: store), desks.count * registrations)
        XCTAssertEqual(store.registry.count, 60 + desks.count * registrations)

        // The desks that were open all along notice the new snapshot and carry on.
        XCTAssertTrue(try staleReader.refresh())
        XCTAssertEqual(staleReader.registry, store.registry)
        let late = try staleWriter.register(Registrant(code: "", firstName: "Late", lastName: "Comer", feeCategoryID: "standard",
                                                       price: .major(2000), registeredAt: Date()))
        XCTAssertNil(store.registry[late.code], "a fresh code, not one already handed out")
        XCTAssertEqual(try harness.open().registry.count, store.registry.count + 1)
        let validate = try harness.foyer("validate")
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        print("compaction: \(ops.count) operations, \(compactions.count) compactions")
    }
}
