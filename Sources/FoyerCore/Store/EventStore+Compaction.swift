#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension EventStore {
    /// Where a compaction began: the registrations as of one position in the journal. A value, so the
    /// slow part (encoding and writing 100,000 people) can run on another thread while this store
    /// and the other desks go on appending.
    public struct CompactionStart: @unchecked Sendable {
        let generation: Int
        let registry: Registry
        let journalOffset: UInt64
        let journalEntryCount: Int
        let journalIdentity: FileIdentity?
        let snapshotIdentity: FileIdentity?
        let zone: TimeZone
        let folder: String
        /// This compaction's own new snapshot while it is written (`registrants.json.compacting-PID-…`):
        /// two desks may compact at once, and each must put its own snapshot in place with its own
        /// carried lines, never the other's (that lost or repeated the lines between their starts).
        let prepared: String
        public var journalLines: Int { journalEntryCount }
    }

    /// Folds the journal into a new snapshot and starts a new journal, holding the lock only briefly at
    /// the start and the end: desks go on checking people in while the snapshot is written.
    public func compact() throws {
        let start = try beginCompaction()
        try Self.writeCompactedSnapshot(start)
        try finishCompaction(start)
    }

    /// Step 1, under the lock: catches up and notes where the snapshot will stand.
    public func beginCompaction() throws -> CompactionStart {
        try requireWritable()
        return try lock.withLock(exclusive: true, timeout: 10) {
            let journal = try writableJournal()
            guard unappliedEntries == 0 else {
                throw StoreError.corrupt(file: journalPath, line: nil,
                    detail: Catalogue.Store.unapplied(unappliedEntries))
            }
            unlink(nextJournalPath) // a leftover of a compaction that crashed before its snapshot was in place
            removeDeadCompactionsSnapshots()
            let prepared = folder + "/" + Self.compactingSnapshotName + "-" + String(getpid()) + "-"
                + String(UInt32.random(in: 0...UInt32.max), radix: 16)
            return CompactionStart(generation: generation, registry: registry, journalOffset: journal.offset,
                                   journalEntryCount: journalEntries.count, journalIdentity: FileIdentity(path: journalPath),
                                   snapshotIdentity: snapshotIdentity, zone: event.timeZone, folder: folder, prepared: prepared)
        }
    }

    /// Step 2, without the lock, on any thread: the new snapshot, written and synced beside the old one.
    public static func writeCompactedSnapshot(_ start: CompactionStart) throws {
        let snapshot = SnapshotFile(schemaVersion: SnapshotFile.currentVersion, generation: start.generation + 1,
                                    nextNumber: start.registry.nextNumber, registrants: start.registry.registrants)
        try POSIXFile.writeAtomically(try StoredFiles.encodeSnapshot(snapshot, zone: start.zone), to: start.prepared)
    }

    /// Step 3, under the lock: the lines appended since step 1 go into the next journal, then the new
    /// snapshot and the next journal are renamed into place. A crash between the renames leaves the next
    /// journal beside the new snapshot, and loading uses it.
    public func finishCompaction(_ start: CompactionStart) throws {
        let prepared = start.prepared
        try lock.withLock(exclusive: true, timeout: 10) {
            let journal = try writableJournal()
            guard generation == start.generation, snapshotIdentity == start.snapshotIdentity,
                  FileIdentity(path: journalPath) == start.journalIdentity, journal.offset >= start.journalOffset else {
                unlink(prepared)
                throw StoreError.io(file: snapshotPath, operation: Catalogue.Store.compactJournal,
                                    detail: Catalogue.Store.compactedMeanwhile)
            }
            let carried = try POSIXFile.readAll(fd: journal.fd, path: journalPath, from: start.journalOffset)
                .prefix(Int(journal.offset - start.journalOffset))
            try POSIXFile.writeAtomically(try JournalFile.headerLine(generation: start.generation + 1) + carried, to: nextJournalPath)
            self.journal = nil
            guard rename(prepared, snapshotPath) == 0 else { throw POSIXFile.ioError(snapshotPath, Catalogue.Store.putSnapshotInPlace) }
            try POSIXFile.fsyncDirectory(folder)
            snapshotIdentity = FileIdentity(path: snapshotPath)
            generation = start.generation + 1
            guard rename(nextJournalPath, journalPath) == 0 else { throw POSIXFile.ioError(journalPath, Catalogue.Store.putJournalInPlace) }
            try POSIXFile.fsyncDirectory(folder)
            let fresh = try JournalFile(path: journalPath)
            _ = try fresh.readNew() // the carried lines are applied already
            self.journal = fresh
            journalEntries = Journal(journalEntries.dropFirst(start.journalEntryCount))
        }
    }

    /// Deletes the snapshots of compactions that were killed while writing them: those whose process
    /// (named in the file) is gone. Desks share one host (over SSH), so a live compaction's process is
    /// seen here and its file kept. The name without a process is an older foyer's leftover.
    func removeDeadCompactionsSnapshots() {
        let prefix = Self.compactingSnapshotName + "-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            if name == Self.compactingSnapshotName { unlink(folder + "/" + name); continue }
            guard name.hasPrefix(prefix), let pid = pid_t(name.dropFirst(prefix.count).prefix { $0 != "-" }) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
