import ArgumentParser
import FoyerCore
import Foundation

struct DoorListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "door-list",
        abstract: Interface.say(CLHelp.doorList),
        discussion: Interface.say(CLHelp.doorListDiscussion))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(CLHelp.doorListFormat))
    var format: ReceiptFormat = .text
    @Option(help: .say(CLHelp.doorListOutput, valueName: Interface.say(CLHelp.valueFile)))
    var output: String?

    func run() throws {
        let store = try options.openStore()
        let list = DoorList(event: store.event, registrants: store.registry.registrants, now: store.clock.now(), language: options.documentLanguage)
        let text = format == .html ? DoorListHTML.render(list) : DoorListText.render(list)
        try Output.write(text, to: output, what: CL.doorList(registered: list.registered.count, waiting: list.waitlisted.count))
    }
}
