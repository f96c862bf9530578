import Foundation

/// Personal data must not be readable by others: files 0600, folders 0700; or, in a data directory shared
/// with a group (`foyer share`), files 0660 and folders 2770 of that group, and nothing for the rest.
public enum PermissionCheck {
    public static func warningPhrases(folder: String) -> [Phrase] {
        var out: [Phrase] = []
        let holdsPersonalData = [EventStore.snapshotFileName, EventStore.journalFileName]
            .contains { FileManager.default.fileExists(atPath: folder + "/" + $0) }
        guard holdsPersonalData else { return out }
        let shared = FileModes.isShared(folder: folder)
        // Shared: the group may, others may not. Private: nobody but the owner.
        let forbidden: mode_t = shared ? 0o007 : 0o077
        let group = shared ? FileModes.groupName(of: folder) : nil
        if let mode = POSIXFile.mode(folder), mode & forbidden != 0 {
            out.append(Catalogue.Store.folderReadable(folder: folder, mode: String(mode, radix: 8)))
        }
        // Every file of the event, not only the registrations: event.json (copied in at 0644, say), the
        // history, the receipts and their log, the index cache; and the folders under it.
        for path in files(under: folder) {
            if POSIXFile.isSymbolicLink(path) { out.append(StoreError.symbolicLink(file: path).phrase); continue }
            guard let mode = POSIXFile.mode(path) else { continue }
            let isFolder = isFolder(path)
            if mode & forbidden != 0 {
                out.append(isFolder ? Catalogue.Store.folderReadable(folder: path, mode: String(mode, radix: 8))
                                    : Catalogue.Store.fileReadable(path: path, mode: String(mode, radix: 8)))
            } else if let group {
                // Another desk's account must be able to write it: group read and write (and enter a folder).
                let needed: mode_t = isFolder ? 0o070 : 0o060
                if mode & needed != needed {
                    out.append(Catalogue.Share.notShared(path: path, mode: String(mode, radix: 8), group: group))
                } else if let own = FileModes.groupName(of: path), own != group {
                    out.append(Catalogue.Share.wrongGroup(path: path, group: own, expected: group))
                }
            }
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
