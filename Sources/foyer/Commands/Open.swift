import ArgumentParser
import FoyerCore
import FoyerTUI
import FoyerSamples

/// The default: the full-screen event manager.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Interface.say(CLHelp.open))
    @OptionGroup var options: StoreOptions
    @Flag(help: .say(CLHelp.mouse)) var mouse = false
    @Flag(help: .say(CLHelp.deskOnly))
    var deskOnly = false
    @Flag(help: .say(CLHelp.maskEmails))
    var maskEmails = false
    @Flag(name: .customLong("no-bell"), help: .say(CLHelp.noBell))
    var noBell = false
    @Option(name: .customLong("backup-to"), help: .say(Catalogue.Backup.helpBackupTo, valueName: Interface.say(Catalogue.Backup.valueFolder)))
    var backupTo: String?
    @Option(name: .customLong("backup-every"), help: .say(Catalogue.Backup.helpBackupEvery, valueName: Interface.say(Catalogue.Backup.valueMinutes)))
    var backupEvery: Int?
    @Option(name: .customLong("backup-keep"), help: .say(Catalogue.Backup.helpBackupKeep, valueName: "K"))
    var backupKeep: Int?

    func validate() throws {
        if backupTo == nil, backupEvery != nil || backupKeep != nil { throw ValidationError(Catalogue.Backup.needsBackupTo) }
        if (backupEvery ?? 1) < 1 || (backupKeep ?? 1) < 1 { throw ValidationError(Catalogue.Backup.atLeastOne) }
    }

    /// The periodic backup asked for with `--backup-to`.
    private var backup: BackupSchedule? {
        backupTo.map { BackupSchedule(folder: $0, everyMinutes: backupEvery ?? BackupSchedule.defaultMinutes, keep: backupKeep ?? BackupSchedule.defaultKeep) }
    }

    func run() throws {
        // An empty data directory (and no event asked for) opens on the welcome: a new event, or the samples.
        let requested = options.event ?? options.environment["FOYER_EVENT"].flatMap { $0.isEmpty ? nil : $0 }
        let bare = options.data.map(DataDirectory.init(path:)) ?? DataDirectory(path: DataDirectory.defaultPath(environment: options.environment))
        let bell = BellSetting.isOn(noBell: noBell, environment: options.environment)
        let app: TerminalApp
        if requested == nil, bare.isEmpty {
            guard !deskOnly else { throw ValidationError(CL.deskOnlyNeedsEvent(bare.path, howToCreate: DataDirectory.howToCreate)) }
            app = TerminalApp(directory: bare, event: nil, desk: options.deskName, clock: try options.clock(zone: .current),
                              mouse: mouse, deskOnly: deskOnly, maskEmails: maskEmails, bell: bell, language: Interface.language, samplesPath: FoyerSamples.eventsPath, backup: backup)
        } else {
            // Only event.json before the screen starts: the registrations load behind the agenda.
            let (directory, id) = try options.resolveEvent(quietChoice: true)
            let event = try directory.event(id)
            app = TerminalApp(directory: directory, event: event, desk: options.deskName,
                              clock: try options.clock(zone: event.timeZone), mouse: mouse, deskOnly: deskOnly, maskEmails: maskEmails, bell: bell, language: Interface.language, samplesPath: FoyerSamples.eventsPath, backup: backup)
        }
        let signal: Int32?
        do { signal = try app.run() } catch let error as NcursesBackend.StartError {
            throw ValidationError(Interface.say(error.phrase))
        }
        // Ended by SIGTERM or SIGHUP: the terminal is restored and every change was already on disk;
        // exit as a process killed by that signal would.
        if let signal { throw ExitCode(128 + signal) }
    }
}
