import ArgumentParser
import FoyerCore
import Foundation

/// `foyer import …`: bring data in from other programs. Every import shows what it would do first.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Interface.say(CLHelp.importCommand),
        subcommands: [ImportProgramme.self, ImportRegistrations.self])
    @OptionGroup var language: LanguageOption
}

struct ImportProgramme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: Interface.say(CLHelp.importProgramme))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.textFile, valueName: Interface.say(CLHelp.valueFile))) var file: String
    @Flag(help: .say(CLHelp.replaceProgramme)) var yes = false

    func run() throws {
        let store = try options.openStore()
        let text = try SafeFile.readText(file)
        let result = ProgrammeTextImport.parse(text, event: store.event)
        result.previewPhrases(source: file).forEach { print(Interface.say($0)) }
        guard !result.items.isEmpty else { throw ValidationError(CL.noItemsFound(file)) }
        guard yes else {
            print(Interface.say(CL.programmePreviewOnly(old: store.event.programmeItems.count, new: result.items.count)))
            return
        }
        // Against the programme the preview was made from: another desk's edit meanwhile is a conflict.
        try store.apply([.replaceProgramme(items: result.items, base: store.event.programmeItems)])
        print(Interface.say(CL.programmeReplaced(store.event.id, items: result.items.count)))
    }
}
