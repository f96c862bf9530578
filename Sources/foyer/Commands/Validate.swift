import ArgumentParser
import FoyerCore
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.validate))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.validateDirectory, valueName: Interface.say(CLHelp.valueDirectory)))
    var directory: String?

    func run() throws {
        // A file, not a folder (or a name ending in .zip, there or not): a backup archive, checked without restoring it.
        if let directory, directory.lowercased().hasSuffix(".zip") || (FileManager.default.fileExists(atPath: directory) && !isFolder(directory)) {
            return try validateArchive(directory)
        }
        let dir = try directory.map(DataDirectory.init(path:)) ?? options.dataDirectory()
        try DataDirectory.mayEnter(dir.path)
        let ids = dir.eventIDs()
        guard !ids.isEmpty else { throw ValidationError(CL.noEventsYet(path: dir.path, howToCreate: DataDirectory.howToCreate)) }
        var errors = 0, warnings = 0
        // A folder copied by hand keeps the old id: codes, exports and desks would mix the two events.
        for problem in dir.idProblemPhrases() {
            print(Interface.say(CL.validateError(Interface.say(problem))))
            errors += 1
        }
        for id in ids {
            let store: EventStore
            do { store = try dir.openEvent(id, desk: options.deskName) } catch {
                print(Interface.say(CL.validateEventError(id, "\(error)")))
                errors += 1
                continue
            }
            let report = EventCheck.run(store)
            for w in store.warningPhrases + report.warningPhrases { print(Interface.say(CL.validateWarning(id, Interface.say(w)))) }
            for e in report.errorPhrases { print(Interface.say(CL.validateEventError(id, Interface.say(e)))) }
            warnings += store.warningPhrases.count + report.warningPhrases.count
            errors += report.errorPhrases.count
            if report.errorPhrases.isEmpty {
                print(Interface.say(CL.validateOK(id, items: store.event.programme.items.count, categories: store.event.feeCategories.count, registrants: store.registry.count)))
            }
        }
        print(Interface.say(CL.validateSummary(events: ids.count, errors: errors, warnings: warnings)))
        if errors > 0 { throw ExitCode(1) }
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// The archive whole (manifest, every member's size and checksum), then the event in it loaded and
    /// checked as a data directory's would be. One line per finding, as for a directory; exit 1 on errors.
    private func validateArchive(_ path: String) throws {
        let report: BackupValidation
        do { report = try BackupValidation.run(archive: path) } catch {
            say(Catalogue.Backup.archiveError(Phrase.of(error)))
            say(CL.validateSummary(events: 0, errors: 1, warnings: 0))
            throw ExitCode(1)
        }
        for w in report.warnings { say(Catalogue.Backup.archiveWarning(w)) }
        for e in report.errors { say(Catalogue.Backup.archiveError(e)) }
        if report.errors.isEmpty {
            say(Catalogue.Backup.archiveOK(path, event: report.manifest.event, files: report.manifest.files.count,
                                           registrants: report.registrants, created: report.manifest.created))
        }
        say(CL.validateSummary(events: 1, errors: report.errors.count, warnings: report.warnings.count))
        if !report.errors.isEmpty { throw ExitCode(1) }
    }
}
