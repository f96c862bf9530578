#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `foyer validate FILE`: a backup archive checked without restoring it. The archive itself first
/// (`BackupArchive.open`: thrown, as nothing more can be said then), then the event in it, unpacked into
/// a private temporary folder and loaded as a desk would load it, with `foyer validate`'s checks
/// (`EventCheck`). Every message names the archive and the member, never the temporary folder.
public struct BackupValidation {
    public var manifest: BackupManifest
    public var errors: [Phrase] = []
    public var warnings: [Phrase] = []
    public var registrants = 0
    /// The event loaded (its event.json, snapshot and journal read as a desk reads them).
    public var loaded = false

    public static func run(archive path: String) throws -> BackupValidation {
        let archive = try BackupArchive.open(path)
        let template = NSTemporaryDirectory() + "/foyer-validate-XXXXXX"
        var buffer = Array(template.utf8CString)
        guard let made = mkdtemp(&buffer) else { throw POSIXFile.ioError(template, Catalogue.Store.createFolder) }
        let temp = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: temp) }
        try archive.unpack(into: temp)
        return check(folder: temp, archive: archive)
    }

    /// Loads the event unpacked in `folder` and runs the event's checks; messages say the archive's
    /// member names in place of `folder`.
    static func check(folder: String, archive: BackupArchive) -> BackupValidation {
        var report = BackupValidation(manifest: archive.manifest)
        let named = archive.path + ":" + archive.manifest.event
        func rename(_ phrase: Phrase) -> Phrase { phrase.map { $0.replacingOccurrences(of: folder, with: named) } }
        let store: EventStore
        do { store = try EventStore(folder: folder, desk: Desk.defaultName()) } catch {
            report.errors.append(rename(Phrase.of(error)))
            return report
        }
        report.loaded = true
        let checks = EventCheck.run(store)
        report.errors += checks.errorPhrases.map { Catalogue.Backup.inArchive(named, $0) }
        report.warnings += store.warningPhrases.map(rename) + checks.warningPhrases.map { Catalogue.Backup.inArchive(named, $0) }
        report.registrants = store.registry.count
        return report
    }
}
