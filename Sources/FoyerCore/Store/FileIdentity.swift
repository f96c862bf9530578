/// A file's device and inode: a rename over it (an atomic save) gives a new one.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
    init?(path: String) {
        guard let id = POSIXFile.inode(path) else { return nil }
        device = id.dev; inode = id.ino
    }
}
