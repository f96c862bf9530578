/// The one list component's arithmetic (selection and scrolling), used by every list and scrolling text:
/// a movement command's new position, kept between the top and the last line, and the scroll that
/// keeps a selected row in view. `ScrolledText` and the list views draw with it; the scroll mark is
/// `ScrolledText`'s.
public enum ListScroll {
    /// A scrolling view's new position for a movement command (nil for any other command), kept
    /// between the top and `limit`, which is computed only when scrolling down.
    public static func scrolled(_ value: Int, by command: Command, page: Int, limit: () -> Int) -> Int? {
        switch command {
        case .moveUp: return max(0, value - 1)
        case .moveDown: return min(value + 1, limit())
        case .pageUp: return max(0, value - page)
        case .pageDown: return min(value + page, limit())
        case .first: return 0
        case .last: return limit()
        default: return nil
        }
    }

    /// The first visible row that keeps `index` in a window of `height` rows, moving as little as
    /// possible from `scroll` and never past the end of `count` rows.
    public static func keepingVisible(_ index: Int, scroll: Int, height: Int, count: Int) -> Int {
        var scroll = scroll
        if index < scroll { scroll = index }
        if index >= scroll + height { scroll = index - height + 1 }
        return max(0, min(scroll, max(0, count - height)))
    }

    /// The farthest a text of `count` lines scrolls in `visible` rows: its last line at the bottom.
    public static func limit(count: Int, visible: Int) -> Int { max(0, count - visible) }

    /// The first visible row of a window of `height` rows that shows `selected` as low as it can: for
    /// lists redrawn from the selection alone (the switcher, the event's lists, the check-in matches).
    public static func window(endingAt selected: Int, height: Int, count: Int) -> Int {
        max(0, min(selected - height + 1, count - height))
    }
}
