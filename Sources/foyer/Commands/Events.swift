import Foundation
import ArgumentParser
import FoyerCore

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the events in the data directory.")
    @OptionGroup var options: StoreOptions
    @Flag(help: "Archived events too.") var all = false

    func run() throws {
        let directory = try options.dataDirectory()
        let every = try directory.events()
        guard FileManager.default.fileExists(atPath: directory.path) else { throw ValidationError("\(directory.path): no such directory; " + DataDirectory.howToCreate) }
        guard !every.isEmpty else { throw ValidationError("no events in \(directory.path) yet; " + DataDirectory.howToCreate) }
        let events = all ? every : every.filter { !$0.isArchived }
        guard !events.isEmpty else { throw ValidationError("every event in \(directory.path) is archived (foyer events --all lists them)") }
        var table = TextTable(all ? ["ID", "DATE", "TITLE", "VENUE", ""] : ["ID", "DATE", "TITLE", "VENUE"])
        for e in events.sorted(by: { $0.date < $1.date }) {
            table.add([e.id, e.date.description, e.title, e.venue.summary ?? "(venue not set)"] + (all ? [e.isArchived ? "archived" : ""] : []))
        }
        print(table.render(), terminator: "")
    }
}
