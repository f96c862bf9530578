#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `foyer restore FILE [--as ID]`: an event brought back from a backup archive into a data directory.
/// The archive is checked whole first (`BackupArchive.open`), then unpacked into a hidden folder inside
/// the data directory (same file system, the data directory's modes), loaded there as a desk would load
/// it, and only then renamed into place in one step. A restore that fails at any point removes its hidden
/// folder: the data directory holds the whole event or nothing of it. An event there already is never
/// replaced.
public enum BackupRestore {
    public struct Result: Sendable {
        public var id: String
        public var folder: String
        public var registrants: Int
        /// What the event's checks found (`foyer validate`'s findings): said, but not a reason to refuse,
        /// since the event was like that when it was backed up and a restore is how its data comes back.
        public var findings: [Phrase]
    }

    public static func restore(archive path: String, into directory: DataDirectory, as newID: String? = nil) throws -> Result {
        let archive = try BackupArchive.open(path)
        let id = newID ?? archive.manifest.event
        // The id first: it becomes a folder name, so nothing like "../x" may get as far as a path.
        if let problem = EventDetailsCheck.idProblemPhrase(id, existing: []) { throw StoreError.rejected(.invalid(problem)) }
        let destination = directory.folder(of: id)
        if FileManager.default.fileExists(atPath: destination) || directory.allEventIDs().contains(id) {
            throw BackupError.eventExists(id: id, folder: destination)
        }
        try POSIXFile.makeDirectory(directory.path)
        let temp = directory.path + "/.restoring-" + id + "-" + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        try POSIXFile.makeDirectory(temp)
        do {
            try archive.unpack(into: temp, eventID: newID)
            let report = BackupValidation.check(folder: temp, archive: archive)
            // An event that does not load is refused; one that loads is the event as it was.
            guard report.loaded else { throw BackupError.invalidEvent(path: path, problems: report.errors) }
            unlink(temp + "/" + EventStore.lockFileName) // made by loading it; the first desk makes its own
            // rename(2) would quietly replace an empty folder made meanwhile: look once more, just before.
            guard !FileManager.default.fileExists(atPath: destination) else { throw BackupError.eventExists(id: id, folder: destination) }
            guard rename(temp, destination) == 0 else { throw POSIXFile.ioError(destination, Catalogue.Store.replaceIt) }
            try POSIXFile.fsyncDirectory(directory.path)
            return Result(id: id, folder: destination, registrants: report.registrants, findings: report.errors + report.warnings)
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw error
        }
    }
}
