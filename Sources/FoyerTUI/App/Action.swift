import Foundation
import FoyerCore

/// Everything that can happen to the app: a key, a resize, the clock, and the results of effects.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The clock: `now` is the event's clock (fixed by --now), `wall` the real one that fades messages.
    case tick(Date, wall: Date? = nil)
    /// Another desk (or program) changed event.json (programme, fees, details): show theirs. Undo stays:
    /// it is an operation that refuses to write over a later change.
    case eventChanged(Event)
    /// The event's history (programme, fee and detail operations), read after a save or a change.
    case eventHistoryRead([EventHistoryEntry])
    /// The store applied event operations; `kind` says whether it was an edit (undoable) or an undo.
    case eventSaved(EventSave, message: Phrase, warning: Phrase?, kind: SaveKind)
    /// An event save met another desk's change to the same fields, or the item was deleted meanwhile.
    case eventConflict(EditConflict, kind: SaveKind)
    /// A registrant change met another desk's change (an edit, or an undo that would write over it).
    case commitConflict(EditConflict, registry: Registry, journal: Journal, isUndo: Bool)
    /// The person is registered already (decided under the lock).
    case duplicateRefused(DuplicateRegistration, registry: Registry, journal: Journal)
    case saveFailed(Phrase)
    case eventOpened(Event, registeredCount: Int?)
    case openFailed(Phrase)
    /// The registrations of `eventID` are being loaded in the background.
    case registrantsLoading(eventID: String, bytes: Int)
    /// They are in: the registry, the journal and a search index built off the main loop.
    case registrantsLoaded(LoadedRegistrants)
    case registrantsLoadFailed(Phrase)
    /// A registrant change is on disk: the store's registry and journal now, what to say, what undoes it.
    case committed(CommitResult)
    /// A new registrant is on disk with the code the store gave.
    case registered(Registrant, registry: Registry, journal: Journal)
    case commitFailed(Phrase)
    /// A check-in was tried at the store: what happened, and the registrations as they now are.
    case checkInDone(CheckInDesk.Outcome, paid: Money?, registry: Registry, journal: Journal)
    /// A walk-in is someone registered already (the store's duplicate rule, under the lock): nothing was
    /// registered, charged or checked in; the desk asks whether it is them. The registrations as they now are.
    case walkInMatched(WalkInMatch, registry: Registry, journal: Journal)
    case importPreviewed(ImportPreview)
    /// A new event's folder and event.json are on disk; `update` opens it.
    case eventCreated(EventSummary)
    /// Something finished that needs only a word in the status line.
    case notice(Phrase)
    /// Something done in the background failed and a person should know (a periodic backup not written).
    case failedInBackground(Phrase)
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
    public var message: Phrase
    public var undo: UndoKind
    public init(registry: Registry, journal: Journal, code: String, message: Phrase, undo: UndoKind) {
        self.registry = registry; self.journal = journal; self.code = code; self.message = message; self.undo = undo
    }
}

public enum UndoKind: Hashable, Sendable {
    case push(ChangeUndo)
    case pop
    case none
}

public enum SaveKind: Hashable, Sendable {
    /// An edit: what to call it in the undo list, and which item to select once it is saved.
    case edit(description: Phrase, select: String?)
    case undo
}

/// What `update` asks the outside world to do. The runner does it and reports back with an action;
/// nothing on screen claims success before that report.
public enum Effect: Hashable, Sendable {
    /// Apply operations to the event on disk (under the lock, against the latest event.json), then report
    /// `.eventSaved`, `.eventConflict` or `.saveFailed`.
    case applyEvent([EventOperation], message: Phrase, warning: Phrase?, kind: SaveKind)
    /// Answer a repricing question against the latest event: change the price and, with `moveUnpaid`,
    /// move those still at the old price who have paid nothing.
    case reprice(RepriceAnswer)
    case openEvent(id: String)
    /// Create a new event's folder and event.json beside this one (refused if the id is taken), then
    /// report `.eventCreated` or `.saveFailed`.
    case createEvent(Event)
    /// Append a change to the journal (fsync'ed) if `expecting` still holds, then report `.committed`,
    /// `.commitConflict` or `.commitFailed`.
    case commit(Change, expecting: ChangeExpectation?, message: Phrase, undo: UndoKind)
    /// Register a new person with the next free code, then report `.registered`, `.duplicateRefused`
    /// (unless `allowDuplicate`) or `.commitFailed`.
    case register(Registrant, allowDuplicate: Bool)
    /// Check a person in through the store (locked, caught up, fsync'ed), then report `.checkInDone`.
    case checkIn(code: String)
    /// Undo a check-in with its reason, through the same path as `foyer check-in --undo`.
    case undoCheckIn(code: String, reason: String)
    /// Take what is due by this method, then check in.
    case payAndCheckIn(code: String, Payment)
    /// Register a walk-in, take the price by this method (nil: pays later), then check in; unless the
    /// store finds them registered already (same email, phone or name): then `.walkInMatched`, nothing done.
    case walkIn(Registrant, method: PaymentMethod?)
    /// The same, with no duplicate check: the desk had a second look at the match and says it is a
    /// different person.
    case walkInAnyway(Registrant, method: PaymentMethod?)
    /// Read a file and say what importing it would do (`.importPreviewed`), changing nothing.
    case previewImport(ImportKind, path: String)
    /// Import what was previewed, if the file is still the same.
    case applyImport(ImportKind, path: String, digest: Int, baseProgramme: [ProgrammeItem]?)
    /// Issue the next receipt for a registrant and save it (text and HTML) in the event's receipts folder.
    case issueReceipt(code: String)
    case quit
    case redraw
    /// Ring the terminal's bell (a refusal at the desk), unless this station turned it off
    /// (`foyer --no-bell`, FOYER_BELL=off). Only the terminal app rings; elsewhere it does nothing.
    case bell
}

public struct RepriceAnswer: Hashable, Sendable {
    public var categoryID: String
    public var set: FieldPatch
    public var base: FieldPatch
    public var oldPrice: Money
    public var newPrice: Money
    public var moveUnpaid: Bool
    public var message: Phrase
    public var description: Phrase
}
