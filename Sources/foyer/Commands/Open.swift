import ArgumentParser
import FoyerCore
import FoyerTUI

/// The default: the full-screen event manager.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the full-screen event manager (the default).")
    @OptionGroup var options: StoreOptions
    @Flag(help: "Let mouse clicks choose tabs and rows (keys always work).") var mouse = false

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        let app = TerminalApp(directory: try options.dataDirectory(), store: store, mouse: mouse)
        let signal: Int32?
        do { signal = try app.run() } catch let error as NcursesBackend.StartError {
            throw ValidationError(error.description)
        }
        // Ended by SIGTERM or SIGHUP: the terminal is restored and every change was already on disk;
        // exit as a process killed by that signal would.
        if let signal { throw ExitCode(128 + signal) }
    }
}
