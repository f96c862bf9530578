import Foundation
import XCTest
import ZIPFoundation
@testable import FoyerCore

/// Issue 18's backups: an archive of an event that `BackupValidation` checks and `BackupRestore` brings
/// back whole (every file, byte for byte, and the same registrations), and archives that are damaged,
/// incomplete or padded refused with a message naming the archive and the member.
final class BackupTests: XCTestCase {
    /// An event with registrations in the journal, a check-in, a payment, an issued receipt (its log and
    /// its files in receipts/) and a file a person put in the folder; the search index cache too.
    private func busyEvent() throws -> (StoreFixture, EventStore) {
        let f = try StoreFixture()
        let store = try f.open(desk: "A")
        let a = try store.register(Fixtures.person("Åsa", "Öberg", email: "asa@ki.se"))
        let b = try store.register(Fixtures.person("Bo", "Ek", email: "bo@ki.se"))
        _ = try store.register(Fixtures.person("Cissi", "Lund", email: "cissi@ki.se"))
        try store.commit(.recordPayment(code: a.code, Payment(id: "p1", amount: .major(2000), method: .swish,
                                                                time: Fixtures.instant("2009-03-10T09:15:00+01:00"))))
        _ = try CheckInDesk.checkIn(code: b.code, store: store)
        _ = try store.issueReceipt(code: a.code, language: .en)
        try POSIXFile.writeAtomically(Array("the door code is 4711\n".utf8), to: f.folder + "/door-notes.txt")
        // Issued receipts as the desks save them, in a folder of their own.
        try POSIXFile.makeDirectory(f.folder + "/receipts")
        try POSIXFile.writeAtomically(Array("<html>receipt 1</html>\n".utf8), to: f.folder + "/receipts/receipt-0001.html")
        try POSIXFile.writeAtomically(Array("a cache\n".utf8), to: f.folder + "/" + SearchIndexFile.fileName)
        return (f, store)
    }

    private func files(in folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in PermissionCheck.files(under: folder) where !PermissionCheck.isFolder(path) {
            out[String(path.dropFirst(folder.count + 1))] = FileManager.default.contents(atPath: path)
        }
        return out
    }

    func testBackupValidateAndRestoreGiveTheSameEventBack() throws {
        let (f, store) = try busyEvent()
        let output = f.temp.path + "/backups"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
        let result = try EventBackup.create(folder: f.folder, eventID: f.event.id, output: output)

        // The default name in the folder given, 0600, and a manifest of every file but the lock and the cache.
        let name = (result.path as NSString).lastPathComponent
        XCTAssertTrue(EventBackup.isBackupName(name, of: f.event.id), name)
        XCTAssertEqual(try Files.mode(result.path), 0o600)
        let original = files(in: f.folder)
        let expected = original.keys.filter { $0 != EventStore.lockFileName && $0 != SearchIndexFile.fileName }.sorted()
        XCTAssertEqual(result.manifest.files.map(\.path).sorted(), expected)
        XCTAssertTrue(expected.contains("door-notes.txt") && expected.contains("receipts.jsonl"), "\(expected)")
        XCTAssertTrue(expected.contains { $0.hasPrefix("receipts/") }, "\(expected)")

        let report = try BackupValidation.run(archive: result.path)
        XCTAssertTrue(report.loaded)
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.registrants, 3)

