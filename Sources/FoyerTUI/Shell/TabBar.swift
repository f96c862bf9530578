import FoyerCore

/// The top line: the panes as tabs, the event and the clock on the right.
enum TabBar {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        grid.fill(x: 0, y: layout.tabRow, width: layout.width, height: 1, style: .tabInactive)
        for (tab, label) in zip(layout.tabSpans(), layout.tabLabels()) {
            grid.put(label.label, x: tab.x, y: layout.tabRow, style: tab.pane == state.pane ? .tabActive : .tabInactive)
        }
        let clock = LocalDateTime(state.now, in: state.event.timeZone).timeText
        let end = layout.tabSpans().last.map { $0.x + $0.width } ?? 0
        let room = layout.width - end - 2
        // A read-only folder (in the error colours) or a desk-only station is said where every pane shows it.
        let j = Glyphs.current.joiner
        let choices: [String]
        let readOnly = Catalogue.Shell.readOnly[state.language]
        let station = Catalogue.Shell.deskOnlyStation[state.language], deskOnly = Catalogue.Shell.deskOnly[state.language]
        if state.readOnly { choices = [readOnly + j + clock, readOnly] }
        else if state.deskOnly { choices = [station + j + clock, deskOnly + j + clock, deskOnly, clock] }
        else { choices = ["foyer" + j + clock, clock] }
        if let right = choices.first(where: { TextWidth.width($0) <= room }) {
            let style: Style = state.readOnly ? .error : (state.deskOnly ? .tabActive : .tabInactive)
            grid.put(right, x: layout.width - TextWidth.width(right) - 1, y: layout.tabRow, style: style)
        }
    }
}
