import Foundation
import FoyerTUI

/// One size's figures (medians over the runs), in milliseconds and bytes.
struct SizeResult: Codable {
    var registrants: Int
    /// The sample event measured, its own language (its attendees' and its names' order) and the
    /// interface's language the launch and the screens were in.
    var event = BenchData.defaultEventID
    var eventLanguage = "sv"
    var language = "en"
    var journalLines: Int
    var firstFrameMs: Double
    var searchableMs: Double
    var searchableColdMs: Double = 0
    var indexFromCache = false
    var loadInProcessMs: Double
    var indexMs: Double
    var searchP50Ms: Double
    var searchP99Ms: Double
    var searchKeystrokes: Int
    var checkInP50Ms: Double
    var checkInP99Ms: Double
    var checkIns: Int
    var checkInFailures: Int
    var redrawP50Ms: [String: Double]
    var redrawP99Ms: [String: Double]
    var compactionMs: Double
    var compactionLockHeldMs: Double
    var peakRSSBytes: Int
}

struct BenchReport: Codable {
    var machine: [String: String]
    var runs: Int
    var results: [SizeResult]
    var targetsAt100000: [String: String]
}

enum Stats {
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank))]
    }
    static func median(_ values: [Double]) -> Double { percentile(values, 50) }
    static func ms(_ seconds: Double) -> Double { (seconds * 100_000).rounded() / 100 }
}

enum Machine {
    static func describe() -> [String: String] {
        var out: [String: String] = ["cores": String(ProcessInfo.processInfo.activeProcessorCount)]
        if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            out["cpu"] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        out["memory"] = "\(ProcessInfo.processInfo.physicalMemory >> 30) GiB"
        out["system"] = ProcessInfo.processInfo.operatingSystemVersionString
        return out
    }
}

enum Table {
    static func render(_ report: BenchReport) -> String {
        let panes = Pane.allCases.map(\.title)
        // With more than one event, each column says which: "100000 sv/sv" (the event's language, then the screen's).
        let events = Set(report.results.map { "\($0.event) \($0.language)" })
        var rows: [[String]] = [["figure"] + report.results.map { events.count > 1 ? "\($0.registrants) \($0.eventLanguage)/\($0.language)" : "\($0.registrants)" } + ["target at 100,000"]]
        func add(_ name: String, _ target: String, _ value: (SizeResult) -> String) {
            rows.append([name] + report.results.map(value) + [target])
        }
        func f(_ v: Double) -> String { v >= 100 ? String(format: "%.0f ms", v) : String(format: "%.2f ms", v) }
        add("launch to first frame", "≤ 50 ms") { f($0.firstFrameMs) }
        add("launch until searchable", "≤ 300 ms") { f($0.searchableMs) }
        add("  without the index cache", "") { f($0.searchableColdMs) }
        add("  load (in process)", "") { f($0.loadInProcessMs) }
        add("  search index (in process)", "") { f($0.indexMs) + ($0.indexFromCache ? " cached" : " built") }
        add("search per keystroke p50", "") { f($0.searchP50Ms) }
        add("search per keystroke p99", "≤ 16 ms") { f($0.searchP99Ms) }
        add("check-in p50", "") { f($0.checkInP50Ms) }
        add("check-in p99", "≤ 2 ms") { f($0.checkInP99Ms) }
        for pane in panes.map(\.en) {
            add("redraw \(pane.lowercased()) p99", "≤ 5 ms") { f($0.redrawP99Ms[pane] ?? 0) }
        }
        add("compaction", "≤ 1 s") { f($0.compactionMs) }
        add("  of which the lock is held", "") { f($0.compactionLockHeldMs) }
        add("peak memory (RSS)", "≤ 100 MB") { String(format: "%.0f MB", Double($0.peakRSSBytes) / 1_048_576) }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for (n, row) in rows.enumerated() {
            out += row.enumerated().map { i, cell in
                i == 0 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                       : String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ") + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        // Which event each column is, when there are several.
        if events.count > 1 {
            var seen = Set<String>()
            for r in report.results where seen.insert("\(r.event) \(r.language)").inserted {
                out += "\(r.eventLanguage)/\(r.language): \(r.event) (its language \(r.eventLanguage)), the screen in \(r.language == "sv" ? "Swedish" : "English")\n"
            }
        }
        return out
    }
}
