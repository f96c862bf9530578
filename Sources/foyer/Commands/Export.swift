import ArgumentParser
import FoyerCore
import Foundation

/// `foyer export …`: data out for calendars, printers and other programs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Interface.say(CLHelp.export),
        subcommands: [ExportProgramme.self, ExportRegistrants.self, ExportBadges.self])
    @OptionGroup var language: LanguageOption
}

enum ProgrammeFormat: String, ExpressibleByArgument, CaseIterable { case ics, json, markdown, html }

struct ExportProgramme: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "programme", abstract: Interface.say(CLHelp.exportProgramme))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(CLHelp.programmeFormat)) var format: ProgrammeFormat = .ics
    @Option(help: .say(CLHelp.output)) var output: String?

    func run() throws {
        let store = try options.openStore()
        let text: String
        let language = options.documentLanguage
        switch format {
        case .ics: text = ICalendar.render(store.event, now: store.clock.now(), language: language)
        case .json: text = try ProgrammeExport.scheduleJSON(store.event, language: language)
        case .markdown: text = ProgrammeExport.markdown(store.event, language: language)
        case .html: text = ProgrammeExport.html(store.event, language: language)
        }
        try Output.write(text, to: output)
    }
}

/// Standard output, or a file written atomically and readable only by its owner.
enum Output {
    /// `what` names the contents in the note on standard error ("wrote the door list … to FILE").
    static func write(_ text: String, to path: String?, what: Phrase? = nil) throws {
        guard let path else { FileHandle.standardOutput.write(Data(text.utf8)); return }
        try SafeFile.write(text, to: path)
        Console.note(what.map { CL.wrote($0, to: path) } ?? CL.wrote(path))
    }
}
