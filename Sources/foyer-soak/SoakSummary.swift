import Foundation

/// The figures of a soak: operations per kind and outcome, kills, compactions, what was left.
struct SoakSummary {
    let ops: [OpRecord]
    let report: Checker.Report
    let kills: Int
    let killsInLock: Int
    let seconds: Double
    let validated: Bool
    let lastCompactionProblems: Int

    var text: String {
        var lines: [String] = []
        let pad = { (s: String, n: Int) in s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        lines.append("operation     " + ["total", "acknowledged", "refused", "killed"].map { pad($0, 13) }.joined())
        for kind in OpRecord.Kind.allCases {
            let of = ops.filter { $0.kind == kind }
            let counts = [of.count] + [OpRecord.Outcome.acknowledged, .refused, .killed].map { o in of.filter { $0.outcome == o }.count }
            lines.append(kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0) + counts.map { pad(String($0), 13) }.joined())
        }
        let all = [ops.count] + [OpRecord.Outcome.acknowledged, .refused, .killed].map { o in ops.filter { $0.outcome == o }.count }
        lines.append("all".padding(toLength: 14, withPad: " ", startingAt: 0) + all.map { pad(String($0), 13) }.joined())
        let compactions = ops.filter { $0.kind == .compact && $0.outcome == .acknowledged }
        let perSecond = seconds > 0 ? Double(ops.count) / seconds : 0
        lines.append("duration \(String(format: "%.0f", seconds)) s, \(String(format: "%.1f", perSecond)) operations a second")
        lines.append("SIGKILLs sent \(kills) (\(killsInLock) to a child holding the folder's lock): operations killed \(all[3]), of which \(report.killedLanded) of \(report.killedTracked) "
                     + "check-ins, payments, registrations and edits had been written (killed mid-write or after)")
        lines.append("compactions acknowledged \(compactions.count) "
                     + "(driver \(compactions.filter { $0.desk == 0 }.count), desks \(compactions.filter { $0.desk != 0 }.count)), "
                     + "snapshot generations +\(report.generations); one more on a copy after the desks stopped "
                     + (lastCompactionProblems == 0 ? "changed nothing" : "FAILED (below)"))
        lines.append("at the end: \(report.registrants) registrants, \(report.journalLines) journal lines since the last snapshot; "
                     + "foyer validate \(validated ? "passed" : "FAILED")")
        for w in report.warnings { lines.append("warning on loading: \(w)") }
        return lines.joined(separator: "\n")
    }
}
