import Foundation

/// The files of one event folder as of one moment, read for a backup while desks go on writing.
///
/// Every file at the top of the folder (event.json, the snapshot, the journal, the history, the receipt
/// log) is read holding the event's lock shared: no desk appends or compacts meanwhile, so the snapshot
/// and the journal read together are one state, the journal up to its current end. That takes as long
/// as reading them (milliseconds; about a second for 100,000 people) and no longer. The folders below
/// (the issued receipts) are only listed under the lock and read after it is let go: a receipt file is
/// written once and never changed, so the list is what makes them consistent with the receipt log.
struct EventCapture {
    struct File {
        /// Relative to the event's folder.
        var path: String
        var bytes: [UInt8]
    }

    var files: [File] = []
    /// When the lock was held: the moment the archive stands for.
    var time = Date()
    /// Symbolic links found in the folder: never followed, named to the person.
    var skippedLinks: [String] = []

    /// What a backup leaves out: the lock and temporary files (every name starting with a dot), a
    /// compaction's unfinished snapshot (written without the lock; the snapshot it will replace is in the
    /// archive, with the journal), and the search index cache (derived from the snapshot and journal, big,
    /// and rebuilt on the next launch).
    static func isLeftOut(_ name: String) -> Bool {
        name.hasPrefix(".") || name == EventStore.compactingSnapshotName || name == SearchIndexFile.fileName
    }

    static func read(folder: String, lockTimeout: Double = 10) throws -> EventCapture {
        var capture = EventCapture()
        var later: [String] = []
        let lock = FileLock(path: folder + "/" + EventStore.lockFileName)
        try lock.withLock(exclusive: false, timeout: lockTimeout) {
            capture.time = Date()
            for name in try names(in: folder) {
                let path = folder + "/" + name
                if POSIXFile.isSymbolicLink(path) { capture.skippedLinks.append(path); continue }
                if PermissionCheck.isFolder(path) {
                    later += try files(under: folder, relative: name, links: &capture.skippedLinks)
                } else {
                    capture.files.append(File(path: name, bytes: try POSIXFile.readAll(path)))
                }
            }
        }
        for relative in later {
            // Listed under the lock; a file gone since (an anonymisation deletes receipts) is no longer the event's.
            do { capture.files.append(File(path: relative, bytes: try POSIXFile.readAll(folder + "/" + relative))) }
            catch StoreError.notFound(_) { continue }
        }
        return capture
    }

    private static func names(in folder: String) throws -> [String] {
        do { return try FileManager.default.contentsOfDirectory(atPath: folder).filter { !isLeftOut($0) }.sorted() }
        catch { throw StoreError.notFound(Phrase(verbatim: folder)) }
    }

    /// The files below `relative` (a sub-folder of the event's), as paths relative to the event's folder.
    private static func files(under folder: String, relative: String, links: inout [String]) throws -> [String] {
        var out: [String] = []
        for name in try names(in: folder + "/" + relative) {
            let inner = relative + "/" + name, path = folder + "/" + inner
            if POSIXFile.isSymbolicLink(path) { links.append(path); continue }
            if PermissionCheck.isFolder(path) { out += try files(under: folder, relative: inner, links: &links) } else { out.append(inner) }
        }
        return out
    }
}
