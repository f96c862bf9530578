import Foundation
import XCTest
import FoyerCore

/// Desks racing on the same things, as separate `foyer` processes (one per operation, a bash loop per
/// desk): the same walk-ins registered at eight desks at once are registered once each, and four desks
/// editing one programme for a minute lose no acknowledged edit and bring no deleted item back.
final class NoLostUpdateConcurrencyTests: XCTestCase {
    private var harness: DeskHarness!

    override func setUpWithError() throws {
        harness = try DeskHarness()
    }

    override func tearDownWithError() throws {
        harness?.tearDown()
        harness = nil
    }

    private func logs(_ desks: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: desks.map { ($0, harness.log($0)) })
    }

    // MARK: The same walk-ins at eight desks

    /// A desk registering every person of the list once. Arguments: desk, order, then "first,last,email"
    /// per person. Order 0 is the list's own order (the desks with it collide on every person at once);
    /// another order starts elsewhere in the list, backwards when odd.
    private func registeringDesk() throws -> String {
        try harness.script("register", """
            desk=$1; order=$2; shift 2
            people=("$@"); n=${#people[@]}
            log="$HOME/desk-$desk.log"
            for ((k=0; k<n; k++)); do
              i=$(( (k + order * 7) % n )); if (( order % 2 )); then i=$(( n - 1 - i )); fi
              IFS=, read -r first last email <<< "${people[$i]}"
              foyer_try "$log" R "$i" register --desk "$desk" --first "$first" --last "$last" --email "$email" --category standard
            done
            """)
    }

    /// Eight desks register the same 50 walk-ins at once, four in the same order and four in others:
    /// 400 runs, of which exactly 50 register someone and 350 say DUPLICATE with the code the person has;
    /// no code is handed out twice and `foyer validate` finds nothing to warn about.
    func testEightDesksRegisteringTheSameWalkInsRegisterEachOnce() throws {
        let people = (0..<50).map { i in (first: "Walkin", last: String(format: "Guest%02d", i), email: String(format: "walkin%02d@example.se", i)) }
        let desks = ["A", "B", "C", "D", "E", "F", "G", "H"]
        let script = try registeringDesk()
        let started = Date()
        for (n, desk) in desks.enumerated() {
            try harness.start(script, [desk, String(n < 4 ? 0 : n)] + people.map { "\($0.first),\($0.last),\($0.email)" })
        }
        XCTAssertTrue(harness.waitForWorkers(timeout: 240), "the desks did not finish within 240 s")
        let elapsed = Date().timeIntervalSince(started)

        let ops = try harness.ops(logs: logs(desks))
        XCTAssertEqual(ops.count, desks.count * people.count, "every run ended and was logged")
        let store = try harness.open()
        var printedCodes: [String: String] = [:] // code → the person it was printed for
        var registered = 0, duplicates = 0
        for op in ops {
            guard let timed = op.timed, let i = Int(timed.key), people.indices.contains(i) else { XCTFail("a garbled key: \(op.key)"); continue }
            let person = people[i], name = "\(person.first) \(person.last)"
            let stored = store.registry.registrants.first { $0.email == person.email }
            switch op.status {
            case 0:
                registered += 1
                let code = String(op.output.prefix { !$0.isWhitespace })
                XCTAssertTrue(op.output.hasPrefix("\(code)  \(name),"), "\(op.desk): \(op.output)")
                if let other = printedCodes[code] { XCTFail("\(code) was printed as registered for \(other) and for \(name)") }
                printedCodes[code] = name
                XCTAssertEqual(store.registry[code]?.fullName, name, "\(op.desk) registered \(name) as \(code)")
            case 5:
                duplicates += 1
                XCTAssertTrue(op.output.hasPrefix("DUPLICATE: \(name) is already registered as \(stored?.code ?? "?")"),
                              "\(op.desk) was told \"\(op.output)\"; \(name) is \(stored?.code ?? "not registered")")
            default:
                XCTFail("\(op.desk): registering \(name) ended with \(op.status): \(op.output)\n\(harness.errors(op.desk))")
            }
        }
        XCTAssertEqual(registered, people.count, "one registration per person")
        XCTAssertEqual(duplicates, (desks.count - 1) * people.count, "every other run said DUPLICATE")
        XCTAssertEqual(store.registry.count, people.count)
        for person in people {
            XCTAssertEqual(store.registry.registrants.filter { $0.email == person.email }.count, 1, "\(person.email) is registered once")
        }
        XCTAssertEqual(store.journalEntries.map(\.seq), Array(1...store.journalEntries.count), "one sequence, no gaps, no repeats")
        let validate = try harness.foyer("validate")
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        XCTAssertTrue(validate.stdout.contains("0 errors, 0 warnings"), validate.stdout)
        print("duplicates: \(ops.count) registrations by \(desks.count) desks in \(String(format: "%.1f", elapsed)) s: \(registered) registered, \(duplicates) DUPLICATE")
    }

    // MARK: Four desks editing one programme

    /// How long the programme soak runs: $FOYER_SOAK_SECONDS, else a minute (the whole suite must stay
    /// within CI's time).
    private var soakSeconds: Int {
        ProcessInfo.processInfo.environment["FOYER_SOAK_SECONDS"].flatMap(Int.init).map { max($0, 3) } ?? 60
    }

    /// A desk editing random items' titles and rooms for SECONDS, each value unique (desk and counter);
    /// after the first third of the time, about one operation in 25 deletes one of the last NDEL items.
    /// Arguments: desk, seconds, ndel, then the item ids.
    private func editingDesk() throws -> String {
        try harness.script("programme", """
            desk=$1; seconds=$2; ndel=$3; shift 3
            items=("$@"); n=${#items[@]}
            deletable=("${items[@]:n-ndel}")
            log="$HOME/desk-$desk.log"
            RANDOM=$(( $(printf '%d' "'$desk") * 7919 ))
            start=$SECONDS; c=0
            while (( SECONDS - start < seconds )); do
              c=$((c + 1))
              if (( SECONDS - start >= seconds / 3 && RANDOM % 25 == 0 )); then
                id=${deletable[$((RANDOM % ndel))]}
                foyer_try "$log" X "$id:$c" programme delete "$id" --desk "$desk"
              else
                id=${items[$((RANDOM % n))]}
                if (( RANDOM % 2 )); then field=title; else field=room; fi
                foyer_try "$log" E "$id:$field:$desk-$c" programme edit "$id" --$field "$desk-$c" --desk "$desk"
              fi
            done
            """)
    }

    /// The sample's 11 items and 9 more in the evening (the last 4 deletable), added through the store.
    private func twentyItemProgramme() throws -> (ids: [String], deletable: [String]) {
        let store = try harness.open()
        let day = store.event.date
        let added = (0..<9).map { k in
            ProgrammeItem(id: k < 5 ? "extra-\(k + 1)" : "deletable-\(k - 4)",
                          start: LocalDateTime(date: day, hour: 17, minute: 0).adding(minutes: 20 * k),
                          end: LocalDateTime(date: day, hour: 17, minute: 20).adding(minutes: 20 * k),
                          kind: .session, title: "Evening \(k + 1)")
        }
        try store.apply(added.map { .addItem(item: $0) })
        let ids = store.event.programmeItems.map(\.id).filter { !$0.hasPrefix("deletable-") } + added.suffix(4).map(\.id)
        XCTAssertEqual(ids.count, 20)
        return (ids, added.suffix(4).map(\.id))
    }

    /// One acknowledged or refused run of the soak.
    private struct ItemOp {
        var op: DeskHarness.Op
        var item: String
        /// "title" or "room" for an edit; nil for a delete.
        var field: String?
        var value: String?
        var started: Double
        var ended: Double
    }

    /// Four desks edit the titles and rooms of a 20-item programme at random for a minute and now and
    /// then delete one of four items. Every acknowledged edit is in the history and is either the final
    /// value of its field or superseded by a later acknowledged edit of that field (or by the item's
    /// delete); no deleted item is back; every edit started after a delete was acknowledged exited 4
    /// "was deleted"; `foyer validate` exits 0.
    func testFourDesksEditingOneProgrammeLoseNoAcknowledgedEdit() throws {
        let (ids, deletable) = try twentyItemProgramme()
        let original = try harness.open().event.programmeItems
        let desks = ["A", "B", "C", "D"]
        let seconds = soakSeconds
        let script = try editingDesk()
        let started = Date()
        for desk in desks { try harness.start(script, [desk, String(seconds), String(deletable.count)] + ids) }
        XCTAssertTrue(harness.waitForWorkers(timeout: TimeInterval(seconds + 90)), "the desks did not stop within \(seconds + 90) s")
        let elapsed = Date().timeIntervalSince(started)

        var edits: [ItemOp] = [], deletes: [ItemOp] = []
        for op in try harness.ops(logs: logs(desks)) {
            guard let timed = op.timed else { XCTFail("a line without times: \(op.key)"); continue }
            let parts = timed.key.split(separator: ":").map(String.init)
            if op.kind == "E", parts.count == 3 {
                edits.append(ItemOp(op: op, item: parts[0], field: parts[1], value: parts[2], started: timed.started, ended: timed.ended))
            } else if op.kind == "X", parts.count == 2 {
                deletes.append(ItemOp(op: op, item: parts[0], started: timed.started, ended: timed.ended))
            } else {
                XCTFail("a garbled log line: \(op)")
            }
        }
        for e in edits where !(e.op.status == 0 && e.op.output == "\(e.item)  saved: \(e.field!)") && !(e.op.status == 4 && e.op.output.hasPrefix("Not saved: ")) {
            XCTFail("\(e.op.desk): editing \(e.item) \(e.field!) ended with \(e.op.status): \(e.op.output)\n\(harness.errors(e.op.desk).suffix(2000))")
        }
        for d in deletes where !(d.op.status == 0 && d.op.output.hasPrefix("\(d.item)  deleted")) && !(d.op.status == 4 && d.op.output.hasPrefix("Not saved: ")) {
            XCTFail("\(d.op.desk): deleting \(d.item) ended with \(d.op.status): \(d.op.output)\n\(harness.errors(d.op.desk).suffix(2000))")
        }

        let store = try harness.open()
        let history = store.eventHistory()
        XCTAssertEqual(history.map(\.seq), Array(1...history.count), "one sequence in the event's history, no gaps, no repeats")
        var editSeq: [String: Int] = [:]      // "item|field|JSON value" → seq
        var deleteSeqs: [String: [Int]] = [:] // item → the seqs of its deletes (one, unless it came back)
        for entry in history {
            switch entry.operation {
            case .editItem(let id, let set, _):
                for (field, json) in set.values { editSeq["\(id)|\(field)|\(json)"] = entry.seq }
            case .deleteItem(let id, _):
                // Deleting an item that is gone writes nothing: a second delete means it came back.
                XCTAssertNil(deleteSeqs[id], "\(id) was deleted again at seq \(entry.seq) (first at \(deleteSeqs[id]?.first ?? 0)): it came back in between")
                deleteSeqs[id, default: []].append(entry.seq)
            case .addItem(let item):
                XCTAssertTrue(entry.seq <= 9, "\(item.id) was added at seq \(entry.seq) while the desks ran")
            default:
                XCTFail("an operation the desks never made: \(entry.summary)")
            }
        }
        let final = Dictionary(uniqueKeysWithValues: store.event.programmeItems.map { ($0.id, FieldPatch.fields(of: $0)) })
        let originalFields = Dictionary(uniqueKeysWithValues: original.map { ($0.id, FieldPatch.fields(of: $0)) })

        // Every acknowledged edit is on disk, or gave way to a later acknowledged one.
        let acknowledged = edits.filter { $0.op.status == 0 }
        var seqOf: [Int: ItemOp] = [:]
        var missing = 0, lost: [String] = []
        for e in acknowledged {
            let json = "\"\(e.value!)\""
            guard let seq = editSeq["\(e.item)|\(e.field!)|\(json)"] else {
                missing += 1
                if missing <= 5 { XCTFail("\(e.op.desk) was told \(e.item) \(e.field!) = \(e.value!) was saved; the history has no such edit") }
                continue
            }
            seqOf[seq] = e
        }
        for (seq, e) in seqOf.sorted(by: { $0.key < $1.key }) {
            let isFinal = final[e.item]?[e.field!] == "\"\(e.value!)\""
            let superseded = seqOf.contains { $0.key > seq && $0.value.item == e.item && $0.value.field == e.field }
            let deletedLater = deleteSeqs[e.item]?.contains { $0 > seq } ?? false
            if !isFinal && !superseded && !deletedLater {
                lost.append("\(e.item) \(e.field!) = \(e.value!) (seq \(seq), \(e.op.desk)); on disk: \(final[e.item]?[e.field!] ?? "(item gone)")")
            }
        }
        XCTAssertTrue(lost.isEmpty, "\(lost.count) acknowledged edits were lost, e.g.:\n" + lost.prefix(10).joined(separator: "\n"))
        // What is on disk is the original or an acknowledged value: nothing else wrote those fields.
        for (id, fields) in final {
            for field in ["title", "room"] where fields[field] != originalFields[id]?[field] {
                let value = fields[field] ?? "null"
                XCTAssertTrue(acknowledged.contains { $0.item == id && $0.field == field && "\"\($0.value!)\"" == value },
                              "\(id) \(field) is \(value), which no desk was told it saved")
            }
        }

        // Deleted items stay deleted; nothing edits them after their delete.
        for (id, seqs) in deleteSeqs {
            XCTAssertTrue(deletable.contains(id), "\(id) was deleted, but no desk deletes it")
            XCTAssertNil(final[id], "\(id) was deleted at seq \(seqs[0]) and is back")
            let later = editSeq.filter { $0.key.hasPrefix(id + "|") && $0.value > seqs[0] }
            XCTAssertTrue(later.isEmpty, "\(id) was edited \(later.count) times after its delete (seq \(seqs[0])), e.g. \(later.keys.sorted().prefix(3))")
        }
        for id in ids where deleteSeqs[id] == nil { XCTAssertNotNil(final[id], "\(id) was never deleted but is gone") }
        for d in deletes where d.op.status == 0 { XCTAssertNotNil(deleteSeqs[d.item], "\(d.op.desk) was told \(d.item) is deleted; the history has no delete") }

        // An edit begun after a delete was acknowledged is refused as "was deleted".
        var deletedAt: [String: Double] = [:]
        for d in deletes where d.op.status == 0 { deletedAt[d.item] = min(deletedAt[d.item] ?? .infinity, d.ended) }
        let afterDelete = edits.filter { e in deletedAt[e.item].map { e.started > $0 } ?? false }
        let notRefused = afterDelete.filter { !($0.op.status == 4 && $0.op.output.contains("was deleted")) }
        XCTAssertTrue(notRefused.isEmpty, "\(notRefused.count) of \(afterDelete.count) edits begun after the item's delete was acknowledged were not refused, e.g.:\n"
                      + notRefused.prefix(5).map { "\($0.op.desk): \($0.op.status) \($0.op.output)" }.joined(separator: "\n"))
        XCTAssertGreaterThan(acknowledged.count, 50, "too few edits to prove anything")
        XCTAssertFalse(deleteSeqs.isEmpty, "no item was deleted: the delete path went untested")
        XCTAssertFalse(afterDelete.isEmpty, "no edit came after a delete")

        let validate = try harness.foyer("validate")
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
        let conflicts = edits.filter { $0.op.status == 4 && !$0.op.output.contains("was deleted") }.count
        print("programme soak: \(edits.count + deletes.count) operations by \(desks.count) desks in \(String(format: "%.1f", elapsed)) s: "
              + "\(acknowledged.count) edits saved, \(conflicts) refused as conflicts, \(afterDelete.count - notRefused.count) after a delete refused, "
              + "\(deletes.filter { $0.op.status == 0 }.count) of \(deletes.count) deletes done (\(deleteSeqs.count) items deleted); "
              + "\(lost.count) lost, \(notRefused.count) saved after a delete, \(deleteSeqs.values.map { $0.count - 1 }.reduce(0, +)) deletes again of an item that came back")
    }
}
