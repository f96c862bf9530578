/// What a result at the desk means for the person in front of it, each with its own style (its own
/// colour; without colour, reverse for success and bold marks for the rest) so that no two results look
/// alike, and whether it refuses them (the terminal's bell rings for a refusal, unless turned off).
public enum Outcome: Hashable, Sendable, CaseIterable {
    /// Checked in: let them through.
    case checkedIn
    /// Already checked in, here or at another desk: not twice.
    case again
    /// Money to take first, or still owed.
    case owed
    /// Cancelled, on the waiting list, nobody found, or the store could not do it.
    case refused
    /// A check-in undone.
    case undone
    /// Look at their identity card (a reduced price that needs proof).
    case checkID

    public var style: Style {
        switch self {
        case .checkedIn: .outcomeIn
        case .again: .outcomeAgain
        case .owed: .outcomeOwed
        case .refused: .outcomeRefused
        case .undone: .outcomeUndone
        case .checkID: .outcomeCheckID
        }
    }

    /// The person is not let in: a second check-in is as much a "no" as a cancelled registration. Money
    /// to take is a question, not a refusal.
    public var isRefusal: Bool {
        switch self {
        case .again, .refused: true
        case .checkedIn, .owed, .undone, .checkID: false
        }
    }
}
