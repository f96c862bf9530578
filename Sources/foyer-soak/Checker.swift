import Foundation
import FoyerCore

/// The invariants of a soak, read from the data directory as it was left and the desks' operation log,
/// against the event as it was before the desks began (`baseline`, a copy of the folder):
///
/// - nobody admitted twice: no two desks were told CHECKED IN for one person, and no registrant's
///   check-in history holds two check-ins without an undo between (the soak undoes none);
/// - every acknowledged change present exactly once (a registration, a payment with its amount, a
///   check-in at its desk, a cancellation, an edit not overwritten by an older one, a compaction), every
///   refused change absent, a killed one present at most once;
/// - the journal whole: every line applies, its sequence numbers have no gap, no line is there twice.
///
/// Each violation names what and who, so a failure can be looked up in `ops.jsonl` and the folder.
struct Checker {
    let folder: String
    let baseline: String
    let ops: [OpRecord]

    /// The registrations as the checker found them, for the summary's figures.
    struct Report {
        var violations: [String] = []
        var registrants = 0
        var journalLines = 0
        var generations = 0
        var warnings: [String] = []
        /// Killed check-ins, payments, registrations and edits, and how many of them were on disk all the
        /// same (killed after their line was written): the kills that hit mid-write.
        var killedLanded = 0
        var killedTracked = 0
    }

    func run() -> Report {
        var report = Report()
        let before: EventStore, after: EventStore
        do { before = try EventStore(folder: baseline, desk: "soak-check") } catch {
            report.violations.append("the baseline copy \(baseline) does not open: \(error)")
            return report
        }
        do { after = try EventStore(folder: folder, desk: "soak-check") } catch {
            report.violations.append("the event does not open after the soak: \(error)")
            return report
        }
        report.registrants = after.registry.count
        report.journalLines = after.journalEntries.count
        report.warnings = after.warningPhrases.map(\.en)
        var v: [String] = []
        v += journal(after)
        v += admissions(before: before.registry, after: after.registry)
        v += payments(before: before.registry, after: after.registry)
        v += registrations(before: before.registry, after: after.registry)
        v += edits(before: before.registry, after: after.registry)
        v += cancellations(before: before.registry, after: after.registry)
        let (generations, compactionProblems) = compactions()
        report.generations = generations
        v += compactionProblems
        report.violations = v
        (report.killedLanded, report.killedTracked) = landed(after.registry)
        return report
    }

    func ops(_ kind: OpRecord.Kind) -> [OpRecord] { ops.filter { $0.kind == kind } }

    // MARK: The journal

    /// Every line applied (a duplicated check-in would not), sequence numbers one after another (a
    /// deleted line leaves a gap), and no line twice. Two cancellations of one person are two lines that
    /// may be equal in all but time and desk, so only whole lines are compared.
    func journal(_ store: EventStore) -> [String] {
        var v: [String] = []
        if store.unappliedEntries > 0 {
            v.append("journal: \(store.unappliedEntries) line(s) do not apply: "
                     + store.warningPhrases.map(\.en).joined(separator: " | "))
        }
        let entries = Array(store.journalEntries)
        for (a, b) in zip(entries, entries.dropFirst()) where b.seq != a.seq + 1 {
            v.append("journal: seq \(b.seq) follows seq \(a.seq) (a line is missing or repeated)")
        }
        // Two check-in lines for one person with no undo between: admitted twice, even if loading refused the second.
        var inside = Set<String>()
        for e in entries {
            switch e.change {
            case .checkIn(let code, let c):
                if !inside.insert(code).inserted { v.append("admitted twice: the journal checks \(code) in again at \(c.desk) (seq \(e.seq)) with no undo between") }
            case .undoCheckIn(let code, _): inside.remove(code)
            default: break
            }
        }
        var seen = Set<JournalEntry>()
        for e in entries where !seen.insert(e).inserted {
            v.append("journal: the line with seq \(e.seq) (\(e.change.summaryPhrase.en), \(e.change.code)) is there twice")
        }
        return v
    }

    // MARK: Check-ins

