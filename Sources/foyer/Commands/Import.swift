import ArgumentParser
import FoyerCore
import Foundation

/// `foyer import …`: bring data in from other programs. Every import shows what it would do first.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring in a programme from flyer text, or registrations from CSV.",
        subcommands: [ImportProgramme.self, ImportRegistrations.self])
}

struct ImportProgramme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Read a programme from plain text (\"9.00-10.00 Title\", topics led by - • *); shows a preview, replaces only with --yes.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The text file.") var file: String
    @Flag(help: "Replace the event's programme with what was read.") var yes = false

    func run() throws {
        let store = try options.openStore()
        let text = try SafeFile.readText(file)
        let result = ProgrammeTextImport.parse(text, event: store.event)
        result.previewLines(source: file).forEach { print($0) }
        guard !result.items.isEmpty else { throw ValidationError("\(file): no programme items found (lines start with a time such as 9.00-10.00)") }
        guard yes else {
            print("Nothing changed; run again with --yes to replace the programme of \(store.event.programmeItems.count) items with these \(result.items.count).")
            return
        }
        // Against the programme the preview was made from: another desk's edit meanwhile is a conflict.
        try store.apply([.replaceProgramme(items: result.items, base: store.event.programmeItems)])
        print("Replaced the programme of \(store.event.id): \(result.items.count) items.")
    }
}
