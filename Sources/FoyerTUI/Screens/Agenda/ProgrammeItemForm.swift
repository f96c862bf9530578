import FoyerCore

/// The programme item editor: the form's fields from an item, and an item (or errors) from the form.
public enum ProgrammeItemForm {
    static let kinds = ProgrammeItemKind.allCases

    public static func make(for item: ProgrammeItem?, event: Event, suggestedStart: LocalDateTime?, language: Language) -> Form {
        typealias C = Catalogue.AgendaItemForm
        let start = item?.start ?? suggestedStart
        let kindIndex = item.flatMap { kinds.firstIndex(of: $0.kind) } ?? 0
        let title = item == nil ? C.newTitle : C.editTitle
        let room = event.venue.room.map { Phrase(verbatim: $0) } ?? C.theEventsRoom
        let fields: [Form.Field] = [
            .init(id: "start", label: C.starts, value: .text(LineEditor(start?.timeText ?? "", limit: 5)), note: C.timeNote),
            .init(id: "end", label: C.ends, value: .text(LineEditor(item?.end?.timeText ?? "", limit: 5)), note: C.endNote),
            .init(id: "kind", label: C.kind, value: .choice(options: kinds.map(\.name), index: kindIndex), note: C.toChange(key: KeyWords.choice)),
            .init(id: "title", label: C.title, value: .text(LineEditor(item?.title ?? ""))),
            .init(id: "topics", label: C.topics, value: .text(LineEditor(item?.topics.joined(separator: "; ") ?? "", limit: 4000)), note: C.topicsNote),
            .init(id: "description", label: C.description, value: .text(LineEditor(item?.description ?? "", limit: 4000))),
            .init(id: "room", label: C.room, value: .text(LineEditor(item?.room ?? "")), note: C.onlyIfNot(room: room)),
        ]
        return Form(title: title, fields: fields + (event.speakers.isEmpty ? [] : [speakerField(item: item, event: event, language: language)]))
    }

    /// Who speaks: nobody by default (a copied event's speaker is not added to a new item unasked), one
    /// of the event's speakers, all of them, or an item's own other choice kept as it is. The labels are
    /// in the language the form opens in (a choice's options are words, not phrases).
    static func speakerChoices(item: ProgrammeItem?, event: Event, language: Language = .en) -> [(label: Phrase, ids: [String])] {
        typealias C = Catalogue.AgendaItemForm
        var choices: [(label: Phrase, ids: [String])] = [(C.nobody, [])]
        choices += event.speakers.map { (Phrase(verbatim: $0.displayName), [$0.id]) }
        if event.speakers.count > 1 { choices.append((C.all(names: event.speakers.map(\.name).joined(separator: ", ")), event.speakers.map(\.id))) }
        if let ids = item?.speakerIDs, !choices.contains(where: { $0.ids == ids }) {
            choices.append((C.asItIs(names: ids.map { event.speaker(id: $0)?.name ?? $0 }.joined(separator: ", ")), ids))
        }
        return choices
    }

    static func speakerField(item: ProgrammeItem?, event: Event, language: Language) -> Form.Field {
        let choices = speakerChoices(item: item, event: event, language: language)
        let index = item.flatMap { i in choices.firstIndex { $0.ids == i.speakerIDs } } ?? 0
        return .init(id: "speakers", label: Catalogue.AgendaItemForm.speakers, value: .choice(options: choices.map(\.label), index: index),
                     note: Catalogue.AgendaItemForm.toChoose(key: KeyWords.choice))
    }

    static func chosenSpeakers(_ form: Form, item: ProgrammeItem?, event: Event) -> [String] {
        guard let i = form.index(of: "speakers"), case .choice(_, let index) = form.fields[i].value else { return item?.speakerIDs ?? [] }
        let choices = speakerChoices(item: item, event: event)
        return choices.indices.contains(index) ? choices[index].ids : []
    }

    /// Checks one field, as the person leaves it or saves. Nil when it is fine.
    public static func problem(in field: String, of form: Form) -> Phrase? {
        typealias C = Catalogue.AgendaItemForm
        switch field {
        case "start":
            return LocalDateTime.parseTime(form.value("start")) == nil ? C.startFormat : nil
        case "end":
            let text = form.value("end")
            guard !text.isEmpty else { return nil }
            guard let end = LocalDateTime.parseTime(text) else { return C.endFormat }
            if let start = LocalDateTime.parseTime(form.value("start")), end.hour * 60 + end.minute <= start.hour * 60 + start.minute {
                return C.endAfterStart
            }
            return nil
        case "title":
            return form.value("title").trimmingCharacters(in: .whitespaces).isEmpty ? C.titleRequired : nil
        default:
            return nil
        }
    }


    /// The item the form describes (the one it was opened on, `base`, changed; or a new one), or the form
    /// with its errors marked.
    public static func item(from form: Form, base existing: ProgrammeItem?, event: Event) -> FormResult<ProgrammeItem> {
        var checked = form
        checked.clearErrors()
        for f in form.fields { checked.setError(f.id, problem(in: f.id, of: form)) }
        guard !checked.hasErrors, let start = LocalDateTime.parseTime(form.value("start")) else { return .invalid(checked) }
        let day = event.date
        let end = LocalDateTime.parseTime(form.value("end")).map { LocalDateTime(date: day, hour: $0.hour, minute: $0.minute) }
        let kindIndex: Int = { if case .choice(_, let i) = form.fields[form.index(of: "kind")!].value { return i }; return 0 }()
        let title = form.value("title").trimmingCharacters(in: .whitespaces)
        let topics = form.value("topics").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let description = form.value("description").trimmingCharacters(in: .whitespaces)
        let room = form.value("room").trimmingCharacters(in: .whitespaces)
        let kind = kinds[kindIndex]
        let item = ProgrammeItem(
            id: existing?.id ?? event.newItemID(title: title),
            start: LocalDateTime(date: existing?.start.date ?? day, hour: start.hour, minute: start.minute),
            end: end.map { LocalDateTime(date: existing?.start.date ?? day, hour: $0.hour, minute: $0.minute) },
            kind: kind, title: title, topics: topics,
            speakerIDs: chosenSpeakers(form, item: existing, event: event),
            description: description.isEmpty ? nil : description,
            room: room.isEmpty ? nil : room)
        return .valid(item)
    }
}

/// What a form gives on save: the value it describes, or itself with the faulty fields marked.
public enum FormResult<Value> {
    case valid(Value)
    case invalid(Form)
}
