import Foundation
import FoyerCore

/// Where things go on the screen. Shared by the views (to draw) and by `update` (to keep the selection
/// visible and to map a click to a row), so both agree.
public struct ScreenLayout: Sendable {
    public let width: Int
    public let height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }

    public var tabRow: Int { 0 }
    public var headerRows: ClosedRange<Int> { 1...2 }
    public var ruleRow: Int { 3 }
    public var bodyTop: Int { 4 }
    public var bodyHeight: Int { max(0, height - 5) }
    public var statusRow: Int { height - 1 }

    /// Side by side from 100 columns: the timeline on the left, the detail on the right.
    public var isWide: Bool { width >= 100 }
    public var timelineWidth: Int { isWide ? max(50, width * 55 / 100) : width }
    public var detailX: Int { timelineWidth + 1 }
    public var detailWidth: Int { max(0, width - detailX) }

    /// The tabs' columns on the top line, for drawing and for clicks.
    public func tabSpans() -> [(pane: Pane, x: Int, width: Int)] {
        var x = 1
        return Pane.allCases.map { pane in
            let label = " \(pane.rawValue + 1) \(pane.title) "
            let span = (pane, x, TextWidth.width(label))
            x += span.2 + 1
            return span
        }
    }
}

/// One line of the timeline: an item's own line, or one of its topics under it.
public enum TimelineLine: Hashable, Sendable {
    case item(Int)
    case topic(item: Int, text: String)

    public var itemIndex: Int {
        switch self {
        case .item(let i), .topic(let i, _): return i
        }
    }
}

public enum AgendaLayout {
    /// The time column: "08:30–09:00" plus two spaces.
    public static let timeColumnWidth = 14

    public static func lines(event: Event, agenda: AgendaState) -> [TimelineLine] {
        var out: [TimelineLine] = []
        for (i, item) in event.programme.items.enumerated() {
            out.append(.item(i))
            if agenda.expandAll || i == agenda.selected {
                out += item.topics.map { .topic(item: i, text: $0) }
            }
        }
        return out
    }

    /// Scrolls so the selected item and its topics are on screen.
    public static func ensureVisible(_ state: inout AppState) {
        let layout = ScreenLayout(width: state.width, height: state.height)
        let lines = lines(event: state.event, agenda: state.agenda)
        let height = max(1, layout.bodyHeight)
        guard let first = lines.firstIndex(of: .item(state.agenda.selected)) else { state.agenda.scroll = 0; return }
        let last = lines.lastIndex { $0.itemIndex == state.agenda.selected } ?? first
        var scroll = state.agenda.scroll
        if last >= scroll + height { scroll = last - height + 1 }
        if first < scroll { scroll = first }
        scroll = max(0, min(scroll, max(0, lines.count - height)))
        if first < scroll { scroll = first }
        state.agenda.scroll = scroll
    }

    /// What is on at `now`, and what comes next (with minutes until it starts), on the event's days only.
    public static func nowAndNext(event: Event, now: Date) -> (current: Int?, next: Int?, minutesToNext: Int?) {
        let local = LocalDateTime(now, in: event.timeZone)
        let lastDay = event.endDate ?? event.date
        guard local.date >= event.date, local.date <= lastDay else { return (nil, nil, nil) }
        let programme = event.programme
        let position = programme.position(at: local)
        guard let next = position.next else { return (position.current, nil, nil) }
        let minutes = programme.items[next].start.minutesSinceEpoch - local.minutesSinceEpoch
        // "Next" is only worth saying on the same day.
        guard programme.items[next].start.date == local.date else { return (position.current, nil, nil) }
        return (position.current, next, minutes)
    }

    /// Start on what is on now (or next) during the event, else on the first item.
    public static func initialSelection(event: Event, now: Date) -> Int {
        let n = nowAndNext(event: event, now: now)
        return n.current ?? n.next ?? 0
    }

    /// "12 min", "1 h 20 min".
    public static func durationText(minutes: Int) -> String {
        minutes < 60 ? "\(minutes) min" : (minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min")
    }
}
