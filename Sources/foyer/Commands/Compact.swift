import ArgumentParser
import FoyerCore

struct Compact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.compact),
        discussion: Interface.say(CLHelp.compactDiscussion))
    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.openStore()
        try store.compact()
        // The next launch then finds the search index ready (a cache: a failure here loses nothing).
        try? store.searchIndexJob.run()
        print(Interface.say(CL.compacted(store.event.id, registrants: store.registry.count)))
    }
}
