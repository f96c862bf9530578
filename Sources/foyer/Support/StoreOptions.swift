import ArgumentParser
import FoyerCore
import FoyerSamples
import Foundation

/// The options every subcommand takes: where the data is, which event, which desk, and what time it is.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: .say(CLHelp.data, valueName: Interface.say(CLHelp.valueDir)))
    var data: String?

    @Option(name: .long, help: .say(CLHelp.event, valueName: "id"))
    var event: String?

    @Option(name: .long, help: .say(CLHelp.desk, valueName: Interface.say(CLHelp.valueName)))
    var desk: String?

    @Option(name: .long, help: .say(CLHelp.now, valueName: Interface.say(CLHelp.valueTime)))
    var now: String?

    /// Read before the parser runs (`Interface.choose`), so even `--help` and the parser's own errors
    /// are in the chosen language; declared here so that it is listed and accepted by every command.
    @Option(name: .long, help: .say(CL.langHelp, valueName: "sv|en"))
    var lang: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// What attendees read (receipts, the door list, badges, exports): `--lang` when given, else nil for
    /// the event's own language.
    /// `--lang` for a document (a door list, a receipt, an export), wherever on the line it was given (a
    /// group command such as `foyer export` takes it too, before or after its subcommand); nil: the event's.
    var documentLanguage: Language? { (lang ?? Language.flag(in: Array(CommandLine.arguments.dropFirst()))).flatMap(Language.init(code:)) }

    /// The data directory; the default one is seeded with the sample events when empty.
    func dataDirectory() throws -> DataDirectory {
        if let data { return DataDirectory(path: data) }
        let directory = DataDirectory(path: DataDirectory.defaultPath(environment: environment))
        if directory.isEmpty, let samples = FoyerSamples.eventsPath {
            let seeded = try directory.seed(fromSamples: samples)
            if !seeded.isEmpty {
                Console.note(CL.seeded(path: directory.path, events: seeded.joined(separator: ", ")))
            }
        }
        return directory
    }

    var deskName: String { desk ?? Desk.defaultName(environment: environment) }

    /// Resolves the event and opens its store; says which event it chose when it had to choose.
    func openStore(quietChoice: Bool = false) throws -> EventStore {
        let (directory, id) = try resolveEvent(quietChoice: quietChoice)
        let store = try directory.openEvent(id, desk: deskName)
        store.clock = try clock(zone: store.event.timeZone)
        for warning in store.warningPhrases { Console.warn(warning) }
        return store
    }

    /// The data directory and the id of the event to work on; says which it chose when it had to choose.
    func resolveEvent(quietChoice: Bool = false) throws -> (DataDirectory, String) {
        let directory = try dataDirectory()
        let requested = event ?? environment["FOYER_EVENT"].flatMap { $0.isEmpty ? nil : $0 }
        let today = LocalDateTime(Date(), in: .current).date
        let (id, implicit) = try directory.resolveEvent(requested, today: today)
        if implicit && !quietChoice { Console.note(CL.eventChosen(id)) }
        return (directory, id)
    }

    func clock(zone: TimeZone) throws -> Clock {
        guard let text = now ?? environment["FOYER_NOW"].flatMap({ $0.isEmpty ? nil : $0 }) else { return .system }
        guard let date = Clock.parse(text, zone: zone) else {
            throw ValidationError(CL.badNow(text))
        }
        return Clock(fixed: date)
    }
}

/// `--lang` alone, for the commands that only group others (`foyer fees`, `foyer import`, `foyer export`):
/// `foyer fees --lang sv` shows their help in Swedish instead of refusing an unknown option. Read before
/// the parser runs, as `StoreOptions.lang` is.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: .say(CL.langHelp, valueName: "sv|en"))
    var lang: String?
}

/// Messages to standard error, so standard output stays clean for pipes.
enum Console {
    static func note(_ phrase: Phrase) { FileHandle.standardError.write(Data(("foyer: " + TerminalText.safe(Interface.say(phrase)) + "\n").utf8)) }
    static func warn(_ phrase: Phrase) { FileHandle.standardError.write(Data((Interface.say(CL.warningPrefix) + TerminalText.safe(Interface.say(phrase)) + "\n").utf8)) }
    /// Why a change was refused, as it is: its first words say what happened ("DUPLICATE:", "Not saved:").
    static func refusal(_ phrase: Phrase) { FileHandle.standardError.write(Data((TerminalText.safe(Interface.say(phrase)) + "\n").utf8)) }
}

/// A line for a person to read: names and file contents in it cannot steer the terminal. (Data for
/// pipes, CSV and JSON, is printed as it is.)
func say(_ text: String) { print(TerminalText.safe(text)) }

/// A line for a person to read, in the interface's language.
func say(_ phrase: Phrase) { say(Interface.say(phrase)) }

/// A step that cannot be undone goes ahead only when the event's id is typed, or given with `--confirm`
/// in scripts (and then it must match). `explanation` says what will happen before the question.
enum TypedConfirmation {
    static func require(id: String, confirm: String?, verb: Phrase, explanation: () -> Phrase, nothing: Phrase) throws {
        if let confirm {
            guard confirm == id else { throw ValidationError(CL.confirmMismatch(confirm, id: id, nothing: nothing)) }
            return
        }
        print(TerminalText.safe(Interface.say(explanation())))
        print(Interface.say(CL.typeTheId(id, verb: verb)), terminator: "")
        fflush(nil) // every stream: the question shows before the answer is read
        let typed = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard typed == id else {
            if typed == nil { print("") }
            throw ValidationError(CL.idNotTyped(nothing))
        }
    }
}
