import Foundation
import FoyerCore

/// The rows of the event switcher: the events, then "new event" and "copy this event".
enum SwitcherRow: Equatable {
    case event(String)
    case newEvent, copyEvent
    static let extra: [SwitcherRow] = [.newEvent, .copyEvent]
    static func at(_ index: Int, events: [EventSummary]) -> SwitcherRow? {
        if events.indices.contains(index) { return .event(events[index].id) }
        let i = index - events.count
        return extra.indices.contains(i) ? extra[i] : nil
    }
    var label: Phrase {
        switch self {
        case .event(let id): return Phrase(verbatim: id)
        case .newEvent: return Catalogue.EventDetails.newEventRow
        case .copyEvent: return Catalogue.EventDetails.copyEventRow
        }
    }
}

/// The small form that starts an event: a title, an id (made from the title when left empty), the first
/// day; for a copy, whether weekdays are kept and the new code prefix. The rest is the details form's.
public enum NewEventForm {
    /// `language`: the words of the weekday choice (a choice's options are words, not phrases).
    public static func make(copying source: Event?, zone: String?, language: Language = .en) -> Form {
        typealias C = Catalogue.EventDetails
        var fields: [Form.Field] = [
            .init(id: "title", label: C.title, value: .text(LineEditor(source?.title ?? "", limit: 500)), note: C.required),
            .init(id: "id", label: C.id, value: .text(LineEditor("", limit: 60)), note: C.idNote),
            .init(id: "date", label: C.firstDay, value: .text(LineEditor("", limit: 10)), note: C.dateNote),
        ]
        if let source {
            fields.append(.init(id: "weekdays", label: C.weekdays, value: .choice(options: [C.keepWeekday(DateText.weekday(source.date)), C.dayAsTyped], index: 0),
                                note: C.weekdaysNote))
            fields.append(.init(id: "prefix", label: C.codePrefix, value: .text(LineEditor("", limit: 8)), note: C.prefixNote(source.codePrefix)))
        } else {
            fields.append(.init(id: "zone", label: C.timeZone, value: .text(LineEditor(zone ?? "", limit: 60)), note: C.timeZoneNote))
        }
        return Form(title: source.map { C.copy(title: $0.title) } ?? C.newEvent, fields: fields)
    }


    /// `event(from:copying:existing:)` with each field's reason as a phrase (the checks' own reasons are
    /// FoyerCore's, in English until they are phrases too).
    public static func made(from form: Form, copying source: Event?, existing: [String]) -> (event: Event?, problems: [String: Phrase]) {
        var errors: [String: Phrase] = [:]
        let title = form.value("title").trimmingCharacters(in: .whitespaces)
        if title.isEmpty { errors["title"] = Catalogue.EventDetails.titleRequired }
        let date = LocalDate(form.value("date").trimmingCharacters(in: .whitespaces))
        if date == nil { errors["date"] = Catalogue.EventDetails.firstDayFormat }
        var id = form.value("id").trimmingCharacters(in: .whitespaces)
        if id.isEmpty { id = EventDetailsCheck.suggestedID(title: title, date: date, existing: existing) }
        if let problem = EventDetailsCheck.idProblemPhrase(id, existing: existing) { errors["id"] = problem }
        guard errors.isEmpty, let date else { return (nil, errors) }
        var event: Event
        if let source {
            let keep: Bool = { if let i = form.index(of: "weekdays"), case .choice(_, let index) = form.fields[i].value { return index == 0 }; return true }()
            let typed = form.value("prefix").trimmingCharacters(in: .whitespaces).uppercased()
            let prefix = typed.isEmpty ? Event.suggestedCodePrefix(from: source.codePrefix, year: date.year) : typed
            event = source.copied(as: id, firstDay: date, keepWeekdays: keep, title: title, codePrefix: prefix)
        } else {
            event = Event(id: id, title: title, date: date, codePrefix: EventCodePrefix.from(title: title))
            do throws(DetailProblem) { try EventDetailField.timeZone.set(form.value("zone"), in: &event) } catch {
                errors["zone"] = error.phrase + EventDetailsForm.suggestion(.timeZone, form.value("zone"))
            }
        }
        for p in EventDetailsCheck.problems(event) where !p.isWarning {
            errors[p.field == "code-prefix" ? "prefix" : p.field] = p.phrase
        }
        return errors.isEmpty ? (event, [:]) : (nil, errors)
    }
}

extension NewEventForm {
    /// The new event is created beside this one's folder by the runner; the form stays open until then.
    static func save(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        let source: Event? = { if case .event(let e)? = fs.base { return e }; return nil }()
        let (event, problems) = NewEventForm.made(from: fs.form, copying: source, existing: s.events.map(\.id))
        guard Update.acceptForm(fs, errors: problems, &s), let event else { return [] }
        s.overlay = .form(fs)
        return [.createEvent(event)]
    }
}
