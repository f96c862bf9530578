import Foundation
import ZIPFoundation

/// A backup archive read and checked, entirely, before anything is made of it: the manifest is there and
/// is a foyer backup's, every member it lists is there with its size and checksum (and the zip's own CRC),
/// nothing else is in the archive, and no member could land outside the event's folder. Only then are the
/// files handed out (`files`), to be unpacked and loaded as an event (`BackupValidation`, `BackupRestore`).
public struct BackupArchive {
    public let path: String
    public let manifest: BackupManifest
    /// Every file the manifest lists, with its bytes as checked.
    let files: [EventCapture.File]

    /// The manifest is small; anything much bigger is not one (and is not read into memory).
    private static let manifestLimit = 64 << 20

    public static func open(_ path: String) throws -> BackupArchive {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.notFound(Phrase(verbatim: path)) }
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw BackupError.notAnArchive(path: path, detail: String(describing: error))
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            // A folder entry (from an archive zipped again by hand) holds nothing; a link is never unpacked.
            if entry.type == .directory { continue }
            guard entry.type == .file else { throw BackupError.unsafe(path: path, member: entry.path) }
            guard entries[entry.path] == nil else { throw BackupError.twice(path: path, member: entry.path) }
            entries[entry.path] = entry
        }
        guard let manifestEntry = entries[BackupManifest.fileName] else { throw BackupError.noManifest(path: path) }
        guard manifestEntry.uncompressedSize <= manifestLimit else {
            throw BackupError.badManifest(path: path, detail: String(manifestEntry.uncompressedSize))
        }
        let manifest: BackupManifest
        do { manifest = try BackupManifest.decode(try read(manifestEntry, from: archive, path: path)) }
        catch let error as BackupError { throw error }
        catch { throw BackupError.badManifest(path: path, detail: String(describing: error)) }
        guard manifest.format == BackupManifest.formatName else { throw BackupError.noManifest(path: path) }
        guard manifest.version <= BackupManifest.currentVersion else { throw BackupError.newerFormat(path: path, found: manifest.version) }
        if let problem = EventDetailsCheck.idProblemPhrase(manifest.event, existing: []) {
            throw BackupError.badManifest(path: path, detail: problem.en)
        }

        var files: [EventCapture.File] = []
        var listed: Set<String> = [BackupManifest.fileName]
        for file in manifest.files {
            let member = manifest.event + "/" + file.path
            guard isSafe(file.path) else { throw BackupError.unsafe(path: path, member: member) }
            guard listed.insert(member).inserted else { throw BackupError.twice(path: path, member: member) }
            guard let entry = entries[member] else { throw BackupError.missing(path: path, member: member) }
            // Sizes first: a member that would unpack to more than the manifest says is not unpacked at all.
            guard entry.uncompressedSize == UInt64(file.size) else {
                throw BackupError.wrongSize(path: path, member: member, expected: file.size, found: Int(entry.uncompressedSize))
            }
            let bytes = try read(entry, from: archive, path: path)
            guard bytes.count == file.size else { throw BackupError.wrongSize(path: path, member: member, expected: file.size, found: bytes.count) }
            guard BackupManifest.checksum(bytes) == file.crc32.lowercased() else { throw BackupError.wrongChecksum(path: path, member: member) }
            files.append(EventCapture.File(path: file.path, bytes: bytes))
        }
        if let extra = entries.keys.filter({ !listed.contains($0) }).sorted().first {
            throw BackupError.unlisted(path: path, member: extra)
        }
        guard let eventFile = files.first(where: { $0.path == EventStore.eventFileName }) else { throw BackupError.noEvent(path: path) }
        let event: Event
        do { event = try StoredFiles.decodeEvent(eventFile.bytes, path: path + ":" + manifest.event + "/" + eventFile.path) } catch {
            throw BackupError.invalidEvent(path: path, problems: [Phrase.of(error)])
        }
        guard event.id == manifest.event else { throw BackupError.otherEvent(path: path, manifest: manifest.event, event: event.id) }
        return BackupArchive(path: path, manifest: manifest, files: files)
    }

    /// A member's bytes, its CRC checked against the zip's record of it.
    private static func read(_ entry: Entry, from archive: Archive, path: String) throws -> [UInt8] {
        var data = Data()
        let crc: CRC32
        do { crc = try archive.extract(entry) { data.append($0) } } catch {
            throw BackupError.damaged(path: path, member: entry.path, detail: String(describing: error))
        }
        guard crc == entry.checksum else { throw BackupError.wrongChecksum(path: path, member: entry.path) }
        return [UInt8](data)
    }

    /// A path inside the event's folder: relative, no empty, `.` or `..` part, and no hidden names (a
    /// backup never holds the lock or a temporary file; one in an archive was put there by hand).
    static func isSafe(_ relative: String) -> Bool {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\\"), !relative.contains("\0") else { return false }
        return relative.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
    }

    /// Writes the files into `folder` (which exists, empty): sub-folders and files with the modes of
    /// `folder` (private, or the group's in a shared data directory), each written atomically.
    func unpack(into folder: String, eventID: String? = nil) throws {
        for file in files {
            let target = folder + "/" + file.path
            try POSIXFile.makeDirectory(POSIXFile.folder(of: target))
            var bytes = file.bytes
            if let eventID, file.path == EventStore.eventFileName {
                var event = try StoredFiles.decodeEvent(bytes, path: target)
                event.id = eventID
                bytes = try StoredFiles.encodeEvent(event)
            }
            try POSIXFile.writeAtomically(bytes, to: target)
        }
    }
}
