import Foundation
import ArgumentParser
import FoyerCore

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Interface.say(CLHelp.events))
    @OptionGroup var options: StoreOptions
    @Flag(help: .say(CLHelp.eventsAll)) var all = false

    func run() throws {
        let directory = try options.dataDirectory()
        let every = try directory.events()
        guard FileManager.default.fileExists(atPath: directory.path) else { throw ValidationError(CL.noSuchDirectory(directory.path, howToCreate: DataDirectory.howToCreate)) }
        guard !every.isEmpty else { throw ValidationError(CL.noEventsIn(directory.path, howToCreate: DataDirectory.howToCreate)) }
        let events = all ? every : every.filter { !$0.isArchived }
        guard !events.isEmpty else { throw ValidationError(CL.allArchived(directory.path)) }
        let headers = CL.eventsHeaders.map(Interface.say)
        var table = TextTable(all ? headers + [""] : headers)
        for e in events.sorted(by: { $0.date < $1.date }) {
            table.add([e.id, e.date.description, e.title, e.venue.summary ?? Interface.say(CL.venueNotSet)] + (all ? [e.isArchived ? Interface.say(CL.archived) : ""] : []))
        }
        print(table.render(), terminator: "")
    }
}
