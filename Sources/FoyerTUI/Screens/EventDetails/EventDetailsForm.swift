import Foundation
import FoyerCore

/// The event-details form: every one-value detail of the event by the names `foyer event show` prints,
/// the texts as multi-line fields, the format as a choice; an event (or the reasons beside the fields)
/// back. The checks are `EventDetailsCheck`'s, the same as the command line's.
public enum EventDetailsForm {
    static let labels: [EventDetailField: (label: String, note: String?)] = [
        .title: ("Title", "required"), .subtitle: ("Subtitle", nil), .organiser: ("Organiser", nil),
        .date: ("First day", "YYYY-MM-DD"), .endDate: ("Last day", "YYYY-MM-DD; empty for a one-day event"),
        .timeZone: ("Time zone", "an IANA name: Europe/Stockholm"), .language: ("Language", "what attendees read: badges, receipts, lists"), .format: ("Format", KeyWords.choice + " to choose"),
        .onlineLink: ("Online link", "how online attendees join"), .venue: ("Venue", nil), .room: ("Room", nil),
        .address: ("Address", "street and number"), .city: ("City", nil), .deadline: ("Deadline", "last day to register, YYYY-MM-DD"),
        .registrationLink: ("Register at", "the registration page"), .capacity: ("Capacity", "places; empty for no limit"),
        .currency: ("Currency", "ISO 4217: SEK, EUR"), .codePrefix: ("Code prefix", "registrants' codes: SAF-0042; only while nobody is registered"),
        .description: ("Description", "English; \(KeyWords.name(.edit(.newline), in: .textEditing)) starts a new line, \(KeyWords.name(.nextField, in: .form)) goes on"), .descriptionSv: ("Beskrivning", "Swedish"),
        .practical: ("Practical", "what to bring, how to get there (English)"), .practicalSv: ("Praktiskt", "Swedish"),
    ]
    static let areas: Set<EventDetailField> = [.description, .descriptionSv, .practical, .practicalSv]

    public static func make(for event: Event) -> Form {
        Form(title: "Event details: \(event.id)", fields: EventDetailField.allCases.map { detail in
            let (label, note) = labels[detail] ?? (detail.name, nil)
            let value: Form.Value
            if detail == .format {
                let all = EventFormat.allCases
                value = .choice(options: all.map(\.label), index: all.firstIndex(of: event.format ?? .inPerson) ?? 0)
            } else if detail == .language {
                let all = Language.allCases
                value = .choice(options: all.map { Catalogue.Common.ownName(of: $0).en }, index: all.firstIndex(of: event.attendeeLanguage) ?? 0)
            } else if areas.contains(detail) {
                value = .area(TextArea(detail.value(in: event)))
            } else {
                value = .text(LineEditor(detail.value(in: event), limit: 500))
            }
            return Form.Field(id: detail.name, label: Phrase(verbatim: label), value: value, note: note.map { Phrase(verbatim: $0) })
        })
    }

    /// The event the form describes (the one it was opened on, changed), with each field's reason when
    /// it does not fit; `registered` for the capacity and prefix rules. Warnings do not block saving.
    public static func event(from form: Form, base: Event, registered: Int) -> (event: Event, errors: [String: String], warnings: [DetailProblem]) {
        var e = base
        var errors: [String: String] = [:]
        for detail in EventDetailField.allCases {
            var text = form.value(detail.name)
            if detail == .format, let i = form.index(of: detail.name), case .choice(_, let index) = form.fields[i].value {
                text = EventFormat.allCases[index].rawValue
            }
            if detail == .language, let i = form.index(of: detail.name), case .choice(_, let index) = form.fields[i].value {
                text = Language.allCases[index].rawValue
            }
            do throws(DetailProblem) { try detail.set(text, in: &e) } catch { errors[detail.name] = error.message + suggestion(detail, text) }
        }
        let problems = EventDetailsCheck.problems(e, registered: registered, codePrefixBefore: base.codePrefix)
        for p in problems where !p.isWarning && errors[p.field] == nil && form.index(of: p.field) != nil { errors[p.field] = p.message }
        return (e, errors, problems.filter(\.isWarning))
    }

    /// For an unknown zone, the system's zones that match what was typed ("stockholm" → Europe/Stockholm).
    static func suggestion(_ detail: EventDetailField, _ text: String) -> String {
        guard detail == .timeZone else { return "" }
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let matches = TimeZoneNames.matching(typed).prefix(3)
        return matches.isEmpty ? "" : "; did you mean " + matches.joined(separator: " or ") + "?"
    }
}

/// The system's IANA zone names, searched as a person types part of one.
enum TimeZoneNames {
    static func matching(_ typed: String) -> [String] {
        guard typed.count >= 3 else { return [] }
        let needle = typed.replacingOccurrences(of: " ", with: "_")
        return TimeZone.knownTimeZoneIdentifiers.filter { $0.lowercased().contains(needle) }.sorted()
    }
}

extension Form {
    /// The ids of the fields that take a time zone name.
    static let zoneFields: Set<String> = ["time-zone", "zone"]

    /// While a time zone is typed, its note offers the system's zones that match ("stockh" →
    /// Europe/Stockholm), and goes back to the usual note once the name is one.
    mutating func offerZones() {
        guard let field = fields[safe: focus], Self.zoneFields.contains(field.id) else { return }
        let typed = field.text.trimmingCharacters(in: .whitespaces)
        let matches = EventDetailsCheck.isKnownZone(typed) ? [] : TimeZoneNames.matching(typed.lowercased())
        fields[focus].note = matches.isEmpty ? "an IANA name: Europe/Stockholm"
            : Phrase(verbatim: "matches: " + matches.prefix(4).joined(separator: ", ") + (matches.count > 4 ? " (\(matches.count) in all)" : ""))
    }
}
