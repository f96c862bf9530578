import Foundation
import FoyerCore

/// Everything the screen shows, as a value: `update` makes a new one from an action, views draw it.
public struct AppState: Sendable {
    public var event: Event
    /// The events in the data directory, for the switcher.
    public var events: [EventSummary]
    public var pane: Pane = .agenda
    public var width: Int
    public var height: Int
    public var now: Date
    /// Real time, for fading messages even when `now` is fixed for a demo.
    public var wall: Date
    public var agenda = AgendaState()
    public var overlay: Overlay?
    public var status: StatusMessage?
    /// Programme edits that can be undone, newest last (at most 20).
    public var undoStack: [UndoEntry] = []
    /// Registrations known so far (nil while they load), for the header's capacity line.
    public var registeredCount: Int?
    /// The registrations are loading (or could not be loaded); nil once they are in.
    public var registrantsLoad: RegistrantsLoad?
    /// The event's folder cannot be written: everything can be looked at, nothing changed.
    public var readOnly = false
    /// The event's registrations as the store has them (replaced after every committed change).
    public var registry = Registry()
    public var searchIndex = SearchIndex([])
    /// Lists and totals computed from the registry, remembered until it changes (shared by copies).
    public let memo = Memo()
    /// The journal since the snapshot: the registrants' history of changes.
    public var journal: Journal = []
    /// The event's history: who changed which programme item, fee category or detail, and when.
    public var eventHistory: [EventHistoryEntry] = []
    public var registrants = RegistrantsState()
    /// The fees pane: the selected fee category and how far the page is scrolled.
    public var fees = FeesState()
    public var checkIn = CheckInState()
    /// Registrant changes of this session that `u` can undo, newest last (at most 20).
    public var changeUndo: [ChangeUndo] = []
    public var isRunning = true
    /// A desk-only station (`foyer --desk-only`): check-in, walk-ins, registering and money only; every
    /// other change (and switching events) is refused, and help and the hints leave those keys out.
    public var deskOnly = false

    /// What a refused command says at a desk-only station.
    public static let deskOnlyRefusal = "Not allowed at a desk-only station (check-in, registering, payments only)"

    public static let minimumWidth = 60
    public static let minimumHeight = 16
    public static let undoLimit = 20

    public init(event: Event, events: [EventSummary] = [], width: Int = 80, height: Int = 24, now: Date,
                registry: Registry = Registry(), journal: Journal = [], index: SearchIndex? = nil) {
        self.registry = registry
        self.searchIndex = index ?? SearchIndex(Array(registry.registrants))
        self.journal = journal
        self.event = event
        self.events = events.isEmpty ? [EventSummary(event)] : events
        self.width = width
        self.height = height
        self.now = now
        self.wall = now
        agenda.selected = AgendaLayout.initialSelection(event: event, now: now)
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The key context the next key is read in: an open overlay first, then the pane.
    public var keyContext: KeyContext {
        switch overlay {
        case .help: return .help
        case .confirm: return .dialog
        case .form: return .form
        case .find: return .prompt
        case .switcher: return .switcher
        case .duplicate: return .dialog
        case .typedConfirm: return .prompt
        case .reprice: return .reprice
        case .reason, .importPath: return .prompt
        case .importPreview: return .preview
        case .conflict(let q): return q.conflict.deleted ? .deletedConflict : .conflict
        case .dateMove: return .dateMove
        case .eventList: return .eventList
        case nil:
            if pane == .checkIn, case .unpaid? = checkIn.banner { return .checkInPayment }
            return pane.keyContext
        }
    }

    /// The programme edit in progress, if any has unsaved changes.
    public var hasUnsavedEdit: Bool {
        if case .form(let f) = overlay { return f.form.isChanged }
        return false
    }
}

/// Where loading the registrations is: the panes that need them say so instead of looking empty.
public enum RegistrantsLoad: Hashable, Sendable {
    case loading(eventID: String, bytes: Int)
    case failed(String)

    /// The size of what is loaded, for the progress line.
    public static func bytes(in folder: String) -> Int {
        [EventStore.snapshotFileName, EventStore.journalFileName].reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? NSNumber)??.intValue ?? 0
            return total + size
        }
    }

    /// "Loading the registrations (71 MB)…"
    public var message: String {
        switch self {
        case .loading(_, let bytes):
            let size = bytes >= 1_000_000 ? " (\(bytes / 1_000_000) MB)" : ""
            return "Loading the registrations\(size)…"
        case .failed(let why):
            return "The registrations could not be loaded: " + why
        }
    }
}

/// The registrations as the loader read them, with the search index it built.
public struct LoadedRegistrants: Sendable {
    public var registry: Registry
    public var journal: Journal
    public var index: SearchIndex
    public var warnings: [String]
    public var seconds: Double
    public var readOnly: Bool
    public var eventHistory: [EventHistoryEntry] = []
    public init(registry: Registry, journal: Journal, index: SearchIndex, warnings: [String], seconds: Double, readOnly: Bool = false) {
        self.registry = registry; self.journal = journal; self.index = index; self.warnings = warnings; self.seconds = seconds
        self.readOnly = readOnly
    }
}

public struct EventSummary: Hashable, Sendable {
    public var id: String
    public var title: String
    public var date: LocalDate
    public init(_ event: Event) { id = event.id; title = event.title; date = event.date }
}

