import FoyerCore

/// The app's rows of the key table (calcurse's one table of actions): every key the app reads, in
/// every context, with the words help and the status line use. The tabs' keys (1–4, F2–F5) are made
/// from the registered panes (`Screens`); nothing else anywhere names a key.
extension KeyTable {
    static let appBindings: [KeyBinding] = [
        // Everywhere
        .init(.help, [.char("?"), .function(1)], "help: every key of this pane", .global, hint: "help"),
        .init(.nextPane, [.tab], "next pane", .global, hint: "panes"),
        .init(.previousPane, [.backTab], "previous pane", .global),
        .init(.switchEvent, [.char("o")], "open another event", .global),
        .init(.quit, [.char("q")], "quit (asks only if an edit is unsaved)", .global, hint: "quit"),
        .init(.forceQuit, [.ctrl("c")], "quit at once (everything saved is kept)", .global),
        .init(.redraw, [.ctrl("l")], "redraw the screen", .global),
        .init(.switchLanguage, [.function(8)], Catalogue.Keys.switchLanguage, .global),

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

        // Taking a payment at check-in: a method's key shows what will be taken, Enter takes it. A key
        // that is no answer (the next name typed too early) is never taken for one.
        .init(.chooseMethod(.card), [.char("c")], "card", .checkInPayment, hint: "card"),
        .init(.chooseMethod(.swish), [.char("s")], "Swish", .checkInPayment, hint: "Swish"),
        .init(.chooseMethod(.cash), [.char("k")], "cash (kontant)", .checkInPayment, hint: "cash"),
        .init(.payLater, [.char("l")], "check in now, pay later (invoice): the debt is shown", .checkInPayment, hint: "later"),
        .init(.checkInSelected, [.enter], "do what the summary says: take the amount and check in", .checkInPayment, hint: "confirm"),
        .init(.back, [.escape], "do not check in: back to the search, nothing taken", .checkInPayment, hint: "back"),
        .init(.help, [.function(1)], "help", .checkInPayment),

        // Checking the proof a reduced category needs, before anything is recorded
        .init(.confirm, [.char("y")], "the ID was shown", .checkID, hint: "ID seen"),
        .init(.refuse, [.char("n")], "no ID: not admitted at this price (nothing is recorded)", .checkID, hint: "no ID"),
        .init(.checkInSelected, [.enter], "do what the summary says", .checkID, hint: "confirm"),
        .init(.back, [.escape], "back to the search (nothing is recorded)", .checkID, hint: "back"),
        .init(.help, [.function(1)], "help", .checkID),

        // A walk-in's summary: nothing is saved or taken before Enter
        .init(.checkInSelected, [.enter], "register, take the money as shown and check in", .walkInSummary, hint: "confirm"),
        .init(.back, [.escape], "back to the walk-in form (nothing is saved)", .walkInSummary, hint: "back to the form"),
        .init(.help, [.function(1)], "help", .walkInSummary),

        // A walk-in the store found registered already
        .init(.thisIsThem, [.char("t")], "this is them: check them in as registered (no second registration)", .walkInMatch, hint: "this is them"),
        .init(.differentPerson, [.char("d")], "a different person: look again before registering them", .walkInMatch, hint: "a different person"),
        .init(.checkInSelected, [.enter], "do what the summary says", .walkInMatch, hint: "confirm"),
        .init(.back, [.escape], "back to the search (nothing is saved)", .walkInMatch, hint: "back"),
        .init(.help, [.function(1)], "help", .walkInMatch),
        .init(.confirm, [.char("y")], "yes, another person: register, take the money and check in", .walkInSecondLook, hint: "yes, register"),
        .init(.checkInSelected, [.enter], "do what the summary says", .walkInSecondLook, hint: "confirm"),
        .init(.back, [.escape], "back to the search (nothing is saved)", .walkInSecondLook, hint: "back"),
        .init(.help, [.function(1)], "help", .walkInSecondLook),

        // Import preview
        .init(.apply, [.char("y")], "import what the preview shows", .preview, hint: "import"),
        .init(.cancel, [.char("n"), .escape], "import nothing", .preview, hint: "nothing"),
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

        // A possible duplicate, found on saving a registration
        .init(.openExisting, [.char("o")], "open the existing registration", .duplicate, hint: "open it"),
        .init(.saveAnyway, [.char("s")], "save anyway: they are a different person", .duplicate, hint: "save anyway"),
        .init(.cancel, [.escape, .char("n"), .char("N")], "back to the form", .duplicate, hint: "back to the form"),

        // Deleting for good: the code is typed, Enter deletes
        .init(.submitField, [.enter], "delete, if the code typed is the registration's", .typedConfirm, hint: "deletes"),
        .init(.cancel, [.escape], "keep the registration", .typedConfirm, hint: "keeps it"),

        // Why a check-in is undone
        .init(.submitField, [.enter], "undo the check-in with this reason (kept in the history)", .reason, hint: "undoes it (kept in the history)"),
        .init(.cancel, [.escape], "keep the check-in", .reason, hint: "keeps the check-in"),

        // Which file to import
        .init(.submitField, [.enter], "show what importing the file would do (nothing is changed yet)", .importPath, hint: "previews (nothing is changed yet)"),
        .init(.cancel, [.escape], "import nothing", .importPath, hint: "cancels"),

        // The registrants' search field
        .init(.submitField, [.enter, .down, .tab], "to the list, keeping the results", .registrantSearch, hint: "to the list"),
        .init(.cancel, [.escape], "clear the search", .registrantSearch, hint: "clear the search"),

        // One registrant shown in full (the registrants pane's keys work on them too)
        .init(.back, [.escape], "back to the list", .registrantDetail, hint: "back"),
        .init(.editRegistrant, [.char("e")], "edit the registration", .registrantDetail, hint: "edit"),
        .init(.moveDown, [.down, .char("j")], "scroll down", .registrantDetail, hint: "scroll"),
        .init(.moveUp, [.up, .char("k")], "scroll up", .registrantDetail),
        .init(.openDetail, [.enter], "back to the list", .registrantDetail),

        // Reading an item's details or the event information in the agenda
        .init(.back, [.escape], "back to the programme", .agendaReading, hint: "back"),
        .init(.moveDown, [.down, .char("j")], "scroll down", .agendaReading, hint: "scroll"),

        // Find prompt
        .init(.submitField, [.enter], "find", .prompt, hint: "finds"),
        .init(.cancel, [.escape], "cancel", .prompt, hint: "cancels"),

        // The event switcher
        .init(.moveUp, [.up, .char("k")], "previous event", .switcher),
        .init(.moveDown, [.down, .char("j")], "next event", .switcher),
        .init(.submitField, [.enter], "open the event", .switcher, hint: "open"),
        .init(.cancel, [.escape, .char("q"), .char("o")], "keep the current event", .switcher, hint: "cancel"),

        // Help
        .init(.closeHelp, [.escape, .char("?"), .char("q"), .function(1)], "close help", .help, hint: "close"),
        .init(.moveUp, [.up, .char("k")], "scroll up", .help),
        .init(.moveDown, [.down, .char("j")], "scroll down", .help),
        .init(.pageUp, [.pageUp], "page up", .help),
        .init(.pageDown, [.pageDown, .char(" ")], "page down", .help),
        .init(.first, [.home, .char("g")], "to the top", .help),
        .init(.last, [.end, .char("G")], "to the end", .help),

        // The welcome of an empty data directory
        .init(.moveUp, [.up, .char("k")], "previous choice", .welcome),
        .init(.moveDown, [.down, .char("j")], "next choice", .welcome),
        .init(.submitField, [.enter], "do what is chosen", .welcome, hint: "open"),
        .init(.cancel, [.escape, .char("q")], "quit", .welcome, hint: "cancel"),

        // In a one-line field
        .init(.edit(.left), [.left], "a character back", .lineEditing),
        .init(.edit(.right), [.right], "a character on", .lineEditing),
        .init(.edit(.lineStart), [.home, .ctrl("a")], "to the start", .lineEditing),
        .init(.edit(.lineEnd), [.end, .ctrl("e")], "to the end", .lineEditing),
        .init(.edit(.deleteBackward), [.backspace, .ctrl("h")], "delete the character before", .lineEditing),
        .init(.edit(.deleteForward), [.delete, .ctrl("d")], "delete the character after", .lineEditing),
        .init(.edit(.cutToEnd), [.ctrl("k")], "cut to the end", .lineEditing),
        .init(.edit(.cutToStart), [.ctrl("u")], "cut to the start", .lineEditing),
        .init(.edit(.cutWord), [.ctrl("w")], "cut the word before", .lineEditing),

        // In a text of several lines
        .init(.edit(.newline), [.enter], "a new line", .textEditing),
        .init(.edit(.left), [.left], "a character back", .textEditing),
        .init(.edit(.right), [.right], "a character on", .textEditing),
        .init(.edit(.wordBack), [.ctrl("b")], "a word back", .textEditing),
        .init(.edit(.wordForward), [.ctrl("f")], "a word on", .textEditing),
        .init(.edit(.rowUp), [.up], "a row up", .textEditing),
        .init(.edit(.rowDown), [.down], "a row down", .textEditing),
        .init(.edit(.pageUp), [.pageUp], "a page up", .textEditing),
        .init(.edit(.pageDown), [.pageDown], "a page down", .textEditing),
        .init(.edit(.lineStart), [.home, .ctrl("a")], "to the row's start", .textEditing),
        .init(.edit(.lineEnd), [.end, .ctrl("e")], "to the row's end", .textEditing),
        .init(.edit(.deleteBackward), [.backspace, .ctrl("h")], "delete the character before", .textEditing),
        .init(.edit(.deleteForward), [.delete, .ctrl("d")], "delete the character after", .textEditing),
        .init(.edit(.cutToEnd), [.ctrl("k")], "cut to the line's end", .textEditing),
        .init(.edit(.cutToStart), [.ctrl("u")], "cut to the line's start", .textEditing),
        .init(.edit(.cutWord), [.ctrl("w")], "cut the word before", .textEditing),

        // In a choice
        .init(.edit(.nextChoice), [.char(" "), .right], "the next choice", .choiceField),
        .init(.edit(.previousChoice), [.left], "the previous choice", .choiceField),
    ]

    /// The tabs' keys: the pane's number (1–9) and F2 onwards, in the order of the tabs.
    static func tabBindings(_ panes: [Pane]) -> [KeyBinding] {
        panes.enumerated().map { i, pane in
            KeyBinding(.showPane(pane), (i < 9 ? [.char(Character(String(i + 1)))] : []) + [.function(i + 2)], pane.title, .global)
        }
    }
}
