import ArgumentParser
import FoyerCore
import Foundation

struct DoorListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "door-list",
        abstract: "Print the door list, the paper fallback for check-in.",
        discussion: "Everyone registered, alphabetical by last name, with code, organisation, category, amount due and a box to tick ([x] and the time for those already checked in); the waiting list follows; cancelled registrations are left out.")
    @OptionGroup var options: StoreOptions
    @Option(help: "text (fits 80 columns) or html (a printable table).")
    var format: ReceiptFormat = .text
    @Option(help: ArgumentHelp("Write the list to this file (mode 0600, replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let store = try options.openStore()
        let list = DoorList(event: store.event, registrants: store.registry.registrants, now: store.clock.now(), language: options.documentLanguage)
        let text = format == .html ? DoorListHTML.render(list) : DoorListText.render(list)
        try Output.write(text, to: output, what: "the door list (\(list.registered.count) registered, \(list.waitlisted.count) waiting)")
    }
}
