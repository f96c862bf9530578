import ArgumentParser
import FoyerCore
import Foundation

/// The language the command line speaks to the person at the terminal: chosen once, before the parser
/// runs, from `--lang`, `FOYER_LANG` and the locale variables (`Language.choose`). What attendees read
/// (exports, receipts, door lists) is the event's language or the export's own `--lang`, not this.
enum Interface {
    nonisolated(unsafe) static var language: Language = .en

    /// Sets `language` from the command line and the environment; a `--lang` or `FOYER_LANG` that names
    /// no language Foyer speaks is refused in both languages' words (which one was meant is unknown).
    static func choose(arguments: [String] = Array(CommandLine.arguments.dropFirst()),
                       environment: [String: String] = ProcessInfo.processInfo.environment) {
        do {
            language = try Language.choose(flag: Language.flag(in: arguments), environment: environment)
        } catch let error as LanguageChoiceError {
            FileHandle.standardError.write(Data((error.phrase.en + "\n" + error.phrase.sv + "\n").utf8))
            Foundation.exit(64)
        } catch {
            Foundation.exit(64)
        }
    }

    /// The phrase in the interface's language.
    static func say(_ phrase: Phrase) -> String { phrase[language] }
}

/// The command line's words, shortly: `CL.noCode(code)`, `CLHelp.register`.
typealias CL = Catalogue.CommandLine
typealias CLHelp = Catalogue.CommandLineHelp

extension ValidationError {
    /// A refusal in the interface's language.
    init(_ phrase: Phrase) { self.init(Interface.say(phrase)) }
}

extension ArgumentHelp {
    /// An option's help in the interface's language (chosen before the parser runs).
    static func say(_ phrase: Phrase, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(Interface.say(phrase), valueName: valueName)
    }
}
