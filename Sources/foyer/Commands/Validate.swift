import ArgumentParser
import FoyerCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a data directory: every file readable, every registrant valid. Changes nothing.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The data directory to check (default: --data, else the default directory).")
    var directory: String?

    func run() throws {
        let dir = try directory.map(DataDirectory.init(path:)) ?? options.dataDirectory()
        let ids = dir.eventIDs()
        guard !ids.isEmpty else { throw ValidationError("\(dir.path): no events yet; " + DataDirectory.howToCreate) }
        var errors = 0, warnings = 0
        // A folder copied by hand keeps the old id: codes, exports and desks would mix the two events.
        for problem in dir.idProblems() {
            print("ERROR \(problem)")
            errors += 1
        }
        for id in ids {
            let store: EventStore
            do { store = try dir.openEvent(id, desk: options.deskName) } catch {
                print("\(id): ERROR \(error)")
                errors += 1
                continue
            }
            let report = EventCheck.run(store)
            for w in store.warnings + report.warnings { print("\(id): warning: \(w)") }
            for e in report.errors { print("\(id): ERROR \(e)") }
            warnings += store.warnings.count + report.warnings.count
            errors += report.errors.count
            if report.errors.isEmpty {
                print("\(id): ok (\(store.event.programme.items.count) programme items, \(store.event.feeCategories.count) fee categories, \(store.registry.count) registrants)")
            }
        }
        print("\(ids.count) events checked: \(errors) errors, \(warnings) warnings")
        if errors > 0 { throw ExitCode(1) }
    }
}
