#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `foyer share --group NAME`: desks that log in to one host as different Unix users share the data
/// directory through a group. Every folder becomes 2770 (set-group-ID, so what is made in it later takes
/// the group) and every file 0660, all given to the group; from then on `FileModes` makes every write keep
/// it so. `--private` goes back to 0700 and 0600. Each event folder is changed holding its lock, so no
/// desk's write lands half-way through with the old modes.
public enum GroupShare {
    public struct Report: Sendable {
        public var folders = 0
        public var files = 0
        /// Links found in the data directory: left alone (the store never follows them).
        public var linksSkipped: [String] = []
        /// Folders above the data directory that keep the group's accounts out ("/home/anna is 0700").
        public var blockingAncestors: [(path: String, mode: String)] = []
    }

    public enum Failure: PhrasedError {
        case unknownGroup(String)
        case notAFolder(String)
        case cannotChange(path: String, detail: String)

        public var phrase: Phrase {
            switch self {
            case .unknownGroup(let name): return Catalogue.Share.unknownGroup(name)
            case .notAFolder(let path): return Catalogue.Share.notAFolder(path)
            case .cannotChange(let path, let detail): return Catalogue.Share.cannotChange(path: path, detail: detail)
            }
        }
    }

    /// Gives the data directory and everything in it to `group`, folders 2770 and files 0660.
    public static func share(dataDirectory: String, group: String) throws -> Report {
        guard let entry = getgrnam(group) else { throw Failure.unknownGroup(group) }
        let gid = entry.pointee.gr_gid
        var report = try apply(dataDirectory, modes: .sharedModes, group: gid)
        report.blockingAncestors = ancestorsKeepingOut(group: gid, of: dataDirectory)
        return report
    }

    /// Back to one account: folders 0700, files 0600 (the group is left; it has no rights any more).
    public static func makePrivate(dataDirectory: String) throws -> Report {
        try apply(dataDirectory, modes: .privateModes, group: nil)
    }

    private static func apply(_ root: String, modes: FileModes, group: gid_t?) throws -> Report {
        guard PermissionCheck.isFolder(root) else { throw Failure.notAFolder(root) }
        var report = Report()
        // The data directory itself first, so an event folder made meanwhile is made shared already.
        try change(root, isFolder: true, modes: modes, group: group, report: &report)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        for name in names {
            let path = root + "/" + name
            if POSIXFile.isSymbolicLink(path) { report.linksSkipped.append(path); continue }
            guard PermissionCheck.isFolder(path) else {
                try change(path, isFolder: false, modes: modes, group: group, report: &report)
                continue
            }
            // An event folder: under its lock, so no desk writes a file with the old modes meanwhile.
            let lock = FileLock(path: path + "/" + EventStore.lockFileName)
            let hasEvent = FileManager.default.fileExists(atPath: path + "/" + EventStore.eventFileName)
            if hasEvent { try lock.lock(exclusive: true, timeout: 10) }
            defer { if hasEvent { lock.unlock() } }
            try change(path, isFolder: true, modes: modes, group: group, report: &report)
            for inner in PermissionCheck.files(under: path) {
                if POSIXFile.isSymbolicLink(inner) { report.linksSkipped.append(inner); continue }
                try change(inner, isFolder: PermissionCheck.isFolder(inner), modes: modes, group: group, report: &report)
            }
        }
        return report
    }

    private static func change(_ path: String, isFolder: Bool, modes: FileModes, group: gid_t?, report: inout Report) throws {
        if let group, lchown(path, uid_t.max, group) != 0 {
            throw Failure.cannotChange(path: path, detail: POSIXFile.errorText())
        }
        guard chmod(path, isFolder ? modes.folder : modes.file) == 0 else {
            throw Failure.cannotChange(path: path, detail: POSIXFile.errorText())
        }
        if isFolder { report.folders += 1 } else { report.files += 1 }
    }

    /// The folders above `path` that an account in `group` (and not their owner) cannot pass through:
    /// sharing the data directory is no use while its parent is someone's private home.
    static func ancestorsKeepingOut(group: gid_t, of path: String) -> [(path: String, mode: String)] {
        var out: [(String, String)] = []
        var current = ((path as NSString).standardizingPath as NSString).deletingLastPathComponent
        while !current.isEmpty {
            var st = stat()
            if stat(current, &st) == 0 {
                let passable = st.st_mode & 0o001 != 0 || (st.st_gid == group && st.st_mode & 0o010 != 0)
                if !passable { out.append((current, String(st.st_mode & 0o7777, radix: 8))) }
            }
            if current == "/" { break }
            current = (current as NSString).deletingLastPathComponent
        }
        return out.reversed()
    }
}
