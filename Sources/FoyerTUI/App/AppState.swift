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
    /// Registrations known so far, for the header's capacity line: the registry's own tally once the
    /// registrations are in (never a second count kept beside it); while they load, the count the
    /// opened event came with, if any.
    public var registeredCount: Int? {
        get { registrantsLoad == nil ? registry.tally.registered : countBeforeLoad }
        set { countBeforeLoad = newValue }
    }
    private var countBeforeLoad: Int?
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
    /// The registered panes and the key table they make (`Screens.standard` unless a pane is added).
    public var screens = Screens.standard
    /// The state of panes added from outside the app, by pane id (the app's own panes have fields above).
    public var screenState: [String: any Sendable] = [:]
    /// A desk-only station (`foyer --desk-only`): check-in, walk-ins, registering and money only; every
    /// other change (and switching events) is refused, and help and the hints leave those keys out.
    public var deskOnly = false
    /// The organiser asked for emails to be shown masked at the desk ("a•••@sll.se", `--mask-emails`).
    public var maskEmails = false
    /// The interface's language (`--lang`, `FOYER_LANG`, the locale); switched at once by a key. What
    /// attendees read is the event's own language (`event.attendeeLanguage`), not this.
    public var language: Language = .en
    /// This desk's name and account, and the newest time another desk wrote: whether this machine's clock
    /// is behind (said in the header while it is). Nil where no desk runs (tests of a lone screen).
    public var clockWatch: ClockWatch?
    /// The status line said once that the clock is behind; said again only after it agreed meanwhile.
    public var clockWarned = false

    /// What a refused command says at a desk-only station.
    public static let deskOnlyRefusal = Catalogue.App.deskOnlyRefusal

    public static let minimumWidth = 60
    public static let minimumHeight = 16
    public static let undoLimit = 20

    public init(event: Event, events: [EventSummary] = [], width: Int = 80, height: Int = 24, now: Date,
                registry: Registry = Registry(), journal: Journal = [], index: SearchIndex? = nil) {
        self.registry = registry
        self.searchIndex = index ?? SearchIndex(Array(registry.registrants), language: event.attendeeLanguage)
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

    /// The key context the next key is read in: an open overlay's, else the pane's (in its mode).
    public var keyContext: KeyContext {
        if let overlay { return overlay.screen.keyContext(self) }
        return screens.screen(for: pane).keyContext(self)
    }

    /// A pane's own state when the pane was added from outside the app (the app's panes have fields).
    public func state<T: Sendable>(of pane: Pane, default initial: T) -> T { screenState[pane.id] as? T ?? initial }
    public mutating func setState<T: Sendable>(_ value: T, of pane: Pane) { screenState[pane.id] = value }

    /// The programme edit in progress, if any has unsaved changes.
    public var hasUnsavedEdit: Bool {
        if case .form(let f) = overlay { return f.form.isChanged }
        return false
    }
}

/// Where loading the registrations is: the panes that need them say so instead of looking empty.
public enum RegistrantsLoad: Hashable, Sendable {
    case loading(eventID: String, bytes: Int)
    case failed(Phrase)

    /// The size of what is loaded, for the progress line.
    public static func bytes(in folder: String) -> Int {
        [EventStore.snapshotFileName, EventStore.journalFileName].reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? NSNumber)??.intValue ?? 0
            return total + size
        }
    }

    /// "Loading the registrations (71 MB)…"
    public var message: Phrase {
        switch self {
        case .loading(_, let bytes):
            let size = bytes >= 1_000_000 ? " (\(bytes / 1_000_000) MB)" : ""
            return Catalogue.App.loading(size: size)
        case .failed(let why):
            return Catalogue.App.notLoaded(why: why)
        }
    }
}

/// The registrations as the loader read them, with the search index it built.
public struct LoadedRegistrants: Sendable {
    public var registry: Registry
    public var journal: Journal
    public var index: SearchIndex
    public var warnings: [Phrase]
    public var seconds: Double
    public var readOnly: Bool
    public var eventHistory: [EventHistoryEntry] = []
    public init(registry: Registry, journal: Journal, index: SearchIndex, warnings: [Phrase], seconds: Double, readOnly: Bool = false) {
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

public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, warning, error }
    public var text: Phrase
    public var kind: Kind
    /// Messages fade (by the wall clock): after this the hints show again. Errors stay longer.
    public var expires: Date
}

/// What puts back an event edit of this desk: the operations that undo exactly what was applied,
/// each expecting the values this desk set (so another desk's later change is left as it is).
public struct UndoEntry: Hashable, Sendable {
    public var inverse: [EventOperation]
    public var description: Phrase
}
