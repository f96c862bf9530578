import ArgumentParser
import FoyerCore
import Foundation

@main
struct Foyer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foyer",
        abstract: Interface.say(CLHelp.foyer),
        discussion: Interface.say(CLHelp.foyerDiscussion),
        subcommands: [Open.self, Events.self, ProgrammeCommand.self, Registrants.self, Register.self, Edit.self,
                      CheckInCommand.self, ImportCommand.self, ExportCommand.self, DoorListCommand.self, ReceiptCommand.self, Stats.self, Validate.self, Generate.self,
                      Compact.self, Anonymise.self, NewEvent.self, EventCommand.self, FeesCommand.self, Archive.self, DeleteEvent.self, Share.self,
                      BackupCommand.self, RestoreCommand.self],
        defaultSubcommand: Open.self
    )
}

extension Foyer {
    /// Parses and runs like ArgumentParser's own `main`, except that a `ValidationError` thrown while a
    /// command runs (a bad email, an unknown fee category, nobody matching) is what the discussion above
    /// promises: a one-line reason on standard error and exit status 1, not a usage text and 64. Mistakes
    /// in the arguments themselves still get the usage text.
    static func main() {
        Interface.choose()
        var command: ParsableCommand
        do { command = try parseAsRoot() } catch { leave(with: error) }
        do {
            try command.run()
        } catch let error as ValidationError {
            FileHandle.standardError.write(Data((Interface.say(CL.errorPrefix) + TerminalText.safe(error.message) + "\n").utf8))
            exit(withError: ExitCode.failure)
        } catch let error as any PhrasedError {
            // The store's errors and the others that say themselves in either language. Messages quote file
            // contents (a bad value, a name): never raw to the terminal.
            FileHandle.standardError.write(Data((Interface.say(CL.errorPrefix) + TerminalText.safe(Interface.say(error.phrase)) + "\n").utf8))
            exit(withError: ExitCode.failure)
        } catch {
            leave(with: error)
        }
    }

    /// ArgumentParser's `exit(withError:)`, its own words (help headings, usage, mistakes in the arguments)
    /// put in Swedish when the interface is (`Catalogue.CommandLine.parserWords`). Same streams, same status.
    static func leave(with error: Error) -> Never {
        guard Interface.language == .sv else { exit(withError: error) }
        let status = exitCode(for: error)
        let message = CL.parserWords.reduce(fullMessage(for: error)) { $0.replacingOccurrences(of: $1.en, with: $1.sv) }
        if !message.isEmpty {
            if status == .success { print(message) } else { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        }
        Foundation.exit(status.rawValue)
    }
}
