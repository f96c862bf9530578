import FoyerCore

/// Where a key binding applies.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case global, agenda, registrants, fees, checkIn, checkInPayment, form, dialog, help, prompt, switcher, reprice, preview, conflict, deletedConflict, dateMove, eventList

    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .agenda: return "Agenda"
        case .registrants: return "Registrants"
        case .fees: return "Fees"
        case .checkIn: return "Check-in"
        case .form: return "Forms"
        case .dialog: return "Questions"
        case .help: return "Help"
        case .prompt: return "Find"
        case .switcher: return "Open an event"
        case .reprice: return "Repricing"
        case .checkInPayment: return "Taking a payment at check-in"
        case .preview: return "Import preview"
        case .conflict: return "Another desk changed it too"
        case .deletedConflict: return "Deleted at another desk"
        case .dateMove: return "A new first day"
        case .eventList: return "Contacts, speakers, objectives"
        }
    }
}

/// One row of the key table: what it does, which keys do it, how help and the status line name it.
public struct KeyBinding: Sendable {
    public var command: Command
    public var keys: [Key]
    public var label: String
    public var context: KeyContext
    /// The short word for the status line's hints (only the few a newcomer needs have one).
    public var hint: String?

    public init(_ command: Command, _ keys: [Key], _ label: String, _ context: KeyContext, hint: String? = nil) {
        self.command = command; self.keys = keys; self.label = label; self.context = context; self.hint = hint
    }

    /// "Tab/F2" for the help screen.
    public var keyText: String { keys.map(\.label).joined(separator: "/") }
}

