#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Opening the store's own files. Never through a symbolic link (O_NOFOLLOW): a link placed where
/// journal.jsonl belongs could make a desk append personal data to, or replace, a file anywhere the
/// account can write. A file created here gets the folder's modes (`FileModes`), whatever the umask says.
extension POSIXFile {
    /// `open(2)` of a data file, refusing links. A file it creates gets the folder's modes (the folder is
    /// looked at only then).
    static func openData(_ path: String, _ flags: Int32) -> Int32 {
        guard flags & O_CREAT != 0 else { return open(path, flags | O_NOFOLLOW | O_CLOEXEC) }
        let wanted = FileModes.inside(folder(of: path)).file
        let fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC, wanted)
        if fd >= 0 { give(wanted, fd: fd) }
        return fd
    }

    /// The error for an `openData` that failed: a link is named as a link, a missing file as missing.
    static func openError(_ path: String, _ operation: Phrase, _ code: Int32 = errno) -> StoreError {
        if code == ELOOP || (code == EMLINK && isSymbolicLink(path)) { return .symbolicLink(file: path) }
        if code == ENOENT { return .notFound(Phrase(verbatim: path)) }
        return ioError(path, operation, code)
    }

    /// A file this account created (or owns) gets the modes of its folder: the umask may have taken the
    /// group's bits away, and a shared folder needs them.
    private static func give(_ wanted: mode_t, fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_uid == geteuid() else { return }
        if st.st_mode & 0o7777 != wanted { _ = fchmod(fd, wanted) }
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    static func folder(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }
}
