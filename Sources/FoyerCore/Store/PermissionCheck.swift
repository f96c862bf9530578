import Foundation

/// Personal data must not be readable by others: files 0600, folders 0700.
public enum PermissionCheck {
    public static func warnings(folder: String) -> [String] {
        var out: [String] = []
        let holdsPersonalData = [EventStore.snapshotFileName, EventStore.journalFileName]
            .contains { FileManager.default.fileExists(atPath: folder + "/" + $0) }
        guard holdsPersonalData else { return out }
        if let mode = POSIXFile.mode(folder), mode & 0o077 != 0 {
            out.append("\(folder): the folder is readable by others (mode \(String(mode, radix: 8))); chmod 700 it")
        }
        for name in [EventStore.snapshotFileName, EventStore.journalFileName] {
            let path = folder + "/" + name
            if let mode = POSIXFile.mode(path), mode & 0o077 != 0 {
                out.append("\(path): readable by others (mode \(String(mode, radix: 8))); chmod 600 it")
            }
        }
        return out
    }
}
