import Foundation
import FoyerCore

/// Where things go on the screen. Shared by the views (to draw) and by `update` (to keep the selection
/// visible and to map a click to a row), so both agree.
public struct ScreenLayout: Sendable {
    public let width: Int
    public let height: Int
    /// Lines the agenda's event title takes: 2 when a long title is shown whole (its key words are
    /// not cut), else 1. The other panes have no such header.
    public let titleLines: Int
    /// The tabs, in order.
    public let panes: [Pane]
    /// The key each tab is shown with ("1", or "F2" where letters and digits are a search).
    public let tabKeys: [String]
    /// The tab in front, given where the other tabs may shrink to their keys (at the desk).
    public let activePane: Pane?
    /// The interface's language, for the tabs' names.
    public let language: Language
    public init(width: Int, height: Int, titleLines: Int = 1, panes: [Pane] = Pane.allCases, tabKeys: [String]? = nil, activePane: Pane? = nil,
                language: Language = .en) {
        self.width = width; self.height = height; self.titleLines = titleLines; self.panes = panes
        self.tabKeys = tabKeys ?? panes.indices.map { String($0 + 1) }
        self.activePane = activePane
        self.language = language
    }

    public var tabRow: Int { 0 }
    public var headerRows: ClosedRange<Int> { 1...(1 + titleLines) }
    public var ruleRow: Int { 2 + titleLines }
    public var bodyTop: Int { 3 + titleLines }
    public var bodyHeight: Int { max(0, height - 4 - titleLines) }
    public var statusRow: Int { height - 1 }

    /// Side by side from 100 columns: the timeline on the left, the detail on the right.
    public var isWide: Bool { width >= 100 }
    public var timelineWidth: Int { isWide ? max(50, width * 55 / 100) : width }
    public var detailX: Int { timelineWidth + 1 }
    public var detailWidth: Int { max(0, width - detailX) }

    /// The tabs' columns on the top line, for drawing and for clicks.
    public func tabSpans() -> [(pane: Pane, x: Int, width: Int)] {
        var x = 1
        return tabLabels().map { pane, label in
            let span = (pane, x, TextWidth.width(label))
            x += span.2 + 1
            return span
        }
    }

    /// " 1 Agenda ": each tab's key and name. At the desk (F-keys, longer than digits), when the names
    /// would leave no room on the right for the clock and the station's kind, the other tabs show their
    /// key only.
    public func tabLabels() -> [(pane: Pane, label: String)] {
        let full = panes.enumerated().map { i, pane in (pane, " \(tabKeys[safe: i] ?? "") \(pane.title[language]) ") }
        let used = full.reduce(0) { $0 + TextWidth.width($1.1) + 1 }
        guard used > width - Self.tabBarRightRoom, let active = activePane else { return full }
        return panes.enumerated().map { i, pane in (pane, pane == active ? full[i].1 : " \(tabKeys[safe: i] ?? "") ") }
    }
    /// What the tab bar keeps free on its right: "desk only · 08:40".
    static let tabBarRightRoom = 19
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
        let layout = state.layout
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
    public static func durationText(minutes: Int) -> Phrase {
        minutes < 60 ? Catalogue.Agenda.minutes(minutes)
            : (minutes % 60 == 0 ? Catalogue.Agenda.hours(minutes / 60) : Catalogue.Agenda.hoursAndMinutes(minutes / 60, minutes % 60))
    }
}

extension AppState {
    /// Where things go now: on the agenda a long title takes a second line.
    public var layout: ScreenLayout {
        let screen = screens.screen(for: pane)
        // Where letters are the search, a tab is named by the key that still reaches it (F3, not 2).
        let tabKeys = screen.helpContext.lettersAreText ? screens.tabFunctionKeys : screens.tabKeys
        return ScreenLayout(width: width, height: height, titleLines: screen.titleLines(self), panes: screens.tabs, tabKeys: tabKeys,
                            activePane: screen.helpContext.lettersAreText ? pane : nil, language: language)
    }
}

/// The agenda header's title: beside the date when both fit on one line, else on lines of its own (at
/// most two, cut only after that), so "What Clinicians Need to Know About Therapeutic Alliance Ruptures"
/// is read whole at 80 columns.
public enum EventTitle {
    /// The date and times shown with the title: "Thursday 19 March 2009 · 08:30–16:45".
    public static func when(_ event: Event, _ language: Language) -> String {
        let g = Glyphs.current
        var when = g.dashed(event.dateText[language])
        if let first = event.programme.first, let last = event.programme.last { when += g.joiner + first.timeText + String(g.dash) + last.timeText }
        return when
    }

    /// Whether the date fits beside a one-line title.
    public static func whenBeside(_ event: Event, width: Int, _ language: Language) -> Bool {
        let whenWidth = TextWidth.width(when(event, language))
        return whenWidth + 2 <= width / 2 && TextWidth.width(event.title) <= width - 4 - whenWidth
    }

    public static func lines(_ event: Event, width: Int, _ language: Language) -> [String] {
        if whenBeside(event, width: width, language) || TextWidth.width(event.title) <= width - 2 { return [event.title] }
        let wrapped = TextLayout.wrap(event.title, to: max(1, width - 2))
        guard wrapped.count > 2 else { return wrapped }
        return [wrapped[0], TextLayout.truncate(wrapped[1...].joined(separator: " "), to: max(1, width - 2))]
    }
}
