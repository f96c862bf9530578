import ArgumentParser
import Foundation
import FoyerCore
import FoyerSamples
import FoyerTUI

/// `Scripts/bench`: how foyer fares at 1,000, 10,000 and 100,000 registrants. A measurement, not a
/// test: it never fails on a slow figure, only when something does not work.
struct FoyerBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "foyer-bench",
        abstract: "Measure launch, loading, search, check-in, redraw, compaction and memory at scale.")

    @Option(help: "Registrant counts, comma-separated.") var sizes = "1000,10000,100000"
    @Option(help: "Runs per size; figures are medians over them.") var runs = 3
    @Option(help: "The foyer binary to launch.") var foyer = ".build/release/foyer"
    @Option(help: "Where the generated data is kept between runs.") var work = ".build/bench-data"
    @Option(help: "Where to write the figures as JSON.") var json = ".build/bench-results.json"
    @Option(help: "Typed queries per run.") var queries = 60
    @Option(help: "Check-ins per run.") var checkIns = 300
    @Option(help: "Check-in lines journaled on top of the snapshot.") var journalLines = 10_000
    @Option(help: "Sample events, comma-separated: the Stockholm workshop (its language Swedish) and the English one.")
    var events = "impasses-2009,alliance-ruptures-2024"
    @Option(help: "The screen's language (sv or en) for every event; by default each event's own language, as its desks would have.")
    var lang: String?

    func run() throws {
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { throw ValidationError("--sizes: give counts like 1000,10000") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard FileManager.default.isExecutableFile(atPath: foyer) else { throw ValidationError("--foyer: \(foyer) is not an executable; build it first") }
        guard let samples = FoyerSamples.eventsPath else { throw ValidationError("the sample events are not bundled") }
        let binary = (foyer as NSString).standardizingPath.hasPrefix("/") ? foyer : FileManager.default.currentDirectoryPath + "/" + foyer
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let root = (work as NSString).standardizingPath.hasPrefix("/") ? work : FileManager.default.currentDirectoryPath + "/" + work

        let eventIDs = events.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !eventIDs.isEmpty else { throw ValidationError("--events: give sample event ids like impasses-2009") }
        let chosen = try lang.map { code -> Language in
            guard let language = Language(code: code) else { throw ValidationError("--lang: sv or en, not \(code)") }
            return language
        }
        var results: [SizeResult] = []
        for count in counts {
            for eventID in eventIDs {
                let event = try DataDirectory(path: samples).event(eventID)
                let language = chosen ?? event.attendeeLanguage
                let name = "\(count) \(eventID), the screen in \(language.rawValue)"
                let data = BenchData(root: root, size: count, journalLines: journalLines, eventID: eventID)
                try data.prepare(samples: samples) { note("\(name): \($0)") }
                let launch = PtyLaunch(binary: binary, dataPath: data.dataPath, eventID: eventID, language: language,
                                       loadedMark: LaunchMarks.loaded(event: event, language: language))
                // Once without the search index cache (registrants.index), as after a compaction or an
                // import; that launch writes it, and the runs below start with it, as desks usually do.
                try? FileManager.default.removeItem(atPath: data.folder + "/" + SearchIndexFile.fileName)
                note("\(name): a launch without the index cache")
                // It writes the cache after the registrants are shown: give it time before it is stopped.
                let cold = try launch.run(settle: 3)
                var launches: [PtyLaunch.Timing] = []
                var inside: [InProcessBench.Figures] = []
                for run in 1...runs {
                    note("\(name): run \(run) of \(runs)")
                    launches.append(try launch.run())
                    inside.append(try InProcessBench(folder: data.folder, language: language, queries: queries, checkInCount: checkIns)
                        .run(scratch: root + "/scratch"))
                }
                var result = Self.summarise(count: count, launches: launches, inside: inside, journalLines: journalLines)
                result.event = eventID
                result.eventLanguage = event.attendeeLanguage.rawValue
                result.language = language.rawValue
                result.searchableColdMs = Stats.ms(cold.searchable)
                result.indexFromCache = inside.allSatisfy(\.indexFromCache)
                // Slow is a figure; broken is an error (so Scripts/test notices a benchmark that rotted).
                guard result.checkInFailures == 0, result.checkIns > 0, result.searchKeystrokes > 0 else {
                    throw ValidationError("\(name): \(result.checkInFailures) of \(result.checkIns) check-ins did not check in; \(result.searchKeystrokes) keystrokes measured")
                }
                results.append(result)
            }
        }
        let report = BenchReport(machine: Machine.describe(), runs: runs, results: results, targetsAt100000: [
            "firstFrameMs": "<= 50", "searchableMs": "<= 300", "searchP99Ms": "<= 16", "checkInP99Ms": "<= 2",
            "redrawP99Ms": "<= 5 for every pane", "compactionMs": "<= 1000", "peakRSSBytes": "<= 104857600",
        ])
        print(Table.render(report), terminator: "")
        print("machine: " + report.machine.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "; "))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: json))
        print("figures (medians of \(runs) runs) written to \(json)")
    }

    static func summarise(count: Int, launches: [PtyLaunch.Timing], inside: [InProcessBench.Figures], journalLines: Int) -> SizeResult {
        func med(_ f: (InProcessBench.Figures) -> Double) -> Double { Stats.ms(Stats.median(inside.map(f))) }
        var p50: [String: Double] = [:], p99: [String: Double] = [:]
        for pane in Pane.allCases {
            p50[pane.title.en] = med { Stats.percentile($0.redraw[pane] ?? [], 50) }
            p99[pane.title.en] = med { Stats.percentile($0.redraw[pane] ?? [], 99) }
        }
        return SizeResult(
            registrants: count, journalLines: journalLines,
            firstFrameMs: Stats.ms(Stats.median(launches.map(\.firstFrame))),
            searchableMs: Stats.ms(Stats.median(launches.map(\.searchable))),
            loadInProcessMs: med(\.load), indexMs: med(\.index),
            searchP50Ms: med { Stats.percentile($0.searchKeystrokes, 50) },
            searchP99Ms: med { Stats.percentile($0.searchKeystrokes, 99) },
            searchKeystrokes: inside.first?.searchKeystrokes.count ?? 0,
            checkInP50Ms: med { Stats.percentile($0.checkIns, 50) },
            checkInP99Ms: med { Stats.percentile($0.checkIns, 99) },
            checkIns: inside.first?.checkIns.count ?? 0,
            checkInFailures: inside.map(\.checkInFailures).max() ?? 0,
            redrawP50Ms: p50, redrawP99Ms: p99,
            compactionMs: med(\.compaction), compactionLockHeldMs: med(\.compactionLocked),
            peakRSSBytes: launches.map(\.peakRSS).sorted()[launches.count / 2])
    }
}

func note(_ text: String) { FileHandle.standardError.write(Data(("foyer-bench: " + text + "\n").utf8)) }

FoyerBench.main()
