import ArgumentParser
import Foundation
import FoyerCore

/// `Scripts/soak`: desks of random work on one data directory, SIGKILLs and compactions, then the
/// invariants. A developer's tool, like foyer-bench: its words are English and not in the catalogue.
struct FoyerSoak: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foyer-soak",
        abstract: "Soak a data directory: desks of random work, SIGKILLs and compactions, then the invariants.",
        subcommands: [SoakRun.self, SoakCheck.self, ChildOp.self],
        defaultSubcommand: SoakRun.self)
}

/// `foyer-soak check --work DIR`: the invariants again on a soak's work folder (its data, baseline and
/// ops.jsonl), e.g. after changing the folder by hand to see that a broken one is caught.
struct SoakCheck: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a soak's work folder again.")
    @Option(help: "The soak's work folder.") var work = ".build/soak"
    @Option(help: "The event soaked.") var event = SoakRun.eventID

    func run() throws {
        let layout = SoakLayout(work: absolute(work), eventID: event)
        let report = Checker(folder: layout.folder, baseline: layout.baselineFolder, ops: try OpLog.read(layout.log)).run()
        for w in report.warnings { print("warning: \(w)") }
        for v in report.violations { print("VIOLATION: \(v)") }
        guard report.violations.isEmpty else {
            print("foyer-soak check: \(report.violations.count) violation(s)")
            throw ExitCode(1)
        }
        print("foyer-soak check: every invariant holds (\(report.registrants) registrants, \(report.journalLines) journal lines)")
    }
}

/// Where a soak keeps things, under its work folder.
struct SoakLayout {
    let work: String
    let eventID: String
    var home: String { work + "/home" }
    var data: String { work + "/data" }
    var folder: String { data + "/" + eventID }
    var baselineFolder: String { work + "/baseline/" + eventID }
    var scratch: String { work + "/scratch" }
    var log: String { work + "/ops.jsonl" }
}

func absolute(_ path: String) -> String {
    let standard = (path as NSString).standardizingPath
    return standard.hasPrefix("/") ? standard : FileManager.default.currentDirectoryPath + "/" + standard
}

FoyerSoak.main()
