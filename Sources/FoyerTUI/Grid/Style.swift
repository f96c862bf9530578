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
}
