import FoyerCore

/// A yes/no question and what yes does.
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
    public var question: Phrase
    public var consequence: Consequence
    /// The form to return to when the answer is no.
    public var returnTo: FormState?
}
