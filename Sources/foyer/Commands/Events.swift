import Foundation
import ArgumentParser
import FoyerCore

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the events in the data directory.")
    @OptionGroup var options: StoreOptions

    func run() throws {
        let directory = try options.dataDirectory()
        let events = try directory.events()
        guard FileManager.default.fileExists(atPath: directory.path) else { throw ValidationError("\(directory.path): no such directory") }
        guard !events.isEmpty else { throw ValidationError("no events in \(directory.path) (each event is a folder with an event.json)") }
        var table = TextTable(["ID", "DATE", "TITLE", "VENUE"])
        for e in events.sorted(by: { $0.date < $1.date }) {
            table.add([e.id, e.date.description, e.title, e.venue.summary ?? "(venue not set)"])
        }
        print(table.render(), terminator: "")
    }
}
