import Foundation

/// Why the store could not read or write. Every case names the file, and where it can the line and what
/// is wrong, so a person can fix it; a file that could not be read is never overwritten.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case corrupt(file: String, line: Int?, detail: Phrase)
    case newerSchema(file: String, found: Int, supported: Int)
    /// `operation` says what could not be done ("open it for reading"), `detail` why (the system's words).
    case io(file: String, operation: Phrase, detail: Phrase)
    case notFound(Phrase)
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
    /// A symbolic link where one of the store's files belongs: not followed, not replaced.
    case symbolicLink(file: String)
    /// This account may not enter a folder of the data directory (another account's, not shared with it).
    case noAccess(folder: String, account: String, owner: String, mode: String)

    /// What a person is told, in both languages.
    public var phrase: Phrase {
        typealias Words = Catalogue.Store
        switch self {
        case .corrupt(let file, let line, let detail):
            // A damaged value can be a megabyte long; the message quotes its start.
            let shown = detail.en.count > 400 || detail.sv.count > 400
                ? detail.map { String($0.prefix(300)) } + Words.characters(detail.en.count) : detail
            return line.map { Words.corrupt(file: file, line: $0, detail: shown) } ?? Words.corrupt(file: file, detail: shown)
        case .newerSchema(let file, let found, let supported):
            return Words.newerSchema(file: file, found: found, supported: supported)
        case .io(let file, let operation, let detail):
            // What went wrong first: a long path must not push "No space left on device" off a narrow screen.
            return Words.io(file: file, operation: operation, detail: detail)
        case .notFound(let what):
            return Words.notFound(what)
        case .lockTimeout(let file, let seconds):
            return Words.lockTimeout(file: file, seconds: seconds)
        case .rejected(let why):
            return why.phrase
        case .noSuchEvent(let id, let available):
            return Words.noSuchEvent(id) + (available.isEmpty ? Words.noEventsHere : Words.eventsHere(available.joined(separator: ", ")))
        case .changedElsewhere(let file):
            return Words.changedElsewhere(file: file)
        case .readOnly(let folder):
            return Words.readOnly(folder: folder)
        case .conflict(let conflict):
            return conflict.phrase
        case .duplicate(let duplicate):
            return duplicate.phrase
        case .symbolicLink(let file):
            return Words.symbolicLink(file: file)
        case .noAccess(let folder, let account, let owner, let mode):
            return Words.noAccess(folder: folder, account: account, owner: owner, mode: mode)
        case .ambiguousEvent(let available):
            return Words.ambiguousEvent(available.joined(separator: ", "))
        }
    }

    public var description: String { phrase.en }
}

extension StoreError: LocalizedError {
    public var errorDescription: String? { description }
}

/// Turns a DecodingError into words a person can act on: where in the file and what is wrong.
enum DecodingErrorText {
    static func describe(_ error: Error) -> Phrase {
        typealias Words = Catalogue.Store
        guard let error = error as? DecodingError else { return Phrase(verbatim: String(describing: error)) }
        func path(_ p: [CodingKey]) -> Phrase {
            var out = ""
            for key in p {
                if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out.isEmpty ? Words.topLevel : Phrase(verbatim: out)
        }
        switch error {
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty {
                return Words.notValidJSON + (ctx.underlyingError.map { Phrase(verbatim: " (\(String(describing: $0)))") } ?? .empty)
            }
            return Words.at(path(ctx.codingPath), Phrase(verbatim: ctx.debugDescription))
        case .keyNotFound(let key, let ctx):
            return Words.at(path(ctx.codingPath + [key]), Words.requiredField(key.stringValue))
        case .typeMismatch(let type, let ctx):
            return Words.at(path(ctx.codingPath), Words.expected("\(type)"))
        case .valueNotFound(let type, let ctx):
            return Words.at(path(ctx.codingPath), Words.expectedFoundNull("\(type)"))
        @unknown default:
            return Phrase(verbatim: String(describing: error))
        }
    }
}
