/// What a cell means, not how it looks: the backend maps each style to colours, or to bold/reverse/dim
/// in monochrome. Views never choose colours.
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    /// Event title, pane headings.
    case title
    case heading
    /// The active tab.
    case tabActive
    case tabInactive
    /// The selected row.
    case selected
    /// Breaks, meals, secondary text.
    case quiet
    /// The "now" marker and what is running.
    case now
    /// Key names in hints and help.
    case key
    case statusBar
    case error
    case success
    case warning
    /// The frame of dialogs and separators.
    case border
    /// A text field being edited.
    case field
    case fieldFocused
    /// What the check-in desk's result band says happened (`Outcome`): each its own colour, so no two
    /// results look alike at a glance; without colour, reverse for success and bold marks for the rest.
    /// Checked in: let them through.
    case outcomeIn
    /// Already checked in (here or at another desk): do not admit twice.
    case outcomeAgain
    /// Money to take before the check-in, or still owed.
    case outcomeOwed
    /// Refused: cancelled, on the waiting list, nobody found, or the store could not do it.
    case outcomeRefused
    /// A check-in undone.
    case outcomeUndone
    /// Checked in, but look at their identity card first (a reduced price).
    case outcomeCheckID
}
