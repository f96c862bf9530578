import ArgumentParser
import FoyerCore

struct Compact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fold the journal into a new snapshot and start an empty journal.",
        discussion: "Safe while other desks run: they notice the new snapshot and carry on. Refuses when a journal line could not be understood, so nothing is dropped.")
    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.openStore()
        try store.compact()
        // The next launch then finds the search index ready (a cache: a failure here loses nothing).
        try? store.searchIndexJob.run()
        print("compacted \(store.event.id): the journal is folded into a new snapshot of \(store.registry.count) registrants")
    }
}
