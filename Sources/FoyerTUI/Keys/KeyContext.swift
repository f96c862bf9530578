import FoyerCore

private typealias C = Catalogue.Keys.Contexts
private typealias P = Catalogue.Keys.Panes

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

    public static let global = KeyContext("global", title: C.global)
    public static let agenda = KeyContext.pane("agenda", title: P.agenda)
    /// The agenda while an item's details or the event information are read: scrolling and back first.
    public static let agendaReading = KeyContext("agendaReading", title: P.agenda, fallback: ["agenda", "global"], hintFallback: ["global"])
    public static let registrants = KeyContext.pane("registrants", title: P.registrants)
    /// The registrants pane with one person shown in full.
    public static let registrantDetail = KeyContext("registrantDetail", title: P.registrants, fallback: ["registrants", "global"], hintFallback: ["global"])
    /// The registrants' search field has the keys: letters type.
    public static let registrantSearch = KeyContext("registrantSearch", title: C.registrantSearch, lettersAreText: true)
    public static let fees = KeyContext.pane("fees", title: P.fees)
    /// The check-in pane: the search field always has the letters and digits.
    public static let checkIn = KeyContext("checkIn", title: P.checkIn, fallback: ["global"], lettersAreText: true)
    public static let checkInPayment = KeyContext("checkInPayment", title: C.checkInPayment)
    /// A reduced category's proof, checked before anything is recorded.
    public static let checkID = KeyContext("checkID", title: C.checkID)
    /// A walk-in's summary: registered, charged and checked in only on Enter.
    public static let walkInSummary = KeyContext("walkInSummary", title: C.walkInSummary)
    /// The walk-in is registered already: this is them, or a different person?
    public static let walkInMatch = KeyContext("walkInMatch", title: C.walkInMatch)
    /// A different person of the same email, phone or name: a second look before registering them.
    public static let walkInSecondLook = KeyContext("walkInSecondLook", title: C.walkInSecondLook)
    public static let form = KeyContext("form", title: C.form)
    public static let dialog = KeyContext("dialog", title: C.dialog)
    public static let duplicate = KeyContext("duplicate", title: C.duplicate)
    public static let typedConfirm = KeyContext("typedConfirm", title: C.typedConfirm, lettersAreText: true)
    public static let reason = KeyContext("reason", title: C.reason, lettersAreText: true)
    public static let importPath = KeyContext("importPath", title: C.importPath, lettersAreText: true)
    public static let help = KeyContext("help", title: C.help)
    public static let prompt = KeyContext("prompt", title: C.prompt, lettersAreText: true)
    public static let switcher = KeyContext("switcher", title: C.switcher)
    public static let reprice = KeyContext("reprice", title: C.reprice)
    public static let preview = KeyContext("preview", title: C.preview)
    public static let conflict = KeyContext("conflict", title: C.conflict)
    public static let deletedConflict = KeyContext("deletedConflict", title: C.deletedConflict)
    public static let dateMove = KeyContext("dateMove", title: C.dateMove)
    public static let eventList = KeyContext("eventList", title: C.eventList)
    /// Editing a one-line text field (forms, prompts, searches).
    public static let lineEditing = KeyContext("lineEditing", title: C.lineEditing)
    /// Editing a text of several lines: by character, word, row and page.
    public static let textEditing = KeyContext("textEditing", title: C.textEditing)
    /// A field with a few choices.
    public static let choiceField = KeyContext("choiceField", title: C.choiceField)
    /// The welcome of an empty data directory.
    public static let welcome = KeyContext("welcome", title: C.welcome)

    /// Every context of the app itself (a screen added from outside brings its own).
    public static let allCases: [KeyContext] = [
        .global, .agenda, .agendaReading, .registrants, .registrantDetail, .registrantSearch, .fees, .checkIn, .checkInPayment, .checkID, .walkInSummary, .walkInMatch, .walkInSecondLook,
        .form, .dialog, .duplicate, .typedConfirm, .reason, .importPath, .help, .prompt, .switcher, .reprice, .preview,
        .conflict, .deletedConflict, .dateMove, .eventList, .lineEditing, .textEditing, .choiceField, .welcome,
    ]
}
