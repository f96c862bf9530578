import FoyerCore

/// One of the event's lists in a box: numbered entries, the chosen one highlighted.
enum EventListView {
    static func draw(_ l: EventListState, event: Event, _ layout: ScreenLayout, _ language: Language, into grid: inout ScreenGrid) {
        let lines = l.kind.lines(event, language: language)
        let width = min(layout.width - 4, 76)
        let height = min(layout.height - 2, max(1, lines.count) + 4)
        let (x, y) = DialogView.box(width: width, height: height, layout, into: &grid)
        grid.put(Catalogue.EventLists.listTitle(l.kind.title, event: event.id)[language], x: x + 2, y: y, style: .title, maxWidth: width - 4)
        guard !lines.isEmpty else {
            grid.put(Catalogue.EventLists.noneYet[language], x: x + 3, y: y + 2, style: .quiet)
            return
        }
        let visible = height - 4
        let first = ListScroll.window(endingAt: l.selected, height: visible, count: lines.count)
        for row in 0..<visible where first + row < lines.count {
            let i = first + row
            grid.put(TextLayout.fit("\(i + 1). " + lines[i], to: width - 6), x: x + 3, y: y + 2 + row, style: i == l.selected ? .selected : .normal)
        }
    }
}
