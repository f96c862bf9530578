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
    var label: String {
        switch self {
        case .event(let id): return id
        case .newEvent: return "+ New event…"
        case .copyEvent: return "+ Copy this event (next year's: programme, speakers, fees, venue, texts)…"
        }
    }
}

/// The small form that starts an event: a title, an id (made from the title when left empty), the first
/// day; for a copy, whether weekdays are kept and the new code prefix. The rest is the details form's.
public enum NewEventForm {
    public static func make(copying source: Event?, zone: String?) -> Form {
        var fields: [Form.Field] = [
            .init(id: "title", label: "Title", value: .text(LineEditor(source?.title ?? "", limit: 500)), note: "required"),
            .init(id: "id", label: "Id", value: .text(LineEditor("", limit: 60)), note: "lower case, digits, hyphens; empty: made from the title"),
            .init(id: "date", label: "First day", value: .text(LineEditor("", limit: 10)), note: "YYYY-MM-DD"),
        ]
        if let source {
            fields.append(.init(id: "weekdays", label: "Weekdays", value: .choice(options: ["keep \(DateText.weekday(source.date).en)s", "the day as typed"], index: 0),
                                note: "keep: the first such weekday on or after the day typed"))
            fields.append(.init(id: "prefix", label: "Code prefix", value: .text(LineEditor("", limit: 8)),
                                note: "empty: \(source.codePrefix) with the new year, so codes are not last year's"))
        } else {
            fields.append(.init(id: "zone", label: "Time zone", value: .text(LineEditor(zone ?? "", limit: 60)), note: "an IANA name: Europe/Stockholm"))
        }
        return Form(title: source == nil ? "New event" : "Copy “\(source!.title)”", fields: fields)
    }

    /// The event to create, or each field's reason.
    public static func event(from form: Form, copying source: Event?, existing: [String]) -> (event: Event?, errors: [String: String]) {
        var errors: [String: String] = [:]
        let title = form.value("title").trimmingCharacters(in: .whitespaces)
        if title.isEmpty { errors["title"] = "a title is required" }
        let date = LocalDate(form.value("date").trimmingCharacters(in: .whitespaces))
        if date == nil { errors["date"] = "write the first day as YYYY-MM-DD, e.g. 2027-04-15" }
        var id = form.value("id").trimmingCharacters(in: .whitespaces)
        if id.isEmpty { id = EventDetailsCheck.suggestedID(title: title, date: date, existing: existing) }
        if let problem = EventDetailsCheck.idProblem(id, existing: existing) { errors["id"] = problem }
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
                errors["zone"] = error.message + EventDetailsForm.suggestion(.timeZone, form.value("zone"))
            }
        }
        for p in EventDetailsCheck.problems(event) where !p.isWarning {
            errors[p.field == "code-prefix" ? "prefix" : p.field] = p.message
        }
        return errors.isEmpty ? (event, [:]) : (nil, errors)
    }
}

extension NewEventForm {
    /// The new event is created beside this one's folder by the runner; the form stays open until then.
    static func save(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        let source: Event? = { if case .event(let e)? = fs.base { return e }; return nil }()
        let (event, errors) = NewEventForm.event(from: fs.form, copying: source, existing: s.events.map(\.id))
        guard Update.acceptForm(fs, errors: errors, &s), let event else { return [] }
        s.overlay = .form(fs)
        return [.createEvent(event)]
    }
}
