import ArgumentParser
import FoyerCore

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a deterministic set of synthetic registrants for demos, tests and benchmarks.")
    @OptionGroup var options: StoreOptions
    @Option(help: "How many registrants.") var registrants: Int
    @Option(help: "The seed: the same seed makes the same people.") var seed: UInt64 = 1
    @Flag(help: "Replace the event's registrants if it has some already.") var replace = false

    func validate() throws {
        guard (1...1_000_000).contains(registrants) else { throw ValidationError("--registrants must be between 1 and 1000000") }
    }

    func run() throws {
        let store = try options.openStore()
        let people = RegistrantGenerator(event: store.event, seed: seed).make(count: registrants)
        do { try store.replaceAllRegistrants(people, requireEmpty: !replace) } catch StoreError.rejected(let why) {
            throw ValidationError("\(why); pass --replace to replace them")
        }
        try? store.searchIndexJob.run()
        print("generated \(people.count) registrants for \(store.event.id) (seed \(seed))")
    }
}
