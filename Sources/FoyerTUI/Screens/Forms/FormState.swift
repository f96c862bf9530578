import FoyerCore

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
