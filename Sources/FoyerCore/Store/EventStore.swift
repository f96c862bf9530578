#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One event's folder: `event.json`, the `registrants.json` snapshot and the `journal.jsonl` of changes
/// since. Loading replays the journal over the snapshot; a change is one appended, fsync'ed line.
///
/// Several processes (desks) may open the same folder. Writers take the folder's lock, first read what the
/// other desks appended, then check the change against that state, append and fsync: so a person can be
/// checked in only once, and no desk overwrites another's change.
public final class EventStore {
    public static let eventFileName = "event.json"
    public static let snapshotFileName = "registrants.json"
    public static let journalFileName = "journal.jsonl"
    public static let lockFileName = ".lock"
    /// A compaction's new snapshot while it is written, beside the real one; each compaction's own file
    /// is this name followed by "-PID-…" (see `CompactionStart.prepared`).
    public static let compactingSnapshotName = "registrants.json.compacting"
    /// A compaction's new journal (its header and the lines appended while the snapshot was written),
    /// written before the snapshot is renamed into place: a crash between the two renames leaves it
    /// for loading to pick up, so no line appended meanwhile is lost.
    public static let nextJournalName = "journal.jsonl.next"

    public let folder: String
    public internal(set) var event: Event
    public private(set) var registry: Registry
    /// Things a person should know that did not stop loading (a torn last line, wide permissions).
    public private(set) var warningPhrases: [Phrase] = []
    /// Every journal entry read or written since the snapshot, for histories.
    public internal(set) var journalEntries = Journal()
    public let desk: String
    /// The Unix account this desk runs as, recorded beside the desk name in every journal line.
    public let user: String
    public var clock: Clock

    // generation, journal and snapshotIdentity are internal, not private, because the compaction
    // (EventStore+Compaction.swift) moves them on when it puts the new files in place.
    var generation: Int
    var journal: JournalFile?
    /// Internal so that extensions in other files (receipts) can write under the same lock.
    let lock: FileLock
    /// The snapshot as loaded: when another desk replaces it (a compaction), the next write notices under
    /// the lock and catches up instead of writing past it.
    var snapshotIdentity: FileIdentity?
    /// Journal lines that did not apply on replay; compaction refuses while there are any, so no line
    /// that could not be understood is ever dropped from disk.
    public private(set) var unappliedEntries = 0

    var eventPath: String { folder + "/" + Self.eventFileName }
    var snapshotPath: String { folder + "/" + Self.snapshotFileName }
    var journalPath: String { folder + "/" + Self.journalFileName }
    var nextJournalPath: String { folder + "/" + Self.nextJournalName }
    /// Loading found an interrupted compaction's next journal and used it; the next write puts it in place.
    private var recoveredNextJournal = false
    /// Emails, phones and folded names, for the duplicate check registering does under the lock. Built on the
    /// first registration (not at launch: most desks never register anyone) and kept in step with every
    /// change applied; dropped when the registrations are loaded afresh.
    var duplicateIndex: DuplicateIndex?
    /// event.json's bytes as last read: a change by another desk or program is noticed by content, even
    /// an edit in place that keeps the inode and the second.
    var eventBytes: [UInt8] = []

    /// Opens the event in `folder`. Throws a `StoreError` naming the file and line when anything is
    /// wrong; nothing is written while loading.
    public init(folder: String, desk: String = Desk.defaultName(), user: String = UnixUser.current, clock: Clock = .system) throws {
        self.folder = folder
        self.desk = desk
        self.user = user
        self.clock = clock
        self.lock = FileLock(path: folder + "/" + Self.lockFileName)
        let eventBytes = try POSIXFile.readAll(folder + "/" + Self.eventFileName)
        self.event = try StoredFiles.decodeEvent(eventBytes, path: folder + "/" + Self.eventFileName)
        self.eventBytes = eventBytes
        self.registry = Registry()
        self.generation = 0
        let hasRegistrations = [Self.snapshotFileName, Self.journalFileName]
            .contains { FileManager.default.fileExists(atPath: folder + "/" + $0) }
        if hasRegistrations { try lock.withLock(exclusive: false) { try loadRegistrations() } }
        warningPhrases += PermissionCheck.warningPhrases(folder: folder)
        isReadOnly = Self.folderIsReadOnly(folder)
    }

