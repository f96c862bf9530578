#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ZIPFoundation

/// `foyer backup`: one zip archive of an event folder, consistent as of one moment (`EventCapture`),
/// made while desks go on working. Members sit under a folder named by the event ("impasses-2009/…") so
/// an archive unzipped by hand does not spill; `foyer-backup.json` (the manifest) is at the top.
public enum EventBackup {
    public struct Result: Sendable {
        public var path: String
        public var manifest: BackupManifest
        public var bytes: Int
        /// Links in the event's folder, not followed and so not in the archive.
        public var skippedLinks: [String]
    }

    /// `ID-YYYYMMDD-HHMMSS.zip`, the time in UTC: names then sort as the backups were made, across a
    /// change to summer time and from desks in any zone, which is what keeping the last K relies on.
    public static func defaultFileName(eventID: String, at date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return eventID + "-" + f.string(from: date) + ".zip"
    }

    /// Writes the archive of the event in `folder` to `output` (a file, or a folder to put the default
    /// name in): atomically (a temporary file beside it, fsync, rename), 0600 (0660 in a shared folder).
    @discardableResult
    public static func create(folder: String, eventID: String, output: String) throws -> Result {
        let capture = try EventCapture.read(folder: folder)
        let target = PermissionCheck.isFolder(output) ? output + "/" + defaultFileName(eventID: eventID, at: capture.time) : output
        let parent = POSIXFile.folder(of: target)
        guard PermissionCheck.isFolder(parent) else { throw BackupError.noFolder(parent) }
        let files = capture.files.map { BackupManifest.File(path: $0.path, size: $0.bytes.count, crc32: BackupManifest.checksum($0.bytes)) }
        let manifest = BackupManifest(event: eventID, created: capture.time, files: files)
        let archive = try Archive(accessMode: .create)
        try add(BackupManifest.fileName, try manifest.encoded(), to: archive, time: capture.time)
        for file in capture.files { try add(eventID + "/" + file.path, file.bytes, to: archive, time: capture.time) }
        guard let data = archive.data else { throw StoreError.io(file: target, operation: Catalogue.Store.writeIt, detail: Catalogue.Backup.archiveNotMade) }
        try POSIXFile.writeAtomically([UInt8](data), to: target)
        return Result(path: target, manifest: manifest, bytes: data.count, skippedLinks: capture.skippedLinks)
    }

    private static func add(_ path: String, _ bytes: [UInt8], to archive: Archive, time: Date) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: time,
                             permissions: 0o600, compressionMethod: .deflate) { position, size in
            Data(bytes[Int(position)..<Int(position) + size])
        }
    }

    /// Keeps the newest `keep` backups of `eventID` in `folder` (by name: `defaultFileName` sorts by time)
    /// and deletes the older ones. Only files named as this event's backups are touched. Returns what was deleted.
    @discardableResult
    public static func prune(folder: String, eventID: String, keep: Int) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { isBackupName($0, of: eventID) }.sorted()
        let old = names.dropLast(max(keep, 0))
        for name in old where unlink(folder + "/" + name) != 0 && errno != ENOENT {
            throw POSIXFile.ioError(folder + "/" + name, Catalogue.Backup.deleteOldBackup)
        }
        return Array(old)
    }

    /// `ID-YYYYMMDD-HHMMSS.zip` for this id exactly (not another event whose id begins the same).
    static func isBackupName(_ name: String, of eventID: String) -> Bool {
        guard name.hasPrefix(eventID + "-"), name.hasSuffix(".zip") else { return false }
        let stamp = name.dropFirst(eventID.count + 1).dropLast(4)
        return stamp.count == 15 && stamp.enumerated().allSatisfy { i, c in i == 8 ? c == "-" : c.isASCII && c.isNumber }
    }
}
