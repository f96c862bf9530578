import Foundation
import XCTest
import FoyerCore
#if canImport(Glibc)
import Glibc
#endif

/// Issue 18: `foyer backup` while four desks write. Each desk checks its own people in, registers a
/// walk-in and edits a person's notes, one `foyer` process per operation, as fast as it can; meanwhile the
/// test runs `foyer backup` again and again. Every archive is restored under another id and validated, and
/// must hold every change a desk was told was saved (exit 0) before that backup began, exactly once, and
/// nothing a desk began after the backup had ended: one consistent moment, nothing acknowledged lost,
/// while one desk compacts the journal into a new snapshot now and then.
///
/// (There is no command that records a payment; the notes edit stands for a change to a person who is
/// registered already.)
final class BackupWhileDesksWriteTests: XCTestCase {
    private var harness: DeskHarness!

    override func setUpWithError() throws { harness = try DeskHarness() }
    override func tearDownWithError() throws { harness?.tearDown(); harness = nil }

    /// A desk: for each of its codes, a check-in, a walk-in registration and a notes edit (desk A a
    /// compaction every fifth code), each logged with when it began and ended. Arguments: desk, codes….
    private func deskScript() throws -> String {
        try harness.script("backup-desk", """
            desk=$1; shift
            log="$HOME/desk-$desk.log"
            k=0
            for code in "$@"; do
              foyer_try "$log" C "$code" check-in "$code" --desk "$desk"
              foyer_try "$log" R "$desk-$k" register --desk "$desk" --first Walkin --last "${desk}x$k" --category standard
              foyer_try "$log" E "$code" edit "$code" --notes "note-$desk-$k" --desk "$desk"
              # Desk A also folds the journal into a new snapshot now and then: a backup must never
              # take a snapshot from after a compaction with the journal from before it, or the reverse.
              if [ "$desk" = A ] && (( k % 5 == 4 )); then foyer_try "$log" K "$k" compact; fi
              k=$((k + 1))
            done
            """)
    }

    private struct Backup {
        var path: String
        var began: Double
        var ended: Double
    }

    func testEveryAcknowledgedChangeBeforeABackupIsInIt() throws {
        let codes = try harness.generate(120)
        let desks = ["A", "B", "C", "D"]
        let perDesk = 24
        XCTAssertGreaterThanOrEqual(codes.count, desks.count * perDesk)
        let script = try deskScript()
        for (i, desk) in desks.enumerated() {
            try harness.start(script, [desk] + codes[(i * perDesk)..<((i + 1) * perDesk)])
        }

        // Backups while the desks write: one every 1.2 s or so, as long as they run (at most eight).
        var backups: [Backup] = []
        usleep(500_000)
        while harness.anyRunning && backups.count < 8 {
            let path = harness.home + "/backup-\(backups.count).zip"
            let began = Date().timeIntervalSince1970
            let run = try harness.foyer("backup", ["--output", path])
            let ended = Date().timeIntervalSince1970
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains(path), run.stdout)
            backups.append(Backup(path: path, began: began, ended: ended))
            usleep(1_200_000)
        }
        XCTAssertTrue(harness.waitForWorkers(timeout: 240), "the desks did not finish within 240 s")
        XCTAssertGreaterThanOrEqual(backups.count, 3, "the desks finished before three backups were made")

        let logs = Dictionary(uniqueKeysWithValues: desks.map { ($0, harness.log($0)) })
        let ops = try harness.ops(logs: logs)
        let compactions = perDesk / 5
        XCTAssertEqual(ops.count, desks.count * perDesk * 3 + compactions, "every operation ran once and was logged")
        XCTAssertEqual(ops.filter { $0.kind == "K" && $0.status == 0 }.count, compactions, "desk A compacted meanwhile")
        for op in ops where op.status != 0 { XCTFail("\(op.desk): \(op.kind) \(op.key) ended with \(op.status): \(op.output)\n\(harness.errors(op.desk))") }

