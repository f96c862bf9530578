#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The data directory: one folder per event. `$FOYER_DATA`, else `$XDG_DATA_HOME/foyer`, else
/// `~/.local/share/foyer`; `--data DIR` overrides.
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) { self.path = (path as NSString).standardizingPath }

    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dir = environment["FOYER_DATA"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/foyer" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/foyer"
    }

    /// The ids of the events here (folders holding an event.json), sorted.
    public func eventIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: path + "/" + $0 + "/" + EventStore.eventFileName) }.sorted()
    }

    public func folder(of eventID: String) -> String { path + "/" + eventID }

    /// One event's `event.json` alone (not its registrants): quick, for drawing the agenda at once.
    public func event(_ id: String) throws -> Event {
        try StoredFiles.readEvent(folder(of: id) + "/" + EventStore.eventFileName)
    }

    /// Reads every event's `event.json` (not its registrants): for listings and choosing.
    public func events() throws -> [Event] {
        try eventIDs().map { try StoredFiles.readEvent(folder(of: $0) + "/" + EventStore.eventFileName) }
    }

    /// The event to work on: the one asked for, else the only one, else the next upcoming one (or, when
    /// all are past, the latest). `chosen` says whether it was picked without being asked for.
    public func resolveEvent(_ requested: String?, today: LocalDate) throws -> (id: String, implicit: Bool) {
        let ids = eventIDs()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.notFound(Catalogue.Store.dataDirectory(path))
        }
        // Another account's folder, not shared with this one: said as such, not as "no event".
        try Self.mayEnter(path)
        if let requested {
            if FileManager.default.fileExists(atPath: folder(of: requested)) { try Self.mayEnter(folder(of: requested)) }
            guard ids.contains(requested) else { throw StoreError.noSuchEvent(id: requested, available: ids) }
            return (requested, false)
        }
        guard !ids.isEmpty else {
            throw StoreError.io(file: path, operation: Catalogue.Store.findAnEvent, detail: Catalogue.Store.noEventYet + Catalogue.Store.howToCreate)
        }
        if ids.count == 1 { return (ids[0], false) }
        // Archived events are kept whole but never chosen without being asked for.
        let all = try events()
        let events = all.contains { !$0.isArchived } ? all.filter { !$0.isArchived } : all
        if events.count == 1 { return (events[0].id, true) }
        let upcoming = events.filter { ($0.endDate ?? $0.date) >= today }.min { $0.date < $1.date }
        let latest = events.max { $0.date < $1.date }
        return ((upcoming ?? latest)!.id, true)
    }

    /// Throws `noAccess` when this account may not list and enter `folder` (EACCES), naming its owner
    /// and mode so the organiser knows what `foyer share --group` is for.
    public static func mayEnter(_ folder: String) throws {
        guard access(folder, R_OK | X_OK) != 0, errno == EACCES else { return }
        var st = stat()
        guard stat(folder, &st) == 0 else { return }
        let owner = getpwuid(st.st_uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? String(st.st_uid)
        throw StoreError.noAccess(folder: folder, account: UnixUser.current, owner: owner, mode: String(st.st_mode & 0o7777, radix: 8))
    }

    public func openEvent(_ id: String, desk: String = Desk.defaultName(), clock: Clock = .system) throws -> EventStore {
        try EventStore(folder: folder(of: id), desk: desk, clock: clock)
    }

    /// Creates a new event's folder (0700) and event.json (0600), refusing an id in use or a folder that
    /// is there already, and details that do not pass `EventDetailsCheck` (nothing is written then).
    public func createNewEvent(_ event: Event) throws {
        if let problem = EventDetailsCheck.idProblemPhrase(event.id, existing: allEventIDs()) {
            throw StoreError.rejected(.invalid(problem))
        }
        if FileManager.default.fileExists(atPath: folder(of: event.id)) {
            throw StoreError.rejected(.invalid(Catalogue.Store.folderExists(folder(of: event.id))))
        }
        let errors = EventDetailsCheck.problems(event).filter { !$0.isWarning }
        guard errors.isEmpty else { throw StoreError.rejected(.invalid(errors.map(\.fullPhrase).joined(separator: Phrase(verbatim: "; ")))) }
        try createEvent(event)
    }

    /// Every event id here, archived ones and folders named otherwise included (from each event.json).
    public func allEventIDs() -> [String] {
        eventIDs().compactMap { try? event($0).id }
    }

    public func idProblemPhrases() -> [Phrase] {
        var byID: [String: [String]] = [:]
        var out: [Phrase] = []
        for name in eventIDs() {
            guard let e = try? event(name) else { continue }
            byID[e.id, default: []].append(name)
            if e.id != name { out.append(Catalogue.Store.idNotFolderName(folder: folder(of: name), id: e.id, name: name)) }
        }
        for (id, folders) in byID.sorted(by: { $0.key < $1.key }) where folders.count > 1 {
            out.append(Catalogue.Store.idInFolders(id: id, count: folders.count, folders: folders.joined(separator: ", ")))
        }
        return out
    }

    /// Creates an event folder (0700) with its event.json (0600).
    public func createEvent(_ event: Event) throws {
        let folder = folder(of: event.id)
        try POSIXFile.makeDirectory(path)
        try POSIXFile.makeDirectory(folder)
        try POSIXFile.writeAtomically(try StoredFiles.encodeEvent(event), to: folder + "/" + EventStore.eventFileName)
    }

    /// What every command says where there is no event yet.
    public static let howToCreatePhrase = Catalogue.Store.howToCreate
    public static let howToCreate = howToCreatePhrase.en

    /// True when the folder is missing or holds no events.
    public var isEmpty: Bool { eventIDs().isEmpty }

    /// Copies the bundled sample events into an empty data directory. Each event.json is decoded and
    /// written anew, so the copies get foyer's modes (0600 in 0700) whatever the bundle's are.
    @discardableResult
    public func seed(fromSamples samplesPath: String) throws -> [String] {
        let samples = DataDirectory(path: samplesPath)
        var seeded: [String] = []
        for event in try samples.events() where !FileManager.default.fileExists(atPath: folder(of: event.id)) {
            try createEvent(event)
            seeded.append(event.id)
        }
        return seeded
    }
}
