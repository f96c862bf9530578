/// Why an archive was refused. Every case names the archive and, where there is one, the member.
public enum BackupError: Error, PhrasedError, Equatable {
    case notAnArchive(path: String, detail: String)
    case noManifest(path: String)
    case badManifest(path: String, detail: String)
    case newerFormat(path: String, found: Int)
    case missing(path: String, member: String)
    case unlisted(path: String, member: String)
    case twice(path: String, member: String)
    case unsafe(path: String, member: String)
    case wrongSize(path: String, member: String, expected: Int, found: Int)
    case wrongChecksum(path: String, member: String)
    case damaged(path: String, member: String, detail: String)
    case noEvent(path: String)
    case otherEvent(path: String, manifest: String, event: String)
    /// The event in the archive does not load, or its checks found errors (each said with the archive's name).
    case invalidEvent(path: String, problems: [Phrase])
    case eventExists(id: String, folder: String)
    /// The folder to write a backup in is not there (an unplugged stick): it is never made.
    case noFolder(String)

    public var phrase: Phrase {
        typealias Words = Catalogue.Backup
        switch self {
        case .notAnArchive(let path, let detail): return Words.notAnArchive(path, detail: detail)
        case .noManifest(let path): return Words.noManifest(path, name: BackupManifest.fileName)
        case .badManifest(let path, let detail): return Words.badManifest(path, name: BackupManifest.fileName, detail: detail)
        case .newerFormat(let path, let found): return Words.newerFormat(path, found: found, supported: BackupManifest.currentVersion)
        case .missing(let path, let member): return Words.missingMember(path, member: member)
        case .unlisted(let path, let member): return Words.unlistedMember(path, member: member)
        case .twice(let path, let member): return Words.memberTwice(path, member: member)
        case .unsafe(let path, let member): return Words.unsafeMember(path, member: member)
        case .wrongSize(let path, let member, let expected, let found): return Words.wrongSize(path, member: member, expected: expected, found: found)
        case .wrongChecksum(let path, let member): return Words.wrongChecksum(path, member: member)
        case .damaged(let path, let member, let detail): return Words.damagedMember(path, member: member, detail: detail)
        case .noEvent(let path): return Words.noEventFile(path, name: EventStore.eventFileName)
        case .otherEvent(let path, let manifest, let event): return Words.otherEvent(path, manifest: manifest, event: event)
        case .invalidEvent(_, let problems): return problems.joined(separator: Words.problemsSeparator)
        case .eventExists(let id, let folder): return Words.folderExists(id: id, folder: folder)
        case .noFolder(let path): return Words.noSuchFolder(path)
        }
    }
}
