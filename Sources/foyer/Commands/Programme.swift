import ArgumentParser
import FoyerCore

/// `foyer programme` prints the programme (the default, `show`); `edit` and `delete` change an item.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: Interface.say(CLHelp.programme),
        subcommands: [ProgrammeShow.self, ProgrammeEdit.self, ProgrammeDelete.self],
        defaultSubcommand: ProgrammeShow.self)
}

struct ProgrammeShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: Interface.say(CLHelp.programmeShow))
    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        print(event.title)
        if let subtitle = event.subtitle { print(subtitle) }
        print(Interface.say(event.dateText) + (event.venue.summary.map { ", " + $0 } ?? ""))
        print("")
        let programme = event.programme
        guard !programme.isEmpty else { print(Interface.say(CL.noProgramme)); return }
        for i in programme.items.indices {
            let item = programme.items[i]
            let time = programme.timeRange(of: i)
            let kind = item.kind == .session ? "" : "  [\(Interface.say(item.kind.name).lowercased())]"
            print(time.padding(toLength: 13, withPad: " ", startingAt: 0) + item.title + kind)
            for topic in item.topics { print(String(repeating: " ", count: 13) + "- " + topic) }
            let speakers = item.speakerIDs.compactMap { event.speaker(id: $0)?.displayName }
            if !speakers.isEmpty, item.kind == .panel { print(String(repeating: " ", count: 13) + Interface.say(CL.with(speakers.joined(separator: ", ")))) }
        }
    }
}
