import Foundation

/// Why the store could not read or write. Every case names the file, and where it can the line and what
/// is wrong, so a person can fix it; a file that could not be read is never overwritten.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case corrupt(file: String, line: Int?, detail: String)
    case newerSchema(file: String, found: Int, supported: Int)
    case io(file: String, operation: String, detail: String)
    case notFound(String)
    case lockTimeout(file: String, seconds: Double)
    case rejected(ChangeRejection)
    case noSuchEvent(id: String, available: [String])
    case ambiguousEvent(available: [String])
    case changedElsewhere(file: String)
    case readOnly(folder: String)
    /// Another desk changed the same fields meanwhile: a person chooses (see `EditConflict`).
    case conflict(EditConflict)
    /// The person is registered already (same email, phone or name): one registration, not two.
    case duplicate(DuplicateRegistration)

    public var description: String {
        switch self {
        case .corrupt(let file, let line, let detail):
            // A damaged value can be a megabyte long; the message quotes its start.
            let shown = detail.count > 400 ? detail.prefix(300) + "… (\(detail.count) characters)" : detail
            return "\(file)\(line.map { ", line \($0)" } ?? ""): \(shown)"
        case .newerSchema(let file, let found, let supported):
            return "\(file): schema version \(found) is newer than this foyer understands (\(supported)); update foyer, the file is left as it is"
        case .io(let file, let operation, let detail):
            // What went wrong first: a long path must not push "No space left on device" off a narrow screen.
            return "could not \(operation) (\(detail)): \(file)"
        case .notFound(let what):
            return "\(what) does not exist"
        case .lockTimeout(let file, let seconds):
            return "\(file): another desk has held the lock for more than \(seconds) s; try again, or check that no foyer is stuck"
        case .rejected(let why):
            return why.description
        case .noSuchEvent(let id, let available):
            return "no event \"\(id)\"" + (available.isEmpty ? " (the data directory has no events)" : "; events here: " + available.joined(separator: ", "))
        case .changedElsewhere(let file):
            return "\(file) was changed at another desk since it was read; nothing was overwritten — the other version is now shown, make the change again"
        case .readOnly(let folder):
            return "\(folder) is read-only here: it can be looked at, but nothing can be changed or saved"
        case .conflict(let conflict):
            return conflict.description
        case .duplicate(let duplicate):
            return duplicate.description
        case .ambiguousEvent(let available):
            return "several events are here; choose one with --event: " + available.joined(separator: ", ")
        }
    }
}

extension StoreError: LocalizedError {
    public var errorDescription: String? { description }
}

/// Turns a DecodingError into words a person can act on: where in the file and what is wrong.
enum DecodingErrorText {
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ p: [CodingKey]) -> String {
            var out = ""
            for key in p {
                if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out.isEmpty ? "the top level" : out
        }
        switch error {
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty {
                let underlying = ctx.underlyingError.map { " (\(String(describing: $0)))" } ?? ""
                return "not valid JSON\(underlying)"
            }
            return "at \(path(ctx.codingPath)): \(ctx.debugDescription)"
        case .keyNotFound(let key, let ctx):
            return "at \(path(ctx.codingPath + [key])): required field \"\(key.stringValue)\" is missing"
        case .typeMismatch(let type, let ctx):
            return "at \(path(ctx.codingPath)): expected \(type)"
        case .valueNotFound(let type, let ctx):
            return "at \(path(ctx.codingPath)): expected \(type), found null"
        @unknown default:
            return String(describing: error)
        }
    }
}
