import FoyerCore

/// Where a key binding applies: a pane, an overlay, a mode of one, or a kind of text field. Each screen
/// reads its keys in its own context, so no two screens share a status line or a help page by accident.
/// A struct rather than an enum so that a screen added outside this module (a test's "hello" pane) can
/// name a context of its own.
public struct KeyContext: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    /// The heading of its section in help.
    public let title: Phrase
    /// Contexts whose bindings apply here too when this one has none for a key, nearest first.
    public let fallback: [KeyContext.ID]
    /// Whose hints the status line adds to this context's own (by default, the fallbacks'): a mode of a
    /// pane names how to get back and the global keys, not every key of the pane again.
    public let hintFallback: [KeyContext.ID]
    /// Typed characters belong to a text field here: only keys that type nothing reach `fallback`.
    public let lettersAreText: Bool

    public typealias ID = String

    public init(_ id: String, title: Phrase, fallback: [KeyContext.ID] = [], hintFallback: [KeyContext.ID]? = nil, lettersAreText: Bool = false) {
        self.id = id; self.title = title; self.fallback = fallback; self.hintFallback = hintFallback ?? fallback
        self.lettersAreText = lettersAreText
    }

    public static func == (a: KeyContext, b: KeyContext) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }
    public var description: String { id }

    /// A pane's context: its own keys, then the global ones.
    public static func pane(_ id: String, title: Phrase) -> KeyContext { KeyContext(id, title: title, fallback: ["global"]) }

    public static let global = KeyContext("global", title: "Everywhere")
    public static let agenda = KeyContext.pane("agenda", title: "Agenda")
    /// The agenda while an item's details or the event information are read: scrolling and back first.
    public static let agendaReading = KeyContext("agendaReading", title: "Agenda", fallback: ["agenda", "global"], hintFallback: ["global"])
    public static let registrants = KeyContext.pane("registrants", title: "Registrants")
    /// The registrants pane with one person shown in full.
    public static let registrantDetail = KeyContext("registrantDetail", title: "Registrants", fallback: ["registrants", "global"], hintFallback: ["global"])
    /// The registrants' search field has the keys: letters type.
    public static let registrantSearch = KeyContext("registrantSearch", title: "Searching registrants", lettersAreText: true)
    public static let fees = KeyContext.pane("fees", title: "Fees")
    /// The check-in pane: the search field always has the letters and digits.
    public static let checkIn = KeyContext("checkIn", title: "Check-in", fallback: ["global"], lettersAreText: true)
    public static let checkInPayment = KeyContext("checkInPayment", title: "Taking a payment at check-in")
    /// A reduced category's proof, checked before anything is recorded.
    public static let checkID = KeyContext("checkID", title: "Checking an ID at check-in")
    /// A walk-in's summary: registered, charged and checked in only on Enter.
    public static let walkInSummary = KeyContext("walkInSummary", title: "A walk-in, to confirm")
    /// The walk-in is registered already: this is them, or a different person?
    public static let walkInMatch = KeyContext("walkInMatch", title: "A walk-in who is registered already")
    /// A different person of the same email, phone or name: a second look before registering them.
    public static let walkInSecondLook = KeyContext("walkInSecondLook", title: "A second look at a walk-in")
    public static let form = KeyContext("form", title: "Forms")
    public static let dialog = KeyContext("dialog", title: "Questions")
    public static let duplicate = KeyContext("duplicate", title: "Possible duplicate")
    public static let typedConfirm = KeyContext("typedConfirm", title: "Deleting for good", lettersAreText: true)
    public static let reason = KeyContext("reason", title: "Undoing a check-in", lettersAreText: true)
    public static let importPath = KeyContext("importPath", title: "Import: which file", lettersAreText: true)
    public static let help = KeyContext("help", title: "Help")
    public static let prompt = KeyContext("prompt", title: "Find", lettersAreText: true)
    public static let switcher = KeyContext("switcher", title: "Open an event")
    public static let reprice = KeyContext("reprice", title: "Repricing")
    public static let preview = KeyContext("preview", title: "Import preview")
    public static let conflict = KeyContext("conflict", title: "Another desk changed it too")
    public static let deletedConflict = KeyContext("deletedConflict", title: "Deleted at another desk")
    public static let dateMove = KeyContext("dateMove", title: "A new first day")
    public static let eventList = KeyContext("eventList", title: "Contacts, speakers, objectives")
    /// Editing a one-line text field (forms, prompts, searches).
    public static let lineEditing = KeyContext("lineEditing", title: "In a field")
    /// Editing a text of several lines: by character, word, row and page.
    public static let textEditing = KeyContext("textEditing", title: "In a text of several lines")
    /// A field with a few choices.
    public static let choiceField = KeyContext("choiceField", title: "In a choice")
    /// The welcome of an empty data directory.
    public static let welcome = KeyContext("welcome", title: "Welcome")

    /// Every context of the app itself (a screen added from outside brings its own).
    public static let allCases: [KeyContext] = [
        .global, .agenda, .agendaReading, .registrants, .registrantDetail, .registrantSearch, .fees, .checkIn, .checkInPayment, .checkID, .walkInSummary, .walkInMatch, .walkInSecondLook,
        .form, .dialog, .duplicate, .typedConfirm, .reason, .importPath, .help, .prompt, .switcher, .reprice, .preview,
        .conflict, .deletedConflict, .dateMove, .eventList, .lineEditing, .textEditing, .choiceField, .welcome,
    ]
}
