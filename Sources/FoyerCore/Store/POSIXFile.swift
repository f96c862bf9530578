#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Thin, honest wrappers over the system calls the store needs: open with a mode, write everything,
/// fsync, rename, fsync the folder. Foundation's file APIs neither fsync nor set modes atomically.
enum POSIXFile {
    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    static func ioError(_ path: String, _ operation: Phrase, _ code: Int32 = errno) -> StoreError {
        .io(file: path, operation: operation, detail: Phrase(verbatim: errorText(code)))
    }

    /// Creates the folder (and its parents) when missing: 0700, or 2770 inside a shared folder (`FileModes`).
    static func makeDirectory(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw StoreError.io(file: path, operation: Catalogue.Store.useAsFolder, detail: Catalogue.Store.isAFile) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        let modes = FileModes.inside(folder(of: path))
        if mkdir(path, 0o700) != 0 {
            if errno != EEXIST { throw ioError(path, Catalogue.Store.createFolder) }
            return
        }
        // mkdir's mode passes through the umask and cannot set the set-group-ID bit everywhere: say it again.
        if modes.isShared { _ = chmod(path, modes.folder) }
    }

    /// Reads a whole file. The store's own files are never read through a link (`openData`); a file a
    /// person names to import may be one (`followLinks`).
    static func readAll(_ path: String, followLinks: Bool = false) throws -> [UInt8] {
        let fd = followLinks ? open(path, O_RDONLY | O_CLOEXEC) : openData(path, O_RDONLY)
        guard fd >= 0 else { throw openError(path, Catalogue.Store.openForReading) }
        defer { close(fd) }
        return try readAll(fd: fd, path: path, from: 0)
    }

    /// Reads from `offset` to the end of the file.
    static func readAll(fd: Int32, path: String, from offset: UInt64) throws -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ioError(path, Catalogue.Store.readSize) }
        let size = Int(st.st_size)
        guard size > Int(offset) else { return [] }
        var buffer = [UInt8](repeating: 0, count: size - Int(offset))
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + done, raw.count - done, off_t(Int(offset) + done))
            }
            if n < 0 { if errno == EINTR { continue }; throw ioError(path, Catalogue.Store.readIt) }
            if n == 0 { break }
            done += n
        }
        if done < buffer.count { buffer.removeSubrange(done...) }
        return buffer
    }

    /// For tests: an error every write reports (ENOSPC for a full disk, EIO), as the kernel would after
    /// part of the bytes went out. Nil in normal running.
    nonisolated(unsafe) static var injectedWriteError: Int32?

    static func writeAll(fd: Int32, bytes: [UInt8], path: String) throws {
        if let injected = injectedWriteError {
            // Half of it written, then the disk is full: what the store must survive.
            _ = bytes.withUnsafeBytes { raw in write(fd, raw.baseAddress!, raw.count / 2) }
            throw ioError(path, Catalogue.Store.writeIt, injected)
        }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { raw in write(fd, raw.baseAddress! + done, raw.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw ioError(path, Catalogue.Store.writeIt) }
            done += n
        }
    }

    static func fsyncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError(path, Catalogue.Store.openFolderToSync) }
        defer { close(fd) }
        if fsync(fd) != 0, errno != EINVAL { throw ioError(path, Catalogue.Store.syncFolder) }
    }

    /// Writes a whole file atomically: a temporary file beside it (mode 0600, 0660 when shared), fsync, rename over the
    /// old one, fsync of the folder. Either the old or the new file is there afterwards, never a mix.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        // A bare file name ("r.html") lives in the current folder; its temporary file goes there too.
        let folder = folder(of: path)
        let name = (path as NSString).lastPathComponent
        let temp = folder + "/." + name + ".tmp-" + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        // Never replace a link with a file, nor write through one: the link is left for a person to look at.
        guard !isSymbolicLink(path) else { throw StoreError.symbolicLink(file: path) }
        // Created with the folder's modes: 0600, or 0660 in a shared folder (`FileModes`).
        let fd = openData(temp, O_WRONLY | O_CREAT | O_EXCL)
        guard fd >= 0 else { throw ioError(temp, Catalogue.Store.createTemporary) }
        do {
            try writeAll(fd: fd, bytes: bytes, path: temp)
            guard fsync(fd) == 0 else { throw ioError(temp, Catalogue.Store.syncToDisk) }
        } catch {
            close(fd); unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw ioError(path, Catalogue.Store.replaceIt, code)
        }
        try fsyncDirectory(folder)
    }

    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o777
    }

    static func inode(_ path: String) -> (dev: UInt64, ino: UInt64)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino))
    }

    static func inode(fd: Int32) -> (dev: UInt64, ino: UInt64)? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino))
    }
}

/// An flock(2) on the event folder's `.lock` file. Only writers take it exclusively; a loading reader
/// takes it shared so it never sees a half-appended line as the end of the journal.
final class FileLock {
    private var fd: Int32 = -1
    let path: String

    /// Nothing is opened or created until the lock is first taken, so reading an event never leaves a
    /// lock file behind in a folder that holds no registrations.
    init(path: String) { self.path = path }
    deinit { if fd >= 0 { close(fd) } }

    /// Opens (creating when allowed) the lock file. In a read-only folder a missing lock file means no
    /// desk can be writing there, so a shared lock is not needed.
    private func open(exclusive: Bool) throws -> Bool {
        if fd >= 0 { return true }
        var handle = POSIXFile.openData(path, O_RDWR | O_CREAT)
        if handle < 0 && errno != ELOOP { handle = POSIXFile.openData(path, O_RDONLY) }
        guard handle >= 0 else {
            if !exclusive && (errno == EACCES || errno == EROFS || errno == ENOENT) { return false }
            throw POSIXFile.openError(path, Catalogue.Store.openLockFile)
        }
        fd = handle
        return true
    }

    /// Waits for the lock, at most `timeout` seconds, then fails with a clear message instead of hanging.
    func lock(exclusive: Bool, timeout: Double = 5) throws {
        guard try open(exclusive: exclusive) else { return }
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, operation) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw POSIXFile.ioError(path, Catalogue.Store.lockIt) }
            if Date() > deadline { throw StoreError.lockTimeout(file: path, seconds: timeout) }
            usleep(2_000)
        }
    }

    func unlock() { if fd >= 0 { flock(fd, LOCK_UN) } }

    func withLock<T>(exclusive: Bool, timeout: Double = 5, _ body: () throws -> T) throws -> T {
        try lock(exclusive: exclusive, timeout: timeout)
        defer { unlock() }
        return try body()
    }
}
