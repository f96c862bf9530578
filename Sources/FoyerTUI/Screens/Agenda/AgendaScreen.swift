import Foundation
import FoyerCore

/// The agenda: the programme as a timeline, an item's details, the event information, finding text,
/// and the programme's edits (as operations for the store). Its state is `AppState.agenda`.
public struct AgendaScreen: PaneScreen {
    public init() {}
    public var pane: Pane { .agenda }
    public var helpContext: KeyContext { .agenda }
    public var needsRegistrants: Bool { false }

    public func keyContext(_ s: AppState) -> KeyContext {
        s.agenda.detailOpen || s.agenda.infoOpen ? .agendaReading : .agenda
    }

    public func titleLines(_ s: AppState) -> Int { EventTitle.lines(s.event, width: s.width, s.language).count }

    public func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        EventHeader.draw(s, layout, into: &grid)
        AgendaView.draw(s, layout, into: &grid)
        return nil
    }

    /// A click on the timeline selects that item.
    public func click(x: Int, y: Int, _ s: inout AppState) -> [Effect] {
        let layout = s.layout
        guard !s.agenda.infoOpen, !s.agenda.detailOpen, y >= layout.bodyTop,
              y < layout.bodyTop + layout.bodyHeight, x < layout.timelineWidth else { return [] }
        let lines = AgendaLayout.lines(event: s.event, agenda: s.agenda)
        let index = s.agenda.scroll + (y - layout.bodyTop)
        if lines.indices.contains(index) { Self.selectIndex(lines[index].itemIndex, &s) }
        return []
    }

    public func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        guard let command = input.command else { return [] }
        let count = s.event.programme.items.count
        let layout = s.layout
        let page = max(1, layout.bodyHeight - 1)
        if s.agenda.infoOpen {
            if let scroll = ListScroll.scrolled(s.agenda.infoScroll, by: command, page: page, limit: { Selectors.infoMaxScroll(s) }) {
                s.agenda.infoScroll = scroll
                return []
            }
            if command == .back || command == .toggleInfo { s.agenda.infoOpen = false; return [] }
        }
        if s.agenda.detailOpen {
            if let scroll = ListScroll.scrolled(s.agenda.detailScroll, by: command, page: page, limit: { Selectors.detailMaxScroll(s) }) {
                s.agenda.detailScroll = scroll
                return []
            }
            if command == .back || command == .openDetail { s.agenda.detailOpen = false; return [] }
        }
        switch command {
        case .moveUp: Self.selectIndex(s.agenda.selected - 1, &s)
        case .moveDown: Self.selectIndex(s.agenda.selected + 1, &s)
        case .pageUp, .pageDown:
            let lines = AgendaLayout.lines(event: s.event, agenda: s.agenda)
            guard let here = lines.firstIndex(of: .item(s.agenda.selected)) else { return [] }
            let step = max(1, layout.bodyHeight - 1)
            let target = command == .pageDown ? min(lines.count - 1, here + step) : max(0, here - step)
            var index = lines[target].itemIndex
            if index == s.agenda.selected { index += command == .pageDown ? 1 : -1 }
            Self.selectIndex(index, &s)
        case .first: Self.selectIndex(0, &s)
        case .last: Self.selectIndex(count - 1, &s)
        case .openDetail:
            guard count > 0 else { return [] }
            s.agenda.detailOpen = true
            s.agenda.detailScroll = 0
        case .back:
            s.agenda.detailOpen = false
            s.agenda.infoOpen = false
        case .toggleTopics:
            s.agenda.expandAll.toggle()
            AgendaLayout.ensureVisible(&s)
            s.say(s.agenda.expandAll ? Catalogue.Agenda.showingAllTopics : Catalogue.Agenda.showingSelectedTopics, .info)
        case .jumpToNow:
            let n = AgendaLayout.nowAndNext(event: s.event, now: s.now)
            if let i = n.current ?? n.next { Self.selectIndex(i, &s) }
            else { s.say(Catalogue.Agenda.nothingOnNow(eventDate: s.event.dateText), .info) }
        case .showEventList(let kind):
            s.overlay = .eventList(EventListState(kind: kind))
        case .editEventDetails:
            s.overlay = .form(FormState(form: EventDetailsForm.make(for: s.event), purpose: .eventDetails, base: .event(s.event)))
        case .toggleInfo:
            s.agenda.infoOpen.toggle()
            s.agenda.infoScroll = 0
        case .find:
            s.overlay = .find(LineEditor(s.agenda.findQuery ?? "", limit: 200))
        case .findNext, .findPrevious:
            guard let query = s.agenda.findQuery else { s.say(Catalogue.Agenda.pressToFind(key: KeyWords.name(.find, in: .agenda)), .info); return [] }
            Self.find(query, from: s.agenda.selected, step: command == .findNext ? 1 : -1, includeCurrent: false, &s)
        case .addItem:
            let programme = s.event.programme
            let after = programme.items.isEmpty ? nil : (programme.end(of: min(s.agenda.selected, count - 1)) ?? programme.items[min(s.agenda.selected, count - 1)].start)
            s.overlay = .form(FormState(form: ProgrammeItemForm.make(for: nil, event: s.event, suggestedStart: after, language: s.language), purpose: .addItem))
        case .editItem:
            guard let item = Self.selectedItem(s) else { s.say(Catalogue.Agenda.emptyProgramme(addKey: KeyWords.name(.addItem, in: .agenda)), .info); return [] }
            s.overlay = .form(FormState(form: ProgrammeItemForm.make(for: item, event: s.event, suggestedStart: nil, language: s.language), purpose: .editItem(id: item.id), base: .item(item)))
        case .deleteItem:
            guard let item = Self.selectedItem(s) else { return [] }
            s.overlay = .confirm(Confirmation(question: Catalogue.Agenda.deleteItem(title: item.title, time: s.event.programme.timeRange(of: s.agenda.selected)),
                                              consequence: .deleteItem(id: item.id), returnTo: nil))
        case .moveItemUp, .moveItemDown:
            guard let item = Self.selectedItem(s) else { return [] }
            let delta = command == .moveItemUp ? -1 : 1
            guard let moved = s.event.movingItem(id: item.id, by: delta) else {
                s.say(delta < 0 ? Catalogue.Agenda.alreadyFirst(title: item.title) : Catalogue.Agenda.alreadyLast(title: item.title), .info)
                return []
            }
            let what = delta < 0 ? Catalogue.Agenda.movedEarlier(title: item.title) : Catalogue.Agenda.movedLater(title: item.title)
            return [.applyEvent(Update.itemEdits(from: s.event, to: moved), message: Catalogue.Agenda.saved(what), warning: nil,
                                kind: .edit(description: what, select: item.id))]
        case .undo:
            return Update.undoEventEdit(&s)
        case .importFile:
            ImportPathScreen.start(.programme, &s)
        default:
            break
        }
        return []
    }

    static func selectedItem(_ s: AppState) -> ProgrammeItem? {
        let items = s.event.programme.items
        return items.indices.contains(s.agenda.selected) ? items[s.agenda.selected] : nil
    }

    static func selectIndex(_ index: Int, _ s: inout AppState) {
        let count = s.event.programme.items.count
        s.agenda.selected = count == 0 ? 0 : max(0, min(count - 1, index))
        AgendaLayout.ensureVisible(&s)
    }

    static func select(id: String?, in s: inout AppState) {
        if let id, let i = s.event.programme.items.firstIndex(where: { $0.id == id }) { selectIndex(i, &s) }
        else { selectIndex(s.agenda.selected, &s) }
    }

    /// Selects the next item (cyclically) whose title, topics or description contain the query,
    /// accents and case ignored.
    static func find(_ query: String, from start: Int, step: Int, includeCurrent: Bool, _ s: inout AppState) {
        let items = s.event.programme.items
        guard !items.isEmpty else { return }
        let needle = TextFolding.fold(query)
        let count = items.count
        for offset in (includeCurrent ? 0 : 1)...count {
            let i = ((start + step * offset) % count + count) % count
            let item = items[i]
            let haystack = TextFolding.fold(([item.title] + item.topics + [item.description ?? ""]).joined(separator: "\n"))
            if haystack.contains(needle) {
                selectIndex(i, &s)
                s.say(Catalogue.Agenda.found(query: query, time: s.event.programme.timeRange(of: i), title: item.title,
                                             nextKey: KeyWords.name(.findNext, in: .agenda), previousKey: KeyWords.name(.findPrevious, in: .agenda)), .info)
                return
            }
        }
        s.say(Catalogue.Agenda.notFound(query: query), .warning)
    }
}