    /// How long a change waits for another desk's lock before it gives up with a message (a stuck desk
    /// must not hang this one).
    public var lockTimeout: Double = 5

    /// True when the folder cannot be written (a read-only mount, no write permission): the event opens
    /// for looking, every change is refused with `StoreError.readOnly`, and the screen says so.
    public private(set) var isReadOnly = false

    /// For tests: treat every folder as read-only (a read-only mount cannot be made without privileges).
    nonisolated(unsafe) static var simulateReadOnly = false

    static func folderIsReadOnly(_ folder: String) -> Bool {
        simulateReadOnly || access(folder, W_OK) != 0
    }

    /// Refuses a change up front in a read-only folder, with words rather than an errno.
    func requireWritable() throws {
        if isReadOnly { throw StoreError.readOnly(folder: folder) }
    }

    // MARK: Loading

    private func loadRegistrations() throws {
        var snapshot = SnapshotFile(schemaVersion: SnapshotFile.currentVersion, generation: 0, nextNumber: 1, registrants: [])
        do {
            snapshot = try StoredFiles.readSnapshot(snapshotPath)
        } catch StoreError.notFound(_) {}
        snapshotIdentity = FileIdentity(path: snapshotPath)
        unappliedEntries = 0
        registry = Registry(registrants: snapshot.registrants, nextNumber: snapshot.nextNumber)
        duplicateIndex = nil
        generation = snapshot.generation
        journalEntries = []
        journal = nil
        let journalFile: JournalFile
        do { journalFile = try JournalFile(path: journalPath) } catch StoreError.notFound(_) { return }
        let read = try journalFile.readNew()
        guard let header = journalFile.header else {
            // An empty journal file (a crash while creating it): nothing in it, it is replaced at the next write.
            return
        }
        recoveredNextJournal = false
        if header.generation < generation, let next = try? JournalFile(path: nextJournalPath) {
            // A compaction renamed its snapshot into place and crashed before its next journal: the lines
            // appended while it wrote the snapshot are in the next journal.
            let nextRead = try next.readNew()
            if next.header?.generation == generation {
                apply(nextRead.entries)
                recoveredNextJournal = true
                warningPhrases.append(Catalogue.Store.compactionToFinish(file: journalPath, next: Self.nextJournalName, count: nextRead.entries.count))
                return
            }
        }
        if header.generation < generation {
            // A compaction wrote the snapshot but crashed before replacing the journal: all of it is in the snapshot.
            warningPhrases.append(Catalogue.Store.inSnapshotAlready(file: journalPath))
            return
        }
        guard header.generation == generation else {
            throw StoreError.corrupt(file: journalPath, line: 1,
                detail: Catalogue.Store.snapshotNewer(generation: header.generation, file: Self.snapshotFileName, snapshot: generation))
        }
        journal = journalFile
        apply(read.entries)
        if !read.incompleteTail.isEmpty {
            warningPhrases.append(Catalogue.Store.tornLineIgnored(file: journalPath, line: journalFile.lineCount + 1))
        }
    }

    private func apply(_ entries: [JournalEntry]) {
        for entry in entries {
            do { try registry.apply(entry.change) } catch {
                unappliedEntries += 1
                warningPhrases.append(Catalogue.Store.changeNotApplied(file: journalPath, seq: entry.seq, summary: entry.change.summaryPhrase, error: error.phrase))
            }
            duplicateIndex?.update(entry.change.code, in: registry)
            journalEntries.append(entry)
        }
    }

    // MARK: Other desks

    /// Reads what other desks appended since the last look. Returns true when something changed.
    /// Cheap when nothing did: one fstat of the journal.
    @discardableResult
    public func refresh() throws -> Bool {
        if journal == nil || journal!.wasReplaced || snapshotChanged {
            guard FileManager.default.fileExists(atPath: journalPath) || journal != nil || snapshotChanged else { return false }
            let before = registry
            try lock.withLock(exclusive: false) { try loadRegistrations() }
            return before != registry
        }
        let read = try journal!.readNew()
        apply(read.entries)
        return !read.entries.isEmpty
    }

