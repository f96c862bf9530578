import Foundation
import FoyerCore

/// Everything that can happen to the app: a key, a resize, the clock, and the results of effects.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The clock: `now` is the event's clock (fixed by --now), `wall` the real one that fades messages.
    case tick(Date, wall: Date? = nil)
    /// Another desk saved the event (programme, fees): show theirs; programme undo no longer applies.
    case eventChanged(Event)
    /// The store saved the event; `kind` says whether it was an edit (undoable) or an undo.
    case eventSaved(Event, message: String, warning: String?, kind: SaveKind)
    case saveFailed(String)
    case eventOpened(Event, registeredCount: Int?)
    case openFailed(String)
    case registrationsCounted(Int)
    /// The registrations of `eventID` are being loaded in the background.
    case registrantsLoading(eventID: String, bytes: Int)
    /// They are in: the registry, the journal and a search index built off the main loop.
    case registrantsLoaded(LoadedRegistrants)
    case registrantsLoadFailed(String)
    /// A registrant change is on disk: the store's registry and journal now, what to say, what undoes it.
    case committed(CommitResult)
    /// A new registrant is on disk with the code the store gave.
    case registered(Registrant, registry: Registry, journal: Journal)
    case commitFailed(String)
    /// A check-in was tried at the store: what happened, and the registrations as they now are.
    case checkInDone(CheckInDesk.Outcome, paid: Money?, registry: Registry, journal: Journal)
    case importPreviewed(ImportPreview)
    /// Something finished that needs only a word in the status line.
    case notice(String)
    /// A receipt was numbered, logged and saved; `path` is the HTML file (the text file is beside it).
    case receiptIssued(number: Int, name: String, path: String)
    /// Other desks changed something (or nothing did and this is a no-op). `update` works out who changed
    /// from the journal; `codes` may name more (nil: none beyond the journal).
    case refreshed(registry: Registry, journal: Journal, codes: [String]?)
}

public struct CommitResult: Sendable {
    public var registry: Registry
    public var journal: Journal
    public var code: String
    public var message: String
    public var undo: UndoKind
    public init(registry: Registry, journal: Journal, code: String, message: String, undo: UndoKind) {
        self.registry = registry; self.journal = journal; self.code = code; self.message = message; self.undo = undo
    }
}

public enum UndoKind: Hashable, Sendable {
    case push(ChangeUndo)
    case pop
    case none
}

public enum SaveKind: Hashable, Sendable {
    case edit(UndoEntry)
    case undo
}

/// What `update` asks the outside world to do. The runner does it and reports back with an action;
/// nothing on screen claims success before that report.
public enum Effect: Hashable, Sendable {
    case saveEvent(Event, message: String, warning: String?, kind: SaveKind)
    case openEvent(id: String)
    /// Append a change to the journal (fsync'ed), then report `.committed` or `.commitFailed`.
    case commit(Change, message: String, undo: UndoKind)
    /// Register a new person with the next free code, then report `.registered` or `.commitFailed`.
    case register(Registrant)
    /// Check a person in through the store (locked, caught up, fsync'ed), then report `.checkInDone`.
    case checkIn(code: String)
    /// Undo a check-in with its reason, through the same path as `foyer check-in --undo`.
    case undoCheckIn(code: String, reason: String)
    /// Take what is due by this method, then check in.
    case payAndCheckIn(code: String, Payment)
    /// Register a walk-in, take the price by this method (nil: pays later), then check in.
    case walkIn(Registrant, method: PaymentMethod?)
    /// Read a file and say what importing it would do (`.importPreviewed`), changing nothing.
    case previewImport(ImportKind, path: String)
    /// Import what was previewed, if the file is still the same.
    case applyImport(ImportKind, path: String, digest: Int)
    /// Issue the next receipt for a registrant and save it (text and HTML) in the event's receipts folder.
    case issueReceipt(code: String)
    case quit
    case redraw
}
