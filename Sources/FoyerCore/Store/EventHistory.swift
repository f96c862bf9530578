#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One line of `event-history.jsonl`: an operation on the programme, the fees or the event's details,
/// when, and at which desk. Append-only, like the registrants' journal, so a programme item has a
/// history of changes too, and a conflict can say who changed a field.
public struct EventHistoryEntry: Hashable, Sendable, Codable {
    public var seq: Int
    public var time: Date
    public var desk: String
    /// The Unix account the desk ran as (nil in lines written before foyer recorded it).
    public var user: String?
    public var operation: EventOperation
    /// A short description, as the event was when it was made ("edited “Lunch”: room"), in English.
    public var summary: String

    /// The summary in both languages: the English as it was written, the other language made again from the
    /// operation (an item it names by id is named by its title in `event`).
    public func summaryPhrase(in event: Event) -> Phrase {
        let made = operation.summaryPhrase(in: event)
        return Phrase(en: summary, sv: made.sv)
    }
}

/// `event-history.jsonl`, appended under the event's lock and fsync'ed before event.json is replaced.
enum EventHistoryFile {
    static let fileName = "event-history.jsonl"

    /// Every entry that can be read; a half-written last line (a crash) and lines from a newer foyer
    /// are skipped: the history informs, event.json is what counts.
    static func read(_ path: String) -> [EventHistoryEntry] {
        guard let bytes = try? POSIXFile.readAll(path) else { return [] }
        let decoder = JSONDecoder.foyer()
        return bytes.split(separator: 10).compactMap { try? decoder.decode(EventHistoryEntry.self, from: Data($0)) }
    }

    /// Appends the lines and fsyncs; returns the size before, to cut back to if what follows fails.
    static func append(_ entries: [EventHistoryEntry], to path: String, zone: TimeZone) throws -> off_t {
        let fd = POSIXFile.openData(path, O_WRONLY | O_APPEND | O_CREAT)
        guard fd >= 0 else { throw POSIXFile.openError(path, Catalogue.Store.openForAppending) }
        defer { close(fd) }
        let before = lseek(fd, 0, SEEK_END)
        var bytes: [UInt8] = []
        let encoder = JSONEncoder.foyer(zone: zone, pretty: false)
        for entry in entries {
            bytes += Array(try encoder.encode(entry))
            bytes.append(10)
        }
        do {
            try POSIXFile.writeAll(fd: fd, bytes: bytes, path: path)
            guard fsync(fd) == 0 else { throw POSIXFile.ioError(path, Catalogue.Store.syncToDisk) }
        } catch {
            _ = ftruncate(fd, before)
            throw error
        }
        return before
    }

    /// Cuts the file back to `size` (the event.json that these lines describe could not be written).
    static func truncate(_ path: String, to size: off_t) {
        let fd = POSIXFile.openData(path, O_WRONLY)
        guard fd >= 0 else { return }
        _ = ftruncate(fd, size)
        _ = fsync(fd)
        close(fd)
    }
}

/// What saving event operations did: the event as now on disk, and each operation as applied (with
/// what undoes it).
public struct EventSave: Sendable {
    public var event: Event
    public var applied: [AppliedOperation]
    /// Registrant changes written under the same lock (a reprice that moves the unpaid), with what each
    /// expected: what undoes one is the change back, expecting what it set.
    public var registrantChanges: [GuardedChange]
    public var registrantsChanged: [String] { registrantChanges.map(\.change.code) }
    /// Registrants left as they were because another desk changed them meanwhile.
    public var registrantsSkipped: [String]
}

extension EventStore {
    public static let eventHistoryFileName = EventHistoryFile.fileName
    var eventHistoryPath: String { folder + "/" + Self.eventHistoryFileName }

    /// The event's history, oldest first.
    public func eventHistory() -> [EventHistoryEntry] { EventHistoryFile.read(eventHistoryPath) }

