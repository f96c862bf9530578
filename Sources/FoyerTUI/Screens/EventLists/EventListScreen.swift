import FoyerCore

/// The event's contacts, speakers or objectives, over the agenda: add, edit, delete, move.
struct EventListScreen: Screen {
    var state: EventListState
    func keyContext(_ s: AppState) -> KeyContext { .eventList }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        EventListView.draw(state, event: s.event, layout, s.language, into: &grid)
        return nil
    }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let command = input.command
        var l = state
        let count = l.kind.count(s.event)
        switch command {
        case .moveUp?: l.selected = max(0, l.selected - 1)
        case .moveDown?: l.selected = min(max(0, count - 1), l.selected + 1)
        case .addItem?:
            s.overlay = .form(FormState(form: l.kind.form(s.event, index: nil), purpose: .listEntry(l.kind, index: nil), base: .event(s.event)))
            return []
        case .editItem?:
            guard count > 0 else { return [] }
            s.overlay = .form(FormState(form: l.kind.form(s.event, index: l.selected), purpose: .listEntry(l.kind, index: l.selected), base: .event(s.event)))
            return []
        case .deleteItem?:
            guard count > 0 else { return [] }
            s.overlay = .confirm(Confirmation(question: Catalogue.EventLists.delete(l.kind.singular, number: l.selected + 1,
                                                                                   line: l.kind.lines(s.event, language: s.language)[l.selected]),
                                              consequence: .deleteListEntry(l.kind, index: l.selected), returnTo: nil))
            return []
        case .moveItemUp?, .moveItemDown?:
            let delta = command == .moveItemUp ? -1 : 1
            let moved = l.kind.moving(s.event, from: l.selected, by: delta)
            guard let op = l.kind.operation(from: s.event, to: moved) else { return [] }
            l.selected += delta
            s.overlay = .eventList(l)
            let number = l.selected - delta + 1
            let what = delta < 0 ? Catalogue.EventLists.movedUp(l.kind.singular, number: number) : Catalogue.EventLists.movedDown(l.kind.singular, number: number)
            return [.applyEvent([op], message: Catalogue.Agenda.saved(what), warning: nil,
                                kind: .edit(description: Catalogue.EventLists.moveIn(l.kind.title.map { $0.lowercased() }), select: nil))]
        case .back?: s.overlay = nil; return []
        default: break
        }
        s.overlay = .eventList(l)
        return []
    }

    static func saveEntry(_ fs: FormState, kind: EventListKind, index: Int?, _ s: inout AppState) -> [Effect] {
        guard case .event(let base)? = fs.base else { return [] }
        let (event, problems) = kind.saved(fs.form, into: base, index: index)
        guard Update.acceptForm(fs, errors: problems, &s), let event else { return [] }
        guard let op = kind.operation(from: base, to: event) else {
            s.overlay = .eventList(EventListState(kind: kind, selected: index ?? 0)); s.say(Catalogue.Agenda.nothingChanged, .info); return []
        }
        s.overlay = .form(fs)
        let what = index.map { Catalogue.EventLists.edited(kind.singular, number: $0 + 1) } ?? Catalogue.EventLists.added(kind.singular)
        return [.applyEvent([op], message: Catalogue.Agenda.saved(what), warning: nil, kind: .edit(description: what, select: nil))]
    }
}
