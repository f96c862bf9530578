#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The modes the store gives what it creates in a folder: private (files 0600, folders 0700), or shared
/// with a group (files 0660, folders 2770) when the folder itself is shared: set-group-ID with the group
/// allowed in (`foyer share --group`). Decided from the folder at every write, so a file a compaction or a
/// receipt makes anew is shared like the one it replaces, whichever desk's account makes it; the
/// set-group-ID bit makes the kernel give new files the folder's group.
public struct FileModes: Equatable, Sendable {
    public var file: mode_t
    public var folder: mode_t

    public static let privateModes = FileModes(file: 0o600, folder: 0o700)
    public static let sharedModes = FileModes(file: 0o660, folder: 0o2770)

    public var isShared: Bool { self == Self.sharedModes }

    /// The modes for what is made inside `folder`.
    public static func inside(_ folder: String) -> FileModes {
        isShared(folder: folder) ? sharedModes : privateModes
    }

    /// True when `folder` is shared with its group: set-group-ID, and the group may read, write and enter.
    public static func isShared(folder: String) -> Bool {
        var st = stat()
        guard stat(folder.isEmpty ? "." : folder, &st) == 0 else { return false }
        return st.st_mode & S_ISGID != 0 && st.st_mode & 0o070 == 0o070
    }

    /// The group a shared folder belongs to, by name ("foyer-desks"), else its number.
    public static func groupName(of path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        if let entry = getgrgid(st.st_gid), let name = entry.pointee.gr_name { return String(cString: name) }
        return String(st.st_gid)
    }
}
