import FoyerCore

/// The top line: the panes as tabs, the event and the clock on the right.
enum TabBar {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        grid.fill(x: 0, y: layout.tabRow, width: layout.width, height: 1, style: .tabInactive)
        for (tab, label) in zip(layout.tabSpans(), layout.tabLabels()) {
            grid.put(label.label, x: tab.x, y: layout.tabRow, style: tab.pane == state.pane ? .tabActive : .tabInactive)
        }
        let time = LocalDateTime(state.now, in: state.event.timeZone).timeText
        // A machine whose clock is behind another desk's says so beside the time it shows, in the warning
        // colours: with the minutes where they fit, else shorter, else the time alone.
        let behind = state.clockWatch?.behind(now: state.now)
        let clocks = behind.map { [Catalogue.Clock.headerBehind($0.seconds)[state.language] + " " + time,
                                   Catalogue.Clock.headerSlow[state.language] + " " + time, time] } ?? [time]
        let end = layout.tabSpans().last.map { $0.x + $0.width } ?? 0
        let room = layout.width - end - 2
        // A read-only folder (in the error colours) or a desk-only station is said where every pane shows it.
        let j = Glyphs.current.joiner
        let choices: [String]
        let readOnly = Catalogue.Shell.readOnly[state.language]
        let station = Catalogue.Shell.deskOnlyStation[state.language], deskOnly = Catalogue.Shell.deskOnly[state.language]
        if state.readOnly { choices = [readOnly + j + time, readOnly] }
        else if state.deskOnly { choices = clocks.flatMap { [station + j + $0, deskOnly + j + $0] } + (behind == nil ? [deskOnly, time] : clocks) }
        else if behind != nil { choices = clocks }
        else { choices = ["foyer" + j + time, time] }
        if let right = choices.first(where: { TextWidth.width($0) <= room }) {
            let style: Style = state.readOnly ? .error : (behind != nil ? .warning : (state.deskOnly ? .tabActive : .tabInactive))
            grid.put(right, x: layout.width - TextWidth.width(right) - 1, y: layout.tabRow, style: style)
        }
    }
}
