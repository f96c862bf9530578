import Foundation

/// Writing a file for a person (a receipt, an export) the way the store writes its own: atomically
/// (temporary file, fsync, rename, fsync of the folder) and readable only by its owner (0600).
public enum SafeFile {
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        try POSIXFile.writeAtomically(bytes, to: path)
    }

    /// A text file someone gave us to import: read whole, refused with its name when missing or not UTF-8.
    public static func readText(_ path: String) throws -> String {
        let bytes = try POSIXFile.readAll(path, followLinks: true)
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw StoreError.corrupt(file: path, line: nil, detail: Catalogue.Store.notUTF8)
        }
        return text
    }

    /// Creates a folder (and its parents) readable only by its owner (0700) when missing.
    public static func makeFolder(_ path: String) throws {
        try POSIXFile.makeDirectory(path)
    }
}
