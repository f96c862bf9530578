import ArgumentParser
import FoyerCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.validate))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.validateDirectory, valueName: Interface.say(CLHelp.valueDirectory)))
    var directory: String?

    func run() throws {
        let dir = try directory.map(DataDirectory.init(path:)) ?? options.dataDirectory()
        try DataDirectory.mayEnter(dir.path)
        let ids = dir.eventIDs()
        guard !ids.isEmpty else { throw ValidationError(CL.noEventsYet(path: dir.path, howToCreate: DataDirectory.howToCreate)) }
        var errors = 0, warnings = 0
        // A folder copied by hand keeps the old id: codes, exports and desks would mix the two events.
        for problem in dir.idProblemPhrases() {
            print(Interface.say(CL.validateError(Interface.say(problem))))
            errors += 1
        }
        for id in ids {
            let store: EventStore
            do { store = try dir.openEvent(id, desk: options.deskName) } catch {
                print(Interface.say(CL.validateEventError(id, "\(error)")))
                errors += 1
                continue
            }
            let report = EventCheck.run(store)
            for w in store.warningPhrases + report.warningPhrases { print(Interface.say(CL.validateWarning(id, Interface.say(w)))) }
            for e in report.errorPhrases { print(Interface.say(CL.validateEventError(id, Interface.say(e)))) }
            warnings += store.warningPhrases.count + report.warningPhrases.count
            errors += report.errorPhrases.count
            if report.errorPhrases.isEmpty {
                print(Interface.say(CL.validateOK(id, items: store.event.programme.items.count, categories: store.event.feeCategories.count, registrants: store.registry.count)))
            }
        }
        print(Interface.say(CL.validateSummary(events: ids.count, errors: errors, warnings: warnings)))
        if errors > 0 { throw ExitCode(1) }
    }
}
