#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file read through a read-only private mapping, so that parsing a 70 MB snapshot does not first
/// copy it into a 70 MB array that lives beside the registrants decoded from it. The reader reports how
/// far it has got; pages before that are dropped from memory (MADV_DONTNEED: for a mapping of a file that
/// was never written to, a later touch reads them in again from the page cache, e.g. to count lines for
/// an error message). When mapping fails (some file systems cannot), the file is read into memory instead.
///
/// The snapshot is only ever replaced by rename, never rewritten in place, so the mapping cannot shrink
/// under the reader (which would be SIGBUS).
enum MappedFile {
    /// How much has to be parsed before it is given back; big enough that madvise costs nothing.
    static let releaseStep = 8 << 20

    /// Calls `body` with the file's bytes and a function to call with the offset reached so far.
    /// The bytes are valid only inside `body`.
    static func withContents<T>(of path: String,
                                _ body: (UnsafeBufferPointer<UInt8>, _ reached: (Int) -> Void) throws -> T) throws -> T {
        let fd = POSIXFile.openData(path, O_RDONLY)
        guard fd >= 0 else { throw POSIXFile.openError(path, Catalogue.Store.openForReading) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw POSIXFile.ioError(path, Catalogue.Store.readSize) }
        let size = Int(st.st_size)
        if size > 0, let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapping != UnsafeMutableRawPointer(bitPattern: -1) {
            defer { munmap(mapping, size) }
            _ = madvise(mapping, size, MADV_SEQUENTIAL)
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            var released = 0
            let bytes = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: size)
            return try body(bytes) { reached in
                let upTo = min(reached, size) & ~(page - 1)
                guard upTo - released >= releaseStep else { return }
                _ = madvise(mapping + released, upTo - released, MADV_DONTNEED)
                released = upTo
            }
        }
        let contents = try POSIXFile.readAll(fd: fd, path: path, from: 0)
        return try contents.withUnsafeBufferPointer { try body($0) { _ in } }
    }
}