        // Into another data directory under its own id: every file byte for byte, the same registrations.
        let elsewhere = DataDirectory(path: f.temp.path + "/elsewhere")
        let restored = try BackupRestore.restore(archive: result.path, into: elsewhere)
        XCTAssertEqual(restored.id, f.event.id)
        let back = files(in: restored.folder)
        for path in expected { XCTAssertEqual(back[path], original[path], path) }
        XCTAssertEqual(Set(back.keys), Set(expected), "nothing more, nothing less (no lock, no cache, no temporary folder)")
        XCTAssertEqual(try elsewhere.openEvent(f.event.id).registry, store.registry)
        XCTAssertEqual(try Files.mode(restored.folder), 0o700)
        for path in back.keys { XCTAssertEqual(try Files.mode(restored.folder + "/" + path), 0o600, path) }
    }

    func testRestoreRefusesAnEventThatIsThereAndLeavesNothingBehind() throws {
        let (f, _) = try busyEvent()
        let archive = try EventBackup.create(folder: f.folder, eventID: f.event.id, output: f.temp.path + "/b.zip").path
        let before = try FileManager.default.contentsOfDirectory(atPath: f.data.path).sorted()
        let journal = try Files.bytes(f.journalPath)
        XCTAssertThrowsError(try BackupRestore.restore(archive: archive, into: f.data)) { error in
            XCTAssertEqual(error as? BackupError, .eventExists(id: f.event.id, folder: f.folder))
            XCTAssertTrue(Phrase.of(error).en.contains("--as"), Phrase.of(error).en)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: f.data.path).sorted(), before, "no half-made folder")
        XCTAssertEqual(try Files.bytes(f.journalPath), journal, "the event there is untouched")
    }

    func testRestoreAsAnotherIDRewritesTheEventsIDAndKeepsTheGroupMode() throws {
        let (f, store) = try busyEvent()
        let archive = try EventBackup.create(folder: f.folder, eventID: f.event.id, output: f.temp.path + "/b.zip").path
        // A data directory shared with a group (`foyer share`): the restored event is shared too.
        XCTAssertEqual(chmod(f.data.path, 0o2770), 0)
        let restored = try BackupRestore.restore(archive: archive, into: f.data, as: "impasses-copy")
        XCTAssertEqual(restored.folder, f.data.folder(of: "impasses-copy"))
        let copy = try f.data.openEvent("impasses-copy")
        XCTAssertEqual(copy.event.id, "impasses-copy")
        XCTAssertEqual(copy.event.title, store.event.title)
        XCTAssertEqual(copy.registry, store.registry)
        XCTAssertEqual(f.data.idProblemPhrases(), [], "no two folders claim one id")
        XCTAssertTrue(FileModes.isShared(folder: restored.folder), "set-group-ID, the group let in")
        XCTAssertEqual(try Files.mode(restored.folder + "/" + EventStore.journalFileName), 0o660)
        XCTAssertThrowsError(try BackupRestore.restore(archive: archive, into: f.data, as: "Not An Id"))
        XCTAssertThrowsError(try BackupRestore.restore(archive: archive, into: f.data, as: "../outside")) { error in
            guard case .rejected? = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.temp.path + "/outside"))
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: f.data.path).contains { $0.hasPrefix(".restoring") })
    }

    // MARK: Damaged archives

    /// Copies the archive member by member, letting `edit` change a member's bytes or drop it (nil).
    private func rewrite(_ source: String, to target: String, _ edit: (String, [UInt8]) -> [UInt8]?) throws {
        let from = try Archive(url: URL(fileURLWithPath: source), accessMode: .read)
        let to = try Archive(url: URL(fileURLWithPath: target), accessMode: .create)
        for entry in from {
            var data = Data()
            _ = try from.extract(entry) { data.append($0) }
            guard let bytes = edit(entry.path, [UInt8](data)) else { continue }
            try to.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                Data(bytes[Int(position)..<Int(position) + size])
            }
        }
    }

    private func assertRefused(_ archive: String, _ expected: BackupError, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try BackupValidation.run(archive: archive), file: file, line: line) { error in
            XCTAssertEqual(error as? BackupError, expected, file: file, line: line)
            XCTAssertTrue(Phrase.of(error).en.hasPrefix(archive), Phrase.of(error).en, file: file, line: line)
        }
        let data = DataDirectory(path: (archive as NSString).deletingLastPathComponent + "/restore-" + UUID().uuidString)
        XCTAssertThrowsError(try BackupRestore.restore(archive: archive, into: data, as: "refused"), file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.folder(of: "refused")), "nothing restored", file: file, line: line)
    }

    func testAChangedByteIsRefused() throws {
        let (f, _) = try busyEvent()
        let good = try EventBackup.create(folder: f.folder, eventID: f.event.id, output: f.temp.path + "/good.zip").path
        let member = f.event.id + "/" + EventStore.journalFileName
        // One byte of the journal changed, the zip made anew around it (its own CRC right): the manifest's checksum catches it.
        let changed = f.temp.path + "/changed.zip"
        try rewrite(good, to: changed) { path, bytes in
            guard path == member else { return bytes }
            var b = bytes
            b[b.count / 2] ^= 0x01
            return b
        }
        assertRefused(changed, .wrongChecksum(path: changed, member: member))

        // One byte of the archive file itself flipped, wherever it falls in the compressed data: refused all the same.
        var raw = [UInt8](try Files.bytes(good))
        let flipped = f.temp.path + "/flipped.zip"
        raw[raw.count / 3] ^= 0x20
        try Data(raw).write(to: URL(fileURLWithPath: flipped))
        XCTAssertThrowsError(try BackupValidation.run(archive: flipped)) { error in
            XCTAssertNotNil(error as? BackupError, "\(error)")
            XCTAssertTrue(Phrase.of(error).en.hasPrefix(flipped), Phrase.of(error).en)
        }
    }

    func testAMissingOrUnlistedFileIsRefused() throws {
        let (f, _) = try busyEvent()
        let good = try EventBackup.create(folder: f.folder, eventID: f.event.id, output: f.temp.path + "/good.zip").path
        let receipts = f.event.id + "/receipts.jsonl"
        let missing = f.temp.path + "/missing.zip"
        try rewrite(good, to: missing) { path, bytes in path == receipts ? nil : bytes }
        assertRefused(missing, .missing(path: missing, member: receipts))

        let noManifest = f.temp.path + "/no-manifest.zip"
        try rewrite(good, to: noManifest) { path, bytes in path == BackupManifest.fileName ? nil : bytes }
        assertRefused(noManifest, .noManifest(path: noManifest))

        // A file slipped in afterwards (not in the manifest), and one that would land outside the event's folder.
        let extra = f.temp.path + "/extra.zip"
        try rewrite(good, to: extra) { _, bytes in bytes }
        let archive = try Archive(url: URL(fileURLWithPath: extra), accessMode: .update)
        let note = Array("hello".utf8)
        try archive.addEntry(with: f.event.id + "/extra.txt", type: .file, uncompressedSize: Int64(note.count)) { _, _ in Data(note) }
        assertRefused(extra, .unlisted(path: extra, member: f.event.id + "/extra.txt"))

        let escaping = f.temp.path + "/escaping.zip"
        try rewrite(good, to: escaping) { path, bytes in
            guard path == BackupManifest.fileName, var manifest = try? BackupManifest.decode(bytes) else { return bytes }
            manifest.files[0].path = "../../outside"
            return try? manifest.encoded()
        }
        assertRefused(escaping, .unsafe(path: escaping, member: f.event.id + "/../../outside"))
        XCTAssertThrowsError(try BackupValidation.run(archive: f.eventPath)) { error in
            guard case .notAnArchive(let path, _)? = error as? BackupError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, f.eventPath)
        }
    }

    func testAJournalThatDoesNotLoadIsNamedInTheArchive() throws {
        let (f, _) = try busyEvent()
        let good = try EventBackup.create(folder: f.folder, eventID: f.event.id, output: f.temp.path + "/good.zip").path
        // A backup whose journal line is garbage, manifest and all made to match: the archive is whole,
        // the event in it is not; the message names the archive's member, not a temporary folder.
        let broken = f.temp.path + "/broken.zip"
        var journal: [UInt8] = []
        try rewrite(good, to: broken) { path, bytes in
            if path == f.event.id + "/" + EventStore.journalFileName {
                // After the header line, before the changes: a line in the middle, not a torn last one.
                let header = (bytes.firstIndex(of: 0x0A) ?? bytes.count - 1) + 1
                journal = Array(bytes[..<header]) + Array("{\"seq\": 99, \"change\": not json}\n".utf8) + Array(bytes[header...])
                return journal
            }
            return bytes
        }
        let manifestFixed = f.temp.path + "/broken2.zip"
        try rewrite(broken, to: manifestFixed) { path, bytes in
            guard path == BackupManifest.fileName, var manifest = try? BackupManifest.decode(bytes),
                  let i = manifest.files.firstIndex(where: { $0.path == EventStore.journalFileName }) else { return bytes }
            manifest.files[i].size = journal.count
            manifest.files[i].crc32 = BackupManifest.checksum(journal)
            return try? manifest.encoded()
        }
        let report = try BackupValidation.run(archive: manifestFixed)
        XCTAssertFalse(report.loaded)
        XCTAssertEqual(report.errors.count, 1)
        let said = report.errors.first?.en ?? ""
        XCTAssertTrue(said.contains(manifestFixed + ":" + f.event.id + "/" + EventStore.journalFileName), said)
        XCTAssertFalse(said.contains("foyer-validate-"), said)
        let data = DataDirectory(path: f.temp.path + "/elsewhere")
        XCTAssertThrowsError(try BackupRestore.restore(archive: manifestFixed, into: data))
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? [], [], "nothing half-made")
    }

    func testPruningKeepsTheNewestOfThisEventOnly() throws {
        let temp = try TemporaryDirectory()
        let names = ["impasses-2009-20090319-080000.zip", "impasses-2009-20090319-081000.zip", "impasses-2009-20090319-082000.zip",
                     "impasses-2009-20090319-083000.zip", "impasses-2009-extra-20090319-070000.zip", "impasses-2009-notes.zip", "other.txt"]
        for n in names { FileManager.default.createFile(atPath: temp.path + "/" + n, contents: Data()) }
        let removed = try EventBackup.prune(folder: temp.path, eventID: "impasses-2009", keep: 2)
        XCTAssertEqual(removed, ["impasses-2009-20090319-080000.zip", "impasses-2009-20090319-081000.zip"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted(),
                       ["impasses-2009-20090319-082000.zip", "impasses-2009-20090319-083000.zip", "impasses-2009-extra-20090319-070000.zip",
                        "impasses-2009-notes.zip", "other.txt"])
        XCTAssertEqual(EventBackup.defaultFileName(eventID: "x", at: Date(timeIntervalSince1970: 1_237_448_820)), "x-20090319-074700.zip")
    }
}
