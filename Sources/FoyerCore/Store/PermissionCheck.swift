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
        for name in [EventStore.snapshotFileName, EventStore.journalFileName] {
            let path = folder + "/" + name
            if let mode = POSIXFile.mode(path), mode & 0o077 != 0 {
                out.append(Catalogue.Store.fileReadable(path: path, mode: String(mode, radix: 8)))
            }
        }
        return out
    }
}
