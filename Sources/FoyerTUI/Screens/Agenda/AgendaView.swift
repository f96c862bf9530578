import FoyerCore

/// The programme as a timeline: times on the left, titles, breaks quieter and indented, the selected
/// item's topics under it, "now" and "next in 12 min" on the right. Beside it on wide screens (or in its
/// place after Enter) the detail of the selected item; `i` shows the event information instead.
enum AgendaView {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let top = layout.bodyTop, height = layout.bodyHeight
        if state.agenda.infoOpen {
            let lines = EventInfoText.lines(event: state.event, now: state.now, width: layout.width - 2, language: state.language)
            ScrolledText.draw(lines, scroll: state.agenda.infoScroll, x: 1, y: top, width: layout.width - 2, height: height, into: &grid)
            return
        }
        let items = state.event.programme.items
        if state.agenda.detailOpen, items.indices.contains(state.agenda.selected) {
            let lines = ItemDetailText.lines(event: state.event, index: state.agenda.selected, history: state.eventHistory, width: layout.width - 2, language: state.language)
            ScrolledText.draw(lines, scroll: state.agenda.detailScroll, x: 1, y: top, width: layout.width - 2, height: height, into: &grid)
            return
        }
        drawTimeline(state, layout, into: &grid)
        if layout.isWide {
            grid.vline(x: layout.timelineWidth, y: top, height: height)
            if items.indices.contains(state.agenda.selected) {
                let lines = ItemDetailText.lines(event: state.event, index: state.agenda.selected, history: state.eventHistory, width: layout.detailWidth - 2, language: state.language)
                ScrolledText.draw(lines, scroll: 0, x: layout.detailX + 1, y: top, width: layout.detailWidth - 2, height: height, into: &grid)
            }
        }
    }

    static func drawTimeline(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let event = state.event
        let programme = event.programme
        let width = layout.timelineWidth
        guard !programme.isEmpty else {
            grid.put(Catalogue.Agenda.noProgramme[state.language], x: 2, y: layout.bodyTop + 1, style: .heading)
            grid.put(Catalogue.Agenda.pressToAddFirst(key: KeyWords.name(.addItem, in: .agenda))[state.language], x: 2, y: layout.bodyTop + 2,
                     style: .quiet, maxWidth: width - 3)
            return
        }
        let lines = AgendaLayout.lines(event: event, agenda: state.agenda)
        let marks = AgendaLayout.nowAndNext(event: event, now: state.now)
        let timeWidth = AgendaLayout.timeColumnWidth
        for row in 0..<layout.bodyHeight {
            let index = state.agenda.scroll + row
            guard lines.indices.contains(index) else { break }
            let y = layout.bodyTop + row
            switch lines[index] {
            case .item(let i):
                let item = programme.items[i]
                let quiet = item.kind.isPause
                var marker = ""
                if i == marks.current { marker = String(Glyphs.current.pointer) + " " + Catalogue.Agenda.now[state.language] }
                else if i == marks.next, let minutes = marks.minutesToNext { marker = Catalogue.Agenda.nextIn(AgendaLayout.durationText(minutes: minutes))[state.language] }
                let markerWidth = marker.isEmpty ? 0 : TextWidth.width(marker) + 1
                grid.put(" " + Glyphs.current.dashed(programme.timeRange(of: i)), x: 0, y: y, style: quiet ? .quiet : .normal)
                let indent = quiet ? 2 : 0
                let titleRoom = width - timeWidth - indent - markerWidth - 1
                grid.put(TextLayout.truncate(item.title, to: titleRoom), x: timeWidth + indent, y: y, style: quiet ? .quiet : .heading)
                if !marker.isEmpty { grid.put(marker, x: width - markerWidth, y: y, style: .now) }
                if i == state.agenda.selected { grid.restyle(x: 0, y: y, width: width, style: .selected) }
            case .topic(_, let text):
                let bullet = String(Glyphs.current.bullet) + " "
                grid.put(bullet + TextLayout.truncate(text, to: width - timeWidth - 3), x: timeWidth + 1, y: y, style: .normal)
            }
        }
        // Say when there is more above or below.
        if state.agenda.scroll > 0 { grid.put(String(Glyphs.current.up), x: width - 1, y: layout.bodyTop, style: .quiet) }
        if state.agenda.scroll + layout.bodyHeight < lines.count { grid.put(String(Glyphs.current.down), x: width - 1, y: layout.bodyTop + layout.bodyHeight - 1, style: .quiet) }
    }
}