    func admissions(before: Registry, after: Registry) -> [String] {
        var v: [String] = []
        // Nobody in the directory has two check-ins without an undo between, whoever made them.
        for r in after.registrants {
            var inside = false
            for event in r.checkInHistory {
                if event.action == .checkedIn && inside {
                    v.append("admitted twice: \(r.code) has a second check-in (\(event.desk)) without an undo between")
                }
                inside = event.action == .checkedIn
            }
            if inside != (r.checkIn != nil) {
                v.append("check-in of \(r.code): the history ends \(inside ? "inside" : "outside") but the registrant is \(r.checkIn == nil ? "not " : "")checked in")
            }
        }
        let byCode = Dictionary(grouping: ops(.checkIn), by: { $0.code ?? "" })
        for (code, tries) in byCode.sorted(by: { $0.key < $1.key }) {
            let told = tries.filter { $0.outcome == .acknowledged }
            if told.count > 1 {
                v.append("admitted twice: \(code) was told CHECKED IN at \(told.map(\.deskName).joined(separator: " and "))")
            }
            guard let r = after[code] else { v.append("check-in of \(code): nobody has that code after the soak"); continue }
            let added = Self.checkIns(r) - (before[code].map(Self.checkIns) ?? 0)
            if added > 1 { v.append("admitted twice: \(code) got \(added) check-ins during the soak") }
            if let one = told.first {
                if added != 1 || r.checkIn?.desk != one.deskName {
                    v.append("acknowledged check-in lost: \(code) at \(one.deskName) (op \(one.number)); now \(r.checkIn.map { "checked in at \($0.desk)" } ?? "not checked in")")
                }
            } else if added > 0 && !tries.contains(where: { $0.outcome == .killed }) {
                v.append("refused check-in written: \(code) was refused at every desk but is checked in at \(r.checkIn?.desk ?? "?")")
            }
        }
        // Nobody was checked in by a desk that never asked.
        for r in after.registrants where byCode[r.code] == nil && Self.checkIns(r) != (before[r.code].map(Self.checkIns) ?? 0) {
            v.append("check-in from nowhere: \(r.code) has check-ins no desk asked for")
        }
        return v
    }

    static func checkIns(_ r: Registrant) -> Int { r.checkInHistory.filter { $0.action == .checkedIn }.count }

    /// How many killed operations left their change behind (the unique value of each tells).
    func landed(_ after: Registry) -> (Int, Int) {
        var payments = Set<String>(), emails = Set<String>(), values = Set<String>()
        for r in after.registrants {
            for p in r.payments { payments.insert(p.id) }
            emails.insert(r.email.lowercased())
            for field in EditableField.allCases { values.insert(field.value(in: r)) }
        }
        var landed = 0, tracked = 0
        for op in ops where op.outcome == .killed {
            let found: Bool
            switch op.kind {
            case .checkIn: found = op.code.flatMap { after[$0]?.checkIn?.desk } == op.deskName
            case .payment: found = payments.contains(op.value ?? "")
            case .register: found = emails.contains((op.value ?? "").lowercased())
            case .edit: found = values.contains(op.value ?? "")
            case .cancel, .compact: continue
            }
            tracked += 1
            if found { landed += 1 }
        }
        return (landed, tracked)
    }

    // MARK: Cancellations

    /// An acknowledged cancellation stands (nothing in the soak restores anyone); a person no desk tried
    /// to cancel keeps the status they had.
    func cancellations(before: Registry, after: Registry) -> [String] {
        var v: [String] = []
        let byCode = Dictionary(grouping: ops(.cancel), by: { $0.code ?? "" })
        for (code, tries) in byCode.sorted(by: { $0.key < $1.key }) {
            guard let r = after[code] else { v.append("cancellation of \(code): nobody has that code after the soak"); continue }
            if let told = tries.first(where: { $0.outcome == .acknowledged }), r.status != .cancelled {
                v.append("acknowledged cancellation lost: \(code) at \(told.deskName) (op \(told.number)) is \(r.status.rawValue)")
            }
            if r.status == .cancelled, before[code]?.status != .cancelled, tries.allSatisfy({ $0.outcome == .refused }) {
                v.append("refused cancellation written: \(code) is cancelled though every cancellation was refused")
            }
        }
        for r in before.registrants where byCode[r.code] == nil {
            if let now = after[r.code], now.status != r.status {
                v.append("status from nowhere: \(r.code) was \(r.status.rawValue), is \(now.status.rawValue), and no desk cancelled them")
            }
        }
        return v
    }

    // MARK: Compactions

    /// Each compaction moves the snapshot's generation on by one: at least one step per acknowledged
    /// compaction, at most one more per killed one.
    func compactions() -> (Int, [String]) {
        guard let first = Self.generation(baseline), let last = Self.generation(folder) else {
            return (0, ["compactions: the snapshot's generation cannot be read in \(baseline) or \(folder)"])
        }
        let tries = ops(.compact)
        let told = tries.filter { $0.outcome == .acknowledged }.count
        let killed = tries.filter { $0.outcome == .killed }.count
        let steps = last - first
        guard steps >= told, steps <= told + killed else {
            return (steps, ["compactions: the generation went from \(first) to \(last), but \(told) compaction(s) were acknowledged and \(killed) killed"])
        }
        return (steps, [])
    }

    /// The `generation` on the snapshot's first line (`{"schemaVersion":1,"generation":3,…`).
    static func generation(_ folder: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: folder + "/" + EventStore.snapshotFileName),
              let head = try? handle.read(upToCount: 200) else { return nil }
        let text = String(decoding: head, as: UTF8.self)
        guard let match = text.firstMatch(of: /"generation":([0-9]+)/) else { return nil }
        return Int(match.1)
    }
}