    // MARK: Writing

    /// Records a change: takes the lock, catches up with other desks, checks the change, appends it,
    /// fsyncs, and only then applies it in memory. When this returns, the change is on disk.
    @discardableResult
    public func commit(_ change: Change) throws -> JournalEntry {
        try commit { _ in change }
    }

    /// Commits the change `make` builds from the caught-up state (so it can use the next free code).
    private func commit(_ make: (Registry) throws -> Change) throws -> JournalEntry {
        try withWriteLock { journal in try append(try make(registry), to: journal) }
    }

    /// Runs `body` holding the folder's lock, caught up with every other desk, with the journal to append
    /// to: every change is decided in here, against what is on disk at that moment.
    func withWriteLock<T>(_ body: (JournalFile) throws -> T) throws -> T {
        try requireWritable()
        return try lock.withLock(exclusive: true, timeout: lockTimeout) {
            try body(try writableJournal())
        }
    }

    /// Checks a change against the caught-up registry, appends it, fsyncs, and only then applies it in
    /// memory. Lock held (`withWriteLock`).
    func append(_ change: Change, to journal: JournalFile) throws -> JournalEntry {
        do throws(ChangeRejection) { try registry.check(change) } catch { throw StoreError.rejected(error) }
        let entry = JournalEntry(seq: journal.lastSeq + 1, time: clock.now(), desk: desk, user: user, change: change)
        try journal.append(entry, zone: event.timeZone)
        try? registry.apply(change)
        duplicateIndex?.update(change.code, in: registry)
        journalEntries.append(entry)
        return entry
    }

    /// The journal, caught up with every line other desks wrote, ready to append to. Lock held.
    /// Internal so that extensions in other files (receipts) can catch up under the lock.
    func writableJournal() throws -> JournalFile {
        // Another desk compacted (perhaps crashing before it replaced the journal): start from its snapshot,
        // so nothing is appended to a journal the snapshot has already swallowed.
        if snapshotChanged { try loadRegistrations() }
        if let journal, !journal.wasReplaced {
            let read = try journal.readNew()
            apply(read.entries)
            if !read.incompleteTail.isEmpty {
                // We hold the lock, so nobody is writing: this tail was torn by a crash.
                let aside = try journal.setAsideTornTail(read.incompleteTail)
                warningPhrases.append(Catalogue.Store.tornLineMoved(file: journalPath, aside: aside))
            }
            return journal
        }
        try loadRegistrations()
        if journal != nil { return try writableJournal() }
        if recoveredNextJournal {
            // Finish the interrupted compaction: its next journal becomes the journal.
            guard rename(nextJournalPath, journalPath) == 0 else { throw POSIXFile.ioError(journalPath, Catalogue.Store.finishCompaction) }
            try POSIXFile.fsyncDirectory(folder)
            try loadRegistrations()
            if journal != nil { return try writableJournal() }
        }
        // No journal yet, or a stale one from an interrupted compaction: start one for this generation.
        let fresh = try JournalFile.create(path: journalPath, generation: generation)
        _ = try fresh.readNew()
        journal = fresh
        return fresh
    }

    /// Replaces the registrations wholesale (for `foyer generate` and imports): a new snapshot and an
    /// empty journal, under the lock.
    /// With `requireEmpty`, refuses (after catching up with the other desks, under the lock) when anyone
    /// is registered already.
    public func replaceAllRegistrants(_ registrants: [Registrant], requireEmpty: Bool = false) throws {
        try replaceAllRegistrants { registry in
            if requireEmpty, registry.count > 0 {
                throw StoreError.rejected(.invalid(Catalogue.Store.hasRegistrants(event: self.event.id, count: registry.count)))
            }
            return registrants
        }
    }

