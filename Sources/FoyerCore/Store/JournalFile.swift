#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `journal.jsonl`: a header line, then one JSON line per change, appended with O_APPEND and fsync'ed
/// while the event's lock is held. Several processes append to it; each reads what the others added
/// from the offset it had reached.
final class JournalFile {
    let path: String
    private(set) var fd: Int32
    private(set) var identity: (dev: UInt64, ino: UInt64)
    /// Bytes read and applied so far (always at the end of a complete line).
    private(set) var offset: UInt64 = 0
    /// Lines read so far, the header included (for error messages).
    private(set) var lineCount = 0
    private(set) var header: JournalHeader?
    private(set) var lastSeq = 0

    /// Opens an existing journal.
    init(path: String) throws {
        self.path = path
        let fd = POSIXFile.openData(path, O_RDWR | O_APPEND)
        let opened = fd >= 0 || errno == ELOOP ? fd : POSIXFile.openData(path, O_RDONLY) // read-only folders still load
        guard opened >= 0 else { throw POSIXFile.openError(path, Catalogue.Store.openIt) }
        self.fd = opened
        self.identity = POSIXFile.inode(fd: opened) ?? (0, 0)
    }
    deinit { close(fd) }

    /// Creates (or replaces) the journal with just a header, atomically. Call with the lock held.
    static func create(path: String, generation: Int) throws -> JournalFile {
        try POSIXFile.writeAtomically(try headerLine(generation: generation), to: path)
        return try JournalFile(path: path)
    }

    /// The first line of a journal that follows snapshot `generation`.
    static func headerLine(generation: Int) throws -> [UInt8] {
        JournalHeader(generation: generation).jsonLine(zone: .gmt)
    }

    /// True when the file at `path` is no longer the one we have open (a compaction replaced it).
    var wasReplaced: Bool {
        guard let now = POSIXFile.inode(path) else { return true }
        return now != identity
    }

    struct ReadResult {
        var entries: [JournalEntry] = []
        /// Bytes after the last newline: a line still being written, or torn by a crash.
        var incompleteTail: [UInt8] = []
    }

    /// Reads the complete lines appended since the last read. A corrupt complete line is an error that
    /// names the line; an unterminated last line is returned as the tail and not consumed.
    func readNew() throws -> ReadResult {
        let bytes = try POSIXFile.readAll(fd: fd, path: path, from: offset)
        var result = ReadResult()
        guard !bytes.isEmpty else { return result }
        var start = 0
        // Read with the store's reader through JournalEntry's field table (StoredFields): JSONDecoder
        // cost more per line than everything else in a replay.
        try bytes.withUnsafeBufferPointer { all in
            while let newline = bytes[start...].firstIndex(of: 10) {
                let line = UnsafeBufferPointer(rebasing: all[start..<newline])
                let lineNumber = lineCount + 1
                if header == nil {
                    do { header = try JournalHeader.decode(line: line) } catch let error as JSONError {
                        throw StoreError.corrupt(file: path, line: lineNumber, detail: Catalogue.Store.notJournalHeader(error.phrase))
                    }
                    if header!.foyerJournal > JournalHeader.currentVersion {
                        throw StoreError.newerSchema(file: path, found: header!.foyerJournal, supported: JournalHeader.currentVersion)
                    }
                } else if !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
                    do {
                        let entry = try JournalEntry.decode(line: line)
                        result.entries.append(entry)
                        lastSeq = max(lastSeq, entry.seq)
                    } catch let error as JSONError {
                        throw StoreError.corrupt(file: path, line: lineNumber, detail: error.phrase)
                    }
                }
                lineCount += 1
                start = newline + 1
            }
        }
        offset += UInt64(start)
        result.incompleteTail = Array(bytes[start...])
        return result
    }

    /// Moves a torn tail (a crash mid-append) aside into `journal.torn-…` and cuts it from the journal, so
    /// the next line starts clean. Call with the lock held, after `readNew`.
    func setAsideTornTail(_ tail: [UInt8]) throws -> String {
        let aside = path + ".torn-" + String(Int(Date().timeIntervalSince1970)) + "-" + String(getpid())
        try POSIXFile.writeAtomically(tail, to: aside)
        guard ftruncate(fd, off_t(offset)) == 0, fsync(fd) == 0 else { throw POSIXFile.ioError(path, Catalogue.Store.cutTornLine) }
        return aside
    }

    /// Appends one entry and fsyncs. Call with the lock held and after `readNew`, so `offset` is the end.
    /// On failure the file is cut back to where it was: no half line is left behind.
    func append(_ entry: JournalEntry, zone: TimeZone) throws {
        // Written through JournalEntry's field table, as it is read (see StoredFields).
        let bytes = entry.jsonLine(zone: zone)
        do {
            try POSIXFile.writeAll(fd: fd, bytes: bytes, path: path)
            guard fsync(fd) == 0 else { throw POSIXFile.ioError(path, Catalogue.Store.syncToDisk) }
        } catch {
            _ = ftruncate(fd, off_t(offset))
            throw error
        }
        offset += UInt64(bytes.count)
        lineCount += 1
        lastSeq = entry.seq
    }
}
