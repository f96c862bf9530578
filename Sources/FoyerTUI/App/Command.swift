import FoyerCore

/// What a key asks for, whatever the key was. The key table maps keys to commands; `update` acts on them.
public enum Command: Hashable, Sendable {
    case help, closeHelp, nextPane, previousPane, showPane(Pane), switchEvent, quit, forceQuit, redraw
    case moveUp, moveDown, pageUp, pageDown, first, last
    case openDetail, back, toggleTopics, jumpToNow, toggleInfo
    case find, findNext, findPrevious
    case addItem, editItem, deleteItem, moveItemUp, moveItemDown, undo
    case nextField, previousField, save, submitField, cancel, cycleChoice, confirm
    case newRegistrant, editRegistrant, cancelRegistration, restoreRegistration, deleteRegistration
    case addCategory, editCategory, retireCategory, keepPrice
    case importFile, apply
    case checkInSelected, walkIn, undoCheckIn, chooseMethod(PaymentMethod), payLater
    case recordPayment, issueReceipt, promoteSelected, promoteFirst, cycleSort, cycleFilter, cycleFilterBack, openExisting, saveAnyway
    case keepTheirs, keepMine, addAgain, editEventDetails, showEventList(EventListKind)
}

/// The panes, as tabs on the top line.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case agenda, registrants, fees, checkIn

    public var title: String {
        switch self {
        case .agenda: return "Agenda"
        case .registrants: return "Registrants"
        case .fees: return "Fees"
        case .checkIn: return "Check-in"
        }
    }
    public var keyContext: KeyContext {
        switch self {
        case .agenda: return .agenda
        case .registrants: return .registrants
        case .fees: return .fees
        case .checkIn: return .checkIn
        }
    }
}

extension Command {
    /// What a pane still does while the registrations load: move between panes, help, quit.
    var worksWhileLoading: Bool {
        switch self {
        case .help, .closeHelp, .nextPane, .previousPane, .showPane, .switchEvent, .quit, .forceQuit, .redraw: return true
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
