import FoyerCore

/// The agenda's own state: the selected item, the scroll, and what is open.
public struct AgendaState: Hashable, Sendable {
    public var selected = 0
    /// The first visible line of the timeline.
    public var scroll = 0
    /// Every item's topics shown, not only the selected one's.
    public var expandAll = false
    /// On narrow screens the detail replaces the timeline after Enter.
    public var detailOpen = false
    public var detailScroll = 0
    public var infoOpen = false
    public var infoScroll = 0
    public var findQuery: String?
    public init() {}
}