    /// Applies operations to the event.json on disk now, under the lock: each is checked against that
    /// state (a conflict throws `StoreError.conflict` and nothing is written), recorded in the history,
    /// and then event.json is replaced atomically. `registrantChanges`, given the new event and the
    /// caught-up registry, returns registrant changes (with what they expect) to commit under the same
    /// lock; one whose expectation fails is skipped and named. Every failure is thrown as itself.
    @discardableResult
    public func apply(_ operations: [EventOperation], force: Bool = false, isUndo: Bool = false,
                      registrantChanges: ((Event, Registry) -> [(Change, ChangeExpectation)])? = nil) throws -> EventSave {
        try requireWritable()
        return try lock.withLock(exclusive: true, timeout: lockTimeout) { () -> EventSave in
            // Caught up with the registrations (who holds a category), without starting a journal in a
            // folder that has none: an event edit is not a registration.
            let hasJournal = registrantChanges != nil || FileManager.default.fileExists(atPath: journalPath)
            let journal: JournalFile? = hasJournal ? try writableJournal() : nil
            let bytes = try POSIXFile.readAll(eventPath)
            let latest = try StoredFiles.decodeEvent(bytes, path: eventPath)
            var history: [EventHistoryEntry]?
            // Read only when a conflict needs to say who changed something.
            let author: AuthorLookup = { [self] itemID, categoryID, field in
                if history == nil { history = eventHistory() }
                return history!.last { $0.operation.touches(itemID: itemID, categoryID: categoryID, field: field) }
                    .map { ChangeAuthor(desk: $0.desk, time: $0.time, zone: latest.timeZone) }
            }
            var event = latest
            var applied: [AppliedOperation] = []
            for operation in operations {
                do {
                    guard let (next, done) = try operation.apply(to: event, force: force, isUndo: isUndo,
                                                                  registeredAt: { id in self.registry.registrants.lazy.filter { $0.feeCategoryID == id }.count },
                                                                  author: author) else { continue }
                    event = next
                    applied.append(done)
                } catch let conflict as EditConflict {
                    // The desk is shown what is on disk now, so it can choose between theirs and its own.
                    self.event = latest
                    eventBytes = bytes
                    throw StoreError.conflict(conflict)
                }
            }
            var save = EventSave(event: event, applied: applied, registrantChanges: [], registrantsSkipped: [])
            if !applied.isEmpty {
                let now = clock.now()
                var seq = (history ?? eventHistory()).last?.seq ?? 0
                var summarised = latest
                let entries = applied.map { done -> EventHistoryEntry in
                    seq += 1
                    defer { if let next = try? done.operation.apply(to: summarised, force: true) { summarised = next.0 } }
                    return EventHistoryEntry(seq: seq, time: now, desk: desk, user: user, operation: done.operation, summary: done.operation.summaryPhrase(in: summarised).en)
                }
                let sizeBefore = try EventHistoryFile.append(entries, to: eventHistoryPath, zone: event.timeZone)
                let encoded = try StoredFiles.encodeEvent(event)
                do { try POSIXFile.writeAtomically(encoded, to: eventPath) } catch {
                    EventHistoryFile.truncate(eventHistoryPath, to: sizeBefore)
                    throw error
                }
                eventBytes = encoded
            } else {
                eventBytes = bytes
            }
            self.event = event
            if let registrantChanges, let journal {
                for (change, expectation) in registrantChanges(event, registry) {
                    do {
                        if try guardedAppend(change, expecting: expectation, force: false, isUndo: false, to: journal) != nil { save.registrantChanges.append(GuardedChange(change: change, expecting: expectation)) }
                    } catch StoreError.conflict(_) {
                        save.registrantsSkipped.append(change.code)
                    }
                }
            }
            return save
        }
    }

    /// Repricing a category, answered against the latest event and registrations: the price is changed
    /// (a conflict if another desk changed it since `oldPrice` was read), and with `moveUnpaid` everyone
    /// still at the old price who has paid nothing is moved to the new one, each as a journal edit that
    /// expects the old price (someone re-priced by hand meanwhile keeps theirs).
    public func reprice(categoryID: String, set: FieldPatch, base: FieldPatch, oldPrice: Money, newPrice: Money, moveUnpaid: Bool) throws -> EventSave {
        try apply([.editCategory(id: categoryID, set: set, base: base)], registrantChanges: moveUnpaid ? { _, registry in
            registry.unpaid(at: categoryID, price: oldPrice).map { code in
                var edit = RegistrantEdit(), was = RegistrantEdit()
                edit.price = newPrice
                was.price = oldPrice
                return (Change.edit(code: code, edit), ChangeExpectation.fields(was))
            }
        } : nil)
    }
}

extension Registry {
    /// People at a category's price who have paid nothing yet: the ones a reprice may move.
    public func unpaid(at categoryID: String, price: Money) -> [String] {
        registrants.filter {
            $0.feeCategoryID == categoryID && $0.price == price && $0.status != .cancelled && $0.paid.isZero && $0.waived.isZero
        }.map(\.code)
    }
}

/// A registrant change and what it expected to find (the values it was based on).
public struct GuardedChange: Hashable, Sendable {
    public var change: Change
    public var expecting: ChangeExpectation
    public init(change: Change, expecting: ChangeExpectation) { self.change = change; self.expecting = expecting }
}
