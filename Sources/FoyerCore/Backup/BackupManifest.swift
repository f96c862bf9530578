import Foundation
import ZIPFoundation

/// `foyer-backup.json`, the first member of every backup archive: which event, when, and every file with
/// its size and checksum, so `foyer validate FILE` and `foyer restore` can tell a whole archive from a
/// damaged or tampered one before anything is unpacked into the data directory.
///
/// The checksum is CRC-32 (ZIPFoundation's, zlib's algorithm), not a cryptographic hash: what a backup
/// must survive is a worn USB stick, a truncated copy or a changed byte, which CRC-32 catches, and Foyer
/// has no cryptography library among its dependencies (swift-crypto is not one) to do better honestly.
/// The zip's own per-member CRC is checked again while unpacking; the manifest adds the list of what must
/// be there, so a member dropped from the archive is noticed too.
public struct BackupManifest: Codable, Equatable, Sendable {
    public static let fileName = "foyer-backup.json"
    public static let formatName = "foyer-backup"
    public static let currentVersion = 1

    public struct File: Codable, Equatable, Sendable {
        /// Relative to the event's folder ("journal.jsonl", "receipts/R-0001.html").
        public var path: String
        public var size: Int
        /// CRC-32 as eight lower-case hex digits.
        public var crc32: String
    }

    public var format: String
    public var version: Int
    public var event: String
    /// When the registrations were read (under the lock), ISO 8601 in UTC.
    public var created: String
    /// The versions of the store's own files in this archive, for a later foyer to know what it reads.
    public var snapshotSchema: Int
    public var journalSchema: Int
    public var files: [File]

    init(event: String, created: Date, files: [File]) {
        format = Self.formatName
        version = Self.currentVersion
        self.event = event
        self.created = Self.timestamp(created)
        snapshotSchema = SnapshotFile.currentVersion
        journalSchema = JournalHeader.currentVersion
        self.files = files
    }

    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    static func checksum(_ bytes: [UInt8]) -> String {
        let crc = Data(bytes).crc32(checksum: 0)
        let hex = String(crc, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    static func decode(_ bytes: [UInt8]) throws -> BackupManifest {
        try JSONDecoder().decode(BackupManifest.self, from: Data(bytes))
    }
}
