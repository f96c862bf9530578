import Foundation

/// Personal data must not be readable by others: files 0600, folders 0700.
public enum PermissionCheck {
    public static func warningPhrases(folder: String) -> [Phrase] {
        var out: [Phrase] = []
        let holdsPersonalData = [EventStore.snapshotFileName, EventStore.journalFileName]
            .contains { FileManager.default.fileExists(atPath: folder + "/" + $0) }
        guard holdsPersonalData else { return out }
        if let mode = POSIXFile.mode(folder), mode & 0o077 != 0 {
            out.append(Catalogue.Store.folderReadable(folder: folder, mode: String(mode, radix: 8)))
        }
        // Every file of the event, not only the registrations: event.json (copied in at 0644, say), the
        // history, the receipts and their log, the index cache; and the folders under it.
        for path in files(under: folder) {
            guard let mode = POSIXFile.mode(path), mode & 0o077 != 0 else { continue }
            out.append(isFolder(path) ? Catalogue.Store.folderReadable(folder: path, mode: String(mode, radix: 8))
                                      : Catalogue.Store.fileReadable(path: path, mode: String(mode, radix: 8)))
        }
        return out
    }

    /// Everything below `folder` (files and folders, in a stable order), without following links.
    static func files(under folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var out: [String] = []
        for name in names.sorted() {
            let path = folder + "/" + name
            out.append(path)
            if isFolder(path) { out += files(under: path) }
        }
        return out
    }

    static func isFolder(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
}