    /// Replaces the registrations with what `transform` makes of them as they are on disk, all under the
    /// lock (`foyer anonymise`): a desk that writes while this runs waits, and is never overwritten.
    /// `then` runs under the same lock once the new files are in place (deleting what held the old names).
    public func replaceAllRegistrants(_ transform: (Registry) throws -> [Registrant], then: (() throws -> Void)? = nil) throws {
        try requireWritable()
        try lock.withLock(exclusive: true, timeout: 10) {
            _ = try writableJournal()
            let registrants = try transform(registry)
            let next = generation + 1
            let fresh = Registry(registrants: registrants, nextNumber: registry.nextNumber)
            let snapshot = SnapshotFile(schemaVersion: SnapshotFile.currentVersion, generation: next,
                                        nextNumber: fresh.nextNumber, registrants: fresh.registrants)
            try writeSnapshot(snapshot)
            let journalFile = try JournalFile.create(path: journalPath, generation: next)
            _ = try journalFile.readNew()
            journal = journalFile
            journalEntries = []
            registry = fresh
            duplicateIndex = nil
            try then?()
        }
    }

    /// Reads event.json again when another desk (or a person with an editor) changed it: compared by
    /// content, so an edit in place within the same second is noticed too. The file is a few kilobytes;
    /// reading it twice a second costs less than a redraw. Returns true when it changed.
    @discardableResult
    public func refreshEvent() throws -> Bool {
        let bytes = try POSIXFile.readAll(eventPath)
        guard bytes != eventBytes else { return false }
        let fresh = try StoredFiles.decodeEvent(bytes, path: eventPath)
        eventBytes = bytes
        let changed = fresh != event
        event = fresh
        return changed
    }

    /// Writes a new snapshot. The journal handle is dropped first: if anything fails after the rename,
    /// the next write reloads from disk rather than appending to a journal the snapshot supersedes.
    private func writeSnapshot(_ snapshot: SnapshotFile) throws {
        journal = nil
        unlink(nextJournalPath) // an older compaction's leftover must never be taken for this snapshot's
        try POSIXFile.writeAtomically(try StoredFiles.encodeSnapshot(snapshot, zone: event.timeZone), to: snapshotPath)
        snapshotIdentity = FileIdentity(path: snapshotPath)
        generation = snapshot.generation
    }

    private var snapshotChanged: Bool { FileIdentity(path: snapshotPath) != snapshotIdentity }

    /// The journal entries about one registrant, oldest first (the history of changes).
    public func history(of code: String) -> [JournalEntry] {
        journalEntries.filter { $0.change.code == code }
    }

    /// Registers a new person with the next free code. Returns the registrant as stored.
    /// Unless `allowDuplicate`, refuses with `StoreError.duplicate` when someone with the same email,
    /// phone or name (`DuplicateRule`) is registered already: decided under the lock against what every desk has saved,
    /// so one walk-in registered at several desks at once is registered once.
    @discardableResult
    public func register(_ draft: Registrant, allowDuplicate: Bool = false) throws -> Registrant {
        if !allowDuplicate, duplicateIndex == nil { duplicateIndex = DuplicateIndex(registry) } // before the lock: slow at 100,000
        let entry = try withWriteLock { journal -> JournalEntry in
            if !allowDuplicate {
                if duplicateIndex == nil { duplicateIndex = DuplicateIndex(registry) }
                if let match = duplicateIndex!.match(for: draft, in: registry), let existing = registry[match.code] {
                    throw StoreError.duplicate(DuplicateRegistration(existingCode: existing.code, existingName: existing.fullName,
                                                                     reason: match.reason, author: author(ofRegistration: existing.code)))
                }
            }
            var r = draft
            r.code = registry.nextCode(prefix: event.codePrefix)
            // Decided under the lock, after catching up: two desks cannot both take the last place.
            if r.status == .registered, let capacity = event.capacity,
               registry.tally.registered >= capacity {
                r.status = .waitlisted
            }
            return try append(.register(r), to: journal)
        }
        guard case .register(let r) = entry.change else { preconditionFailure("register committed another change") }
        return r
    }

    /// The desk and time that registered `code`, while the journal still holds it.
    func author(ofRegistration code: String) -> ChangeAuthor? {
        guard let i = journalEntries.lastIndex(where: { $0.change.isRegister && $0.change.code == code }) else { return nil }
        return ChangeAuthor(desk: journalEntries[i].desk, time: journalEntries[i].time, zone: event.timeZone)
    }
}
