import FoyerCore

/// What a key asks for, whatever the key was. The key table maps keys to commands; `update` acts on them.
public enum Command: Hashable, Sendable {
    case help, closeHelp, nextPane, previousPane, showPane(Pane), switchEvent, quit, forceQuit, redraw, switchLanguage
    case moveUp, moveDown, pageUp, pageDown, first, last
    case openDetail, back, toggleTopics, jumpToNow, toggleInfo
    case find, findNext, findPrevious
    case addItem, editItem, deleteItem, moveItemUp, moveItemDown, undo
    case nextField, previousField, save, submitField, cancel, cycleChoice, confirm
    case newRegistrant, editRegistrant, cancelRegistration, restoreRegistration, deleteRegistration
    case addCategory, editCategory, retireCategory, keepPrice
    case importFile, apply
    case checkInSelected, walkIn, undoCheckIn, chooseMethod(PaymentMethod), payLater, refuse, thisIsThem, differentPerson
    case recordPayment, issueReceipt, promoteSelected, promoteFirst, cycleSort, cycleFilter, cycleFilterBack, openExisting, saveAnyway
    case keepTheirs, keepMine, addAgain, editEventDetails, showEventList(EventListKind)
    /// A key that edits the text field that has it.
    case edit(EditCommand)
}

/// A pane, as a tab on the top line. The panes themselves are the registered screens (`Screens`);
/// this is the name the state keeps and the tab shows.
public struct Pane: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public let title: Phrase
    public init(_ id: String, title: Phrase) { self.id = id; self.title = title }
    public static func == (a: Pane, b: Pane) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }
    public var description: String { id }

    public static let agenda = Pane("agenda", title: Catalogue.Keys.Panes.agenda)
    public static let registrants = Pane("registrants", title: Catalogue.Keys.Panes.registrants)
    public static let fees = Pane("fees", title: Catalogue.Keys.Panes.fees)
    public static let checkIn = Pane("checkIn", title: Catalogue.Keys.Panes.checkIn)
    /// The app's own panes, in the order of their tabs.
    public static var allCases: [Pane] { Screens.standard.panes.map(\.pane) }
}

extension Command {
    /// What a pane still does while the registrations load: move between panes, help, quit.
    var worksWhileLoading: Bool {
        switch self {
        case .help, .closeHelp, .nextPane, .previousPane, .showPane, .switchEvent, .quit, .forceQuit, .redraw, .switchLanguage: return true
        default: return false
        }
    }
}

extension Command {
    /// What a desk-only station (`foyer --desk-only`) may not do: everything but checking in, walk-ins,
    /// new registrations and money. No deleting, cancelling, restoring, promoting or editing
    /// registrations, no fee, category or programme edits (nor their undo), no imports, no other event.
    public var refusedAtDesk: Bool {
        switch self {
        case .switchEvent,
             .addItem, .editItem, .deleteItem, .moveItemUp, .moveItemDown, .undo, .editEventDetails, .showEventList,
             .editRegistrant, .cancelRegistration, .restoreRegistration, .deleteRegistration, .promoteSelected, .promoteFirst,
             .addCategory, .editCategory, .retireCategory,
             .importFile, .apply:
            return true
        default:
            return false
        }
    }
}