        var checkedBefore = 0, startedAfter = 0
        for (n, backup) in backups.enumerated() {
            let id = "restored-\(n)"
            let restore = try harness.foyer("restore", [backup.path, "--as", id])
            XCTAssertEqual(restore.status, 0, restore.stderr)
            let validate = try FoyerProcess.run(["validate", "--data", harness.data], home: harness.home)
            XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
            let archive = try FoyerProcess.run(["validate", backup.path], home: harness.home)
            XCTAssertEqual(archive.status, 0, archive.stdout + archive.stderr)

            let store = try DataDirectory(path: harness.data).openEvent(id, desk: "test")
            XCTAssertEqual(store.warningPhrases.map(\.en), [])
            assertNothingTwice(store, backup: n)
            for op in ops where op.kind != "K" {
                guard let timed = op.timed else { XCTFail("an untimed log line: \(op)"); continue }
                if timed.ended < backup.began {
                    checkedBefore += 1
                    assertPresent(op, key: timed.key, in: store, backup: n)
                } else if timed.started > backup.ended {
                    startedAfter += 1
                    assertAbsent(op, key: timed.key, in: store, backup: n)
                }
            }
        }
        // The test is only worth something when the backups fell among the desks' work.
        XCTAssertGreaterThan(checkedBefore, 0, "no change was acknowledged before any backup")
        XCTAssertGreaterThan(startedAfter, 0, "no change began after any backup")
        print("backup while desks write: \(backups.count) backups, \(ops.count) operations; \(checkedBefore) acknowledged-before and \(startedAfter) begun-after checks")
    }

    /// The commands' answers: a damaged archive is named by `foyer validate` (exit 1) and refused by
    /// `foyer restore`, which also refuses an event that is there; the periodic backup's options go together.
    func testTheCommandsSayWhatIsWrong() throws {
        _ = try harness.generate(20)
        let path = harness.home + "/b.zip"
        XCTAssertEqual(try harness.foyer("backup", ["--output", path]).status, 0)
        let good = try FoyerProcess.run(["validate", path], home: harness.home)
        XCTAssertEqual(good.status, 0, good.stdout + good.stderr)
        XCTAssertTrue(good.stdout.contains("20 registrants"), good.stdout)

        let again = try harness.foyer("restore", [path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("there is an event \(DeskHarness.eventID) already"), again.stderr)

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x40
        let damaged = harness.home + "/damaged.zip"
        try Data(bytes).write(to: URL(fileURLWithPath: damaged))
        let checked = try FoyerProcess.run(["validate", damaged], home: harness.home)
        XCTAssertEqual(checked.status, 1, checked.stdout)
        XCTAssertTrue(checked.stdout.hasPrefix("ERROR " + damaged), checked.stdout)
        let refused = try harness.foyer("restore", [damaged, "--as", "copy"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains(damaged + " was not restored"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.data + "/copy"))

        let lonely = try FoyerProcess.run(["--backup-every", "5", "--data", harness.data], home: harness.home)
        XCTAssertEqual(lonely.status, 64, lonely.stderr)
        XCTAssertTrue(lonely.stderr.contains("--backup-to"), lonely.stderr)
    }

    /// The change `op` acknowledged is in the restored event.
    private func assertPresent(_ op: DeskHarness.Op, key: String, in store: EventStore, backup n: Int,
                               file: StaticString = #filePath, line: UInt = #line) {
        switch op.kind {
        case "C":
            XCTAssertEqual(store.registry[key]?.checkIn?.desk, op.desk, "backup \(n): \(key) was checked in at \(op.desk) before it began", file: file, line: line)
        case "R":
            let code = String(op.output.prefix { !$0.isWhitespace })
            XCTAssertEqual(store.registry[code]?.fullName, "Walkin " + key.replacingOccurrences(of: "-", with: "x"),
                           "backup \(n): \(op.desk) registered \(key) as \(code) before it began", file: file, line: line)
        case "E":
            XCTAssertTrue(store.registry[key]?.notes.hasPrefix("note-\(op.desk)-") == true,
                          "backup \(n): \(key)'s notes were saved at \(op.desk) before it began; it holds \(store.registry[key]?.notes ?? "nobody")", file: file, line: line)
        default:
            XCTFail("unknown operation \(op.kind)", file: file, line: line)
        }
    }

    /// The change `op` made, begun only after the backup had ended, is not in it.
    private func assertAbsent(_ op: DeskHarness.Op, key: String, in store: EventStore, backup n: Int,
                              file: StaticString = #filePath, line: UInt = #line) {
        switch op.kind {
        case "C": XCTAssertNil(store.registry[key]?.checkIn, "backup \(n) holds \(key)'s check-in, begun after it ended", file: file, line: line)
        case "R":
            let name = "Walkin " + key.replacingOccurrences(of: "-", with: "x")
            XCTAssertFalse(store.registry.registrants.contains { $0.fullName == name }, "backup \(n) holds \(name), registered after it ended", file: file, line: line)
        case "E": XCTAssertEqual(store.registry[key]?.notes.hasPrefix("note-"), false, "backup \(n) holds \(key)'s notes, saved after it ended", file: file, line: line)
        default: XCTFail("unknown operation \(op.kind)", file: file, line: line)
        }
    }

    /// One sequence without gaps or repeats, one admission per person, one registration per walk-in.
    private func assertNothingTwice(_ store: EventStore, backup n: Int, file: StaticString = #filePath, line: UInt = #line) {
        // The journal since the last compaction: numbered on from the one before it, without gaps or repeats.
        let seqs = store.journalEntries.map(\.seq)
        XCTAssertEqual(seqs, Array((seqs.first ?? 1)..<((seqs.first ?? 1) + seqs.count)), "backup \(n): one journal sequence", file: file, line: line)
        XCTAssertEqual(Set(store.registry.registrants.map(\.code)).count, store.registry.count, "backup \(n): codes unique", file: file, line: line)
        let walkIns = store.registry.registrants.filter { $0.firstName == "Walkin" }.map(\.fullName)
        XCTAssertEqual(Set(walkIns).count, walkIns.count, "backup \(n): a walk-in registered twice", file: file, line: line)
        for r in store.registry.registrants {
            XCTAssertLessThanOrEqual(r.checkInHistory.filter { $0.action == .checkedIn }.count, 1, "backup \(n): \(r.code) admitted twice", file: file, line: line)
        }
    }
}
