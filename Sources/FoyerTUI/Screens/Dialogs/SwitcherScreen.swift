import FoyerCore

/// `o`: the events of the data directory, a new event and a copy of this one.
struct SwitcherScreen: Screen {
    var selected: Int
    func keyContext(_ s: AppState) -> KeyContext { .switcher }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        switch input.command {
        case .moveUp?: s.overlay = .switcher(selected: max(0, selected - 1))
        case .moveDown?: s.overlay = .switcher(selected: min(s.events.count + SwitcherRow.extra.count - 1, selected + 1))
        case .submitField?:
            s.overlay = nil
            switch SwitcherRow.at(selected, events: s.events) {
            case .event(let id)?:
                return id == s.event.id ? [] : [.openEvent(id: id)]
            case .newEvent?:
                s.overlay = .form(FormState(form: NewEventForm.make(copying: nil, zone: s.event.timeZoneID), purpose: .newEvent(copying: nil)))
            case .copyEvent?:
                s.overlay = .form(FormState(form: NewEventForm.make(copying: s.event, zone: s.event.timeZoneID), purpose: .newEvent(copying: s.event.id), base: .event(s.event)))
            case nil: break
            }
        case .cancel?: s.overlay = nil
        default: break
        }
        return []
    }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let events = s.events, current = s.event.id
        let rows = events.count + SwitcherRow.extra.count
        let width = min(layout.width - 4, 78)
        let height = min(layout.height - 2, rows + 4)
        let (x, y) = DialogView.box(width: width, height: height, layout, into: &grid)
        grid.put(Catalogue.Dialogs.openAnEvent[s.language], x: x + 2, y: y, style: .title)
        let g = Glyphs.current
        let keys = s.screens.keys
        let choose = Catalogue.Dialogs.chooseWith(keys.keyName(.moveUp, in: .switcher) + "/" + keys.keyName(.moveDown, in: .switcher))[s.language]
        grid.put(" " + choose + g.joiner + DialogView.hintLine(keys, .switcher, s.language) + " ", x: x + 2, y: y + height - 1, style: .quiet, maxWidth: width - 4)
        let visible = height - 2
        let start = ListScroll.window(endingAt: selected, height: visible, count: rows)
        for row in 0..<visible {
            let i = start + row
            guard let kind = SwitcherRow.at(i, events: events) else { break }
            let text: String
            if case .event = kind {
                let e = events[i]
                text = (e.id == current ? String(g.mark) + " " : "  ") + e.date.description + "  " + e.title
            } else {
                text = "  " + kind.label[s.language]
            }
            grid.put(TextLayout.fit(text, to: width - 2), x: x + 1, y: y + 1 + row, style: i == selected ? .selected : (kind == .newEvent || kind == .copyEvent ? .heading : .normal))
        }
        return nil
    }
}
