import ArgumentParser
import FoyerCore
import Foundation

/// `foyer backup [--output FILE]`: one consistent archive of an event, made while desks go on working.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: Interface.say(Catalogue.Backup.helpBackup),
        discussion: Interface.say(Catalogue.Backup.helpBackupDiscussion))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(Catalogue.Backup.helpOutput, valueName: Interface.say(Catalogue.Backup.valueFile)))
    var output: String?

    func run() throws {
        let (directory, id) = try options.resolveEvent()
        let result = try EventBackup.create(folder: directory.folder(of: id), eventID: id,
                                            output: output ?? FileManager.default.currentDirectoryPath)
        for link in result.skippedLinks { Console.warn(Catalogue.Backup.linkNotBackedUp(link)) }
        let time = String(result.manifest.created.dropFirst(11).prefix(8))
        say(Catalogue.Backup.written(path: result.path, event: id, files: result.manifest.files.count, bytes: result.bytes, time: time))
    }
}

/// `foyer restore FILE [--as ID]`: an event back from a backup archive, checked first, put in place whole.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: Interface.say(Catalogue.Backup.helpRestore),
        discussion: Interface.say(Catalogue.Backup.helpRestoreDiscussion))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(Catalogue.Backup.helpArchive, valueName: Interface.say(Catalogue.Backup.valueFile)))
    var file: String
    @Option(name: .customLong("as"), help: .say(Catalogue.Backup.helpAs, valueName: "id"))
    var newID: String?

    func run() throws {
        let result: BackupRestore.Result
        do { result = try BackupRestore.restore(archive: file, into: try options.dataDirectory(), as: newID) } catch {
            throw ValidationError(Catalogue.Backup.notRestored(file) + Phrase.of(error))
        }
        for finding in result.findings { Console.warn(finding) }
        say(Catalogue.Backup.restored(file, id: result.id, folder: result.folder, registrants: result.registrants))
    }
}
