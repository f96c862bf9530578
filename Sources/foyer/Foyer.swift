import ArgumentParser
import FoyerCore

@main
struct Foyer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foyer",
        abstract: "Run a workshop or conference from the terminal: programme, registrations, fees and check-in.",
        discussion: """
            With no subcommand, foyer opens the full-screen event manager. The subcommands do the same
            work from scripts. Exit status: 0 done; 1 failed (the reason is printed); 2 an ambiguous
            query (the candidates are listed, nothing changed); 3 already checked in.
            """,
        subcommands: [Open.self, Events.self, ProgrammeCommand.self, Registrants.self, Register.self,
                      CheckInCommand.self, Stats.self, Validate.self, Generate.self],
        defaultSubcommand: Open.self
    )
}