public struct AgendaState: Hashable, Sendable {
    public var selected = 0
    /// The first visible line of the timeline.
    public var scroll = 0
    /// Every item's topics shown, not only the selected one's.
    public var expandAll = false
    /// On narrow screens the detail replaces the timeline after Enter.
    public var detailOpen = false
    public var detailScroll = 0
    public var infoOpen = false
    public var infoScroll = 0
    public var findQuery: String?
    public init() {}
}

public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case confirm(Confirmation)
    case form(FormState)
    case find(LineEditor)
    case switcher(selected: Int)
    /// A possible duplicate found on save: open the existing record, or save anyway.
    case duplicate(DuplicateQuestion)
    /// Deleting for good: the code must be typed.
    case typedConfirm(TypedConfirmation)
    /// Repricing a category: do the unpaid keep their price (the default) or move to the new one?
    case reprice(RepriceQuestion)
    /// Why a check-in is undone.
    case reason(ReasonPrompt)
    /// Which file to import.
    case importPath(ImportPrompt)
    /// What an import would do; applied only on yes.
    case importPreview(ImportPreview)
    /// A save met another desk's change to the same fields (or the thing was deleted): theirs or mine.
    case conflict(ConflictQuestion)
    /// The event's first day changed: move the programme along?
    case dateMove(DateMoveQuestion)
    /// The event's contacts, speakers or objectives.
    case eventList(EventListState)
}

public enum ImportKind: Hashable, Sendable {
    case programme, registrations
    public var title: String { self == .programme ? "Import a programme from a text file" : "Import registrations from a CSV file" }
}

public struct ImportPrompt: Hashable, Sendable {
    public var kind: ImportKind
    public var path: LineEditor
}

public struct ImportPreview: Hashable, Sendable {
    public var kind: ImportKind
    public var path: String
    /// The file's content as previewed: applying re-reads it and refuses if it changed meanwhile.
    public var digest: Int
    public var lines: [String]
    public var scroll = 0
    public var canApply: Bool
    /// The programme the preview was made from: applying over another desk's programme edit made since
    /// is a conflict, not a silent loss.
    public var baseProgramme: [ProgrammeItem]?
    public init(kind: ImportKind, path: String, digest: Int, lines: [String], canApply: Bool, baseProgramme: [ProgrammeItem]? = nil) {
        self.kind = kind; self.path = path; self.digest = digest; self.lines = lines; self.canApply = canApply
        self.baseProgramme = baseProgramme
    }
}

public struct FeesState: Hashable, Sendable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

/// A category's price changed while people registered at the old one have paid nothing yet.
public struct RepriceQuestion: Hashable, Sendable {
    public var form: FormState
    /// The category's fields as this desk changed them and as it read them: the answer is applied to the
    /// latest event on disk, never to a copy made when the question was asked.
    public var set: FieldPatch
    public var base: FieldPatch
    public var categoryName: String
    public var categoryID: String
    public var codes: [String]
    public var oldPrice: Money
    public var newPrice: Money
}

public struct DuplicateQuestion: Hashable, Sendable {
    public var form: FormState
    public var existingCode: String
    public var message: String
}

public struct TypedConfirmation: Hashable, Sendable {
    public var code: String
    public var typed: LineEditor
}

public struct Confirmation: Hashable, Sendable {
    public enum Consequence: Hashable, Sendable {
        case deleteItem(id: String)
        case deleteListEntry(EventListKind, index: Int)
        case cancelRegistration(code: String)
        case promote(code: String)
        case discardForm
        case quit
        /// An overpayment, recorded only after the person says yes.
        case recordPayment(code: String, Payment)
    }
    public var question: String
    public var consequence: Consequence
    /// The form to return to when the answer is no.
    public var returnTo: FormState?
}

/// A form open over the agenda, and what saving it does.
public struct FormState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case addItem, editItem(id: String)
        case newRegistrant, editRegistrant(code: String)
        case payment(code: String)
        case addCategory, editCategory(id: String)
        case walkIn
        case eventDetails
        /// A new event, or (with an id) a copy of that event.
        case newEvent(copying: String?)
        /// An entry of the event's contacts, speakers or objectives (nil index: a new one).
        case listEntry(EventListKind, index: Int?)
        var isRegistrant: Bool { self == .newRegistrant || { if case .editRegistrant = self { return true }; return false }() }
    }
    public var form: Form
    public var purpose: Purpose
    /// What an edit form was opened on: a save sends only what the person changed, with these values as
    /// its base, and a field another desk changed since is a conflict rather than an overwrite.
    public var base: FormBase?
    public init(form: Form, purpose: Purpose, base: FormBase? = nil) {
        self.form = form; self.purpose = purpose; self.base = base
    }
}

public enum FormBase: Hashable, Sendable {
    case item(ProgrammeItem)
    case category(FeeCategory)
    case registrant(Registrant)
    case event(Event)
}

/// The first day changed while the programme has items: do they move along (the default) or stay?
public struct DateMoveQuestion: Hashable, Sendable {
    public var form: FormState
    public var from: LocalDate
    public var to: LocalDate
    public var items: Int
}

public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
    /// Messages fade (by the wall clock): after this the hints show again. Errors stay longer.
    public var expires: Date
}

/// What puts back an event edit of this desk: the operations that undo exactly what was applied,
/// each expecting the values this desk set (so another desk's later change is left as it is).
public struct UndoEntry: Hashable, Sendable {
    public var inverse: [EventOperation]
    public var description: String
}