/// The one table (as calcurse and tig keep it) that drives input, the status-line hints and the help
/// screen: adding a key here is all it takes for all three.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        // Everywhere
        .init(.help, [.char("?"), .function(1)], "help: every key of this pane", .global, hint: "help"),
        .init(.nextPane, [.tab], "next pane", .global, hint: "panes"),
        .init(.previousPane, [.backTab], "previous pane", .global),
        .init(.showPane(.agenda), [.char("1"), .function(2)], "Agenda", .global),
        .init(.showPane(.registrants), [.char("2"), .function(3)], "Registrants", .global),
        .init(.showPane(.fees), [.char("3"), .function(4)], "Fees", .global),
        .init(.showPane(.checkIn), [.char("4"), .function(5)], "Check-in", .global),
        .init(.switchEvent, [.char("o")], "open another event", .global),
        .init(.quit, [.char("q")], "quit (asks only if an edit is unsaved)", .global, hint: "quit"),
        .init(.forceQuit, [.ctrl("c")], "quit at once (everything saved is kept)", .global),
        .init(.redraw, [.ctrl("l")], "redraw the screen", .global),

        // Agenda
        .init(.moveUp, [.up, .char("k")], "previous item", .agenda),
        .init(.moveDown, [.down, .char("j")], "next item", .agenda),
        .init(.pageUp, [.pageUp], "page up", .agenda),
        .init(.pageDown, [.pageDown, .char(" ")], "page down", .agenda),
        .init(.first, [.home, .char("g")], "first item", .agenda),
        .init(.last, [.end, .char("G")], "last item", .agenda),
        .init(.openDetail, [.enter], "open the item's details (topics, speakers, biography)", .agenda, hint: "details"),
        .init(.toggleTopics, [.char("t")], "show every item's topics, or only the selected one's", .agenda, hint: "topics"),
        .init(.jumpToNow, [.char(".")], "go to what is on now", .agenda),
        .init(.toggleInfo, [.char("i")], "event information: description, venue, contacts, fees", .agenda, hint: "info"),
        .init(.editEventDetails, [.char("E")], "edit the event's details: title, dates, venue, texts", .agenda),
        .init(.showEventList(.contacts), [.char("C")], "the event's contacts: add, edit, delete, move", .agenda),
        .init(.showEventList(.speakers), [.char("S")], "the event's speakers, with their biographies", .agenda),
        .init(.showEventList(.objectives), [.char("O")], "the learning objectives", .agenda),
        .init(.find, [.char("/")], "find text in the programme", .agenda, hint: "find"),
        .init(.findNext, [.char("n")], "next match", .agenda),
        .init(.findPrevious, [.char("N")], "previous match", .agenda),
        .init(.addItem, [.char("a")], "add a programme item", .agenda),
        .init(.editItem, [.char("e")], "edit the item", .agenda, hint: "edit"),
        .init(.deleteItem, [.char("d"), .delete], "delete the item (asks first)", .agenda),
        .init(.moveItemUp, [.char("K")], "move the item earlier (swaps with the one before)", .agenda),
        .init(.moveItemDown, [.char("J")], "move the item later (swaps with the one after)", .agenda),
        .init(.undo, [.char("u"), .ctrl("z")], "undo the last programme edit (an import too)", .agenda),
        .init(.importFile, [.char("I")], "import a programme from flyer text (a preview first)", .agenda),
        .init(.back, [.escape], "close the details or information view", .agenda),

        // Registrants
        .init(.moveUp, [.up, .char("k")], "previous registrant", .registrants),
        .init(.moveDown, [.down, .char("j")], "next registrant", .registrants),
        .init(.pageUp, [.pageUp], "page up", .registrants),
        .init(.pageDown, [.pageDown], "page down", .registrants),
        .init(.first, [.home, .char("g")], "first", .registrants),
        .init(.last, [.end, .char("G")], "last", .registrants),
        .init(.find, [.char("/")], "search as you type (name, email, organisation, code; accents ignored)", .registrants, hint: "search"),
        .init(.newRegistrant, [.char("a"), .char("n")], "new registration", .registrants, hint: "new"),
        .init(.editRegistrant, [.char("e")], "edit the registration", .registrants, hint: "edit"),
        .init(.openDetail, [.enter], "everything about the registrant, with the history of changes", .registrants, hint: "details"),
        .init(.cycleSort, [.char("s")], "sort by name, code, registration date, category", .registrants, hint: "sort"),
        .init(.cycleFilter, [.char("f")], "filter: all, unpaid, not arrived, checked in, cancelled, waiting list, late, category to choose, each category", .registrants, hint: "filter"),
        .init(.cycleFilterBack, [.char("F")], "filter, the other way round", .registrants),
        .init(.recordPayment, [.char("m"), .char("$")], "record money: a payment (default: what is due), a refund or a waiver", .registrants, hint: "money"),
        .init(.issueReceipt, [.char("R")], "issue a receipt (numbered; saved as text and HTML in the event's receipts folder)", .registrants),
        .init(.cancelRegistration, [.char("c")], "cancel the registration (asks first; kept, shown dimmed)", .registrants),
        .init(.restoreRegistration, [.char("r")], "restore a cancelled registration", .registrants),
        .init(.promoteSelected, [.char("p")], "promote the selected person from the waiting list", .registrants),
        .init(.promoteFirst, [.char("P")], "promote the first on the waiting list", .registrants),
        .init(.deleteRegistration, [.char("D")], "delete for good (type the code to confirm)", .registrants),
        .init(.undo, [.char("u"), .ctrl("z")], "undo the last change of this session (up to 20)", .registrants),
        .init(.importFile, [.char("I")], "import registrations from CSV (pretix, Indico, a spreadsheet; a dry run first)", .registrants),
        .init(.back, [.escape], "clear the search, or close the details", .registrants),

        // Fees
        .init(.moveUp, [.up, .char("k")], "previous fee category", .fees),
        .init(.moveDown, [.down, .char("j")], "next fee category", .fees),
        .init(.pageUp, [.pageUp], "scroll up", .fees),
        .init(.pageDown, [.pageDown, .char(" ")], "scroll down", .fees),
        .init(.addCategory, [.char("a")], "add a fee category", .fees, hint: "add"),
        .init(.editCategory, [.char("e"), .enter], "rename or reprice the category (asks about the unpaid)", .fees, hint: "edit"),
        .init(.retireCategory, [.char("x")], "retire the category (kept for those who have it, not offered), or offer it again", .fees, hint: "retire"),
        .init(.undo, [.char("u"), .ctrl("z")], "undo the last change to the fees (or programme)", .fees),

        // Check-in: the search field always has the letters; these are the other keys.
        .init(.checkInSelected, [.enter], "check in the chosen person (unpaid: take the payment first)", .checkIn, hint: "check in"),
        .init(.moveUp, [.up], "choose the previous match", .checkIn),
        .init(.moveDown, [.down], "choose the next match", .checkIn),
        .init(.back, [.escape], "clear the search and the result", .checkIn, hint: "clear"),
        .init(.walkIn, [.ctrl("n"), .function(6)], "walk-in: register, take payment and check in", .checkIn, hint: "walk-in"),
        .init(.undoCheckIn, [.ctrl("x"), .function(8)], "undo the chosen person's check-in (asks why)", .checkIn, hint: "undo check-in"),

        // Taking a payment at check-in: method in one key, Enter takes what is due and checks in.
        .init(.chooseMethod(.card), [.char("c")], "card", .checkInPayment, hint: "card"),
        .init(.chooseMethod(.swish), [.char("s")], "Swish", .checkInPayment, hint: "Swish"),
        .init(.chooseMethod(.cash), [.char("k")], "cash (kontant)", .checkInPayment, hint: "cash"),
        .init(.checkInSelected, [.enter], "take the amount due by the chosen method and check in", .checkInPayment, hint: "take it"),
        .init(.payLater, [.char("l")], "check in now, pay later (invoice)", .checkInPayment, hint: "pay later"),
        .init(.back, [.escape], "do not check in", .checkInPayment, hint: "back"),

        // Import preview
        .init(.apply, [.char("y")], "import what the preview shows", .preview, hint: "import"),
        .init(.cancel, [.char("n"), .escape], "import nothing", .preview, hint: "cancel"),
        .init(.moveUp, [.up, .char("k")], "scroll up", .preview),
        .init(.moveDown, [.down, .char("j")], "scroll down", .preview),
        .init(.pageUp, [.pageUp], "page up", .preview),
        .init(.pageDown, [.pageDown, .char(" ")], "page down", .preview),

        // Repricing
        .init(.confirm, [.char("y")], "move the unpaid registrants to the new price", .reprice, hint: "move them"),
        .init(.keepPrice, [.char("n"), .enter], "they keep the price they registered at (the default)", .reprice, hint: "keep their price"),
        .init(.cancel, [.escape], "back to the form", .reprice, hint: "back"),

        // A save that met another desk's change to the same fields
        .init(.moveUp, [.up, .char("k")], "previous field", .conflict),
        .init(.moveDown, [.down, .char("j")], "next field", .conflict),
        .init(.keepTheirs, [.char("t"), .left], "keep theirs (the other desk's value)", .conflict, hint: "theirs"),
        .init(.keepMine, [.char("m"), .right], "keep mine (what you typed)", .conflict, hint: "mine"),
        .init(.submitField, [.enter, .ctrl("s")], "save, once every field is decided", .conflict, hint: "save"),
        .init(.cancel, [.escape], "back to the form (nothing saved yet)", .conflict, hint: "back"),
        .init(.addAgain, [.char("a")], "add it again as a new item, with your typing", .deletedConflict, hint: "add again"),
        .init(.cancel, [.escape], "leave it deleted (your typing is discarded)", .deletedConflict, hint: "leave it"),

        // The event's lists
        .init(.moveUp, [.up, .char("k")], "previous entry", .eventList),
        .init(.moveDown, [.down, .char("j")], "next entry", .eventList),
        .init(.addItem, [.char("a")], "add an entry", .eventList, hint: "add"),
        .init(.editItem, [.char("e"), .enter], "edit the entry", .eventList, hint: "edit"),
        .init(.deleteItem, [.char("d"), .delete], "delete the entry (asks first)", .eventList, hint: "delete"),
        .init(.moveItemUp, [.char("K")], "move the entry up", .eventList, hint: "up"),
        .init(.moveItemDown, [.char("J")], "move the entry down", .eventList, hint: "down"),
        .init(.back, [.escape], "close the list", .eventList, hint: "close"),

        // A new first day with a programme
        .init(.confirm, [.char("y"), .enter], "move the programme (and the deadline) to the new day", .dateMove, hint: "move it"),
        .init(.keepPrice, [.char("n")], "leave the programme's items on their days", .dateMove, hint: "leave it"),
        .init(.cancel, [.escape], "back to the form", .dateMove, hint: "back"),

        // Forms
        .init(.nextField, [.tab, .down], "next field", .form, hint: "next field"),
        .init(.previousField, [.backTab, .up], "previous field", .form),
        .init(.save, [.ctrl("s")], "save", .form, hint: "save"),
        .init(.submitField, [.enter], "next field; on the last field, save", .form),
        .init(.cancel, [.escape], "cancel (asks if something changed)", .form, hint: "cancel"),
        .init(.cycleChoice, [.char(" ")], "change a choice (kind)", .form),

        // Questions
        .init(.confirm, [.char("y"), .char("Y")], "yes", .dialog, hint: "yes"),
        .init(.cancel, [.char("n"), .char("N"), .escape], "no", .dialog, hint: "no"),

        .init(.openExisting, [.char("o")], "open the existing registration", .dialog),
        .init(.saveAnyway, [.char("s")], "save anyway", .dialog),

        // Find prompt
        .init(.submitField, [.enter], "find", .prompt, hint: "find"),
        .init(.cancel, [.escape], "cancel", .prompt, hint: "cancel"),

        // The event switcher
        .init(.moveUp, [.up, .char("k")], "previous event", .switcher),
        .init(.moveDown, [.down, .char("j")], "next event", .switcher),
        .init(.submitField, [.enter], "open the event", .switcher, hint: "open"),
        .init(.cancel, [.escape, .char("q"), .char("o")], "keep the current event", .switcher, hint: "cancel"),

        // Help
        .init(.closeHelp, [.escape, .char("?"), .char("q"), .function(1)], "close help", .help, hint: "close"),
        .init(.moveUp, [.up, .char("k")], "scroll up", .help),
        .init(.moveDown, [.down, .char("j")], "scroll down", .help),
    ]

    /// "t" for a command in a context: how messages name a key, from the table (never written by hand).
    public static func keyName(_ command: Command, in context: KeyContext) -> String {
        bindings.first { $0.context == context && $0.command == command }?.keys.first?.label ?? "?"
    }

    /// The command a key means in a context; pane contexts fall back to the global keys.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return b.command }
        switch context {
        case .agenda, .registrants, .fees:
            return bindings.first { $0.context == .global && $0.keys.contains(key) }?.command
        case .checkIn:
            // Letters and digits belong to the search field here; only other keys reach the global table.
            if case .char = key { return nil }
            return bindings.first { $0.context == .global && $0.keys.contains(key) }?.command
        default:
            return nil
        }
    }

    /// The bindings the help screen lists for a context: its own, then the global ones.
    /// At a desk-only station the keys it refuses are left out.
    public static func help(for context: KeyContext, deskOnly: Bool = false) -> [(KeyContext, [KeyBinding])] {
        let shown = deskOnly ? bindings.filter { !$0.command.refusedAtDesk } : bindings
        let own = shown.filter { $0.context == context }
        let global = shown.filter { $0.context == .global }
        return context == .global ? [(.global, global)] : [(context, own), (.global, global)]
    }

    /// The short hints for the status line.
    /// At a desk-only station the keys it refuses are left out.
    public static func hints(for context: KeyContext, deskOnly: Bool = false) -> [KeyBinding] {
        let bindings = deskOnly ? bindings.filter { !$0.command.refusedAtDesk } : bindings
        let own = bindings.filter { $0.context == context && $0.hint != nil }
        switch context {
        case .agenda, .registrants, .fees:
            return own + bindings.filter { $0.context == .global && $0.hint != nil }
        case .checkIn:
            // Letters type into the search here, so the hints name the keys that still work: F1, Tab, Ctrl-C.
            return own + bindings.filter { $0.context == .global && ($0.hint != nil || $0.command == .forceQuit) }.compactMap { b in
                guard let key = b.keys.first(where: { if case .char = $0 { return false }; return true }) else { return nil }
                var shown = b
                shown.keys = [key]
                if b.command == .forceQuit { shown.hint = "quit" }
                return shown
            }
        default:
            return own
        }
    }
}
