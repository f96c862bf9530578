import ArgumentParser
import FoyerCore

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.generate))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(CLHelp.generateCount)) var registrants: Int
    @Option(help: .say(CLHelp.seed)) var seed: UInt64 = 1
    @Flag(help: .say(CLHelp.replace)) var replace = false

    func validate() throws {
        guard (1...1_000_000).contains(registrants) else { throw ValidationError(CL.generateRange) }
    }

    func run() throws {
        let store = try options.openStore()
        let people = RegistrantGenerator(event: store.event, seed: seed).make(count: registrants)
        do { try store.replaceAllRegistrants(people, requireEmpty: !replace) } catch StoreError.rejected(let why) {
            throw ValidationError(CL.generateReplace("\(why)"))
        }
        try? store.searchIndexJob.run()
        print(Interface.say(CL.generated(people.count, event: store.event.id, seed: String(seed))))
    }
}
