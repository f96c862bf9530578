import Foundation
import FoyerCore

/// The event-details form: every one-value detail of the event by the names `foyer event show` prints,
/// the texts as multi-line fields, the format as a choice; an event (or the reasons beside the fields)
/// back. The checks are `EventDetailsCheck`'s, the same as the command line's.
public enum EventDetailsForm {
    static var labels: [EventDetailField: (label: Phrase, note: Phrase?)] {
        typealias C = Catalogue.EventDetails
        return [
            .title: (C.title, C.required), .subtitle: (C.subtitle, nil), .organiser: (C.organiser, nil),
            .date: (C.firstDay, C.dateNote), .endDate: (C.lastDay, C.lastDayNote),
            .timeZone: (C.timeZone, C.timeZoneNote), .language: (C.language, C.languageNote), .format: (C.format, C.toChoose(key: KeyWords.choice)),
            .onlineLink: (C.onlineLink, C.onlineLinkNote), .venue: (C.venue, nil), .room: (C.room, nil),
            .address: (C.address, C.addressNote), .city: (C.city, nil), .deadline: (C.deadline, C.deadlineNote),
            .registrationLink: (C.registerAt, C.registerAtNote), .capacity: (C.capacity, C.capacityNote),
            .currency: (C.currency, C.currencyNote), .codePrefix: (C.codePrefix, C.codePrefixNote),
            .description: (C.description, C.descriptionNote(newlineKey: KeyWords.name(.edit(.newline), in: .textEditing), nextKey: KeyWords.name(.nextField, in: .form))),
            .descriptionSv: (C.descriptionSv, C.swedishNote),
            .practical: (C.practical, C.practicalNote), .practicalSv: (C.practicalSv, C.swedishNote),
        ]
    }
    static let areas: Set<EventDetailField> = [.description, .descriptionSv, .practical, .practicalSv]

    public static func make(for event: Event) -> Form {
        let labels = labels
        return Form(title: Catalogue.EventDetails.formTitle(id: event.id), fields: EventDetailField.allCases.map { detail in
            let (label, note) = labels[detail] ?? (Phrase(verbatim: detail.name), nil)
            let value: Form.Value
            if detail == .format {
                let all = EventFormat.allCases
                value = .choice(options: all.map(\.name), index: all.firstIndex(of: event.format ?? .inPerson) ?? 0)
            } else if detail == .language {
                let all = Language.allCases
                value = .choice(options: all.map { Catalogue.Common.ownName(of: $0) }, index: all.firstIndex(of: event.attendeeLanguage) ?? 0)
            } else if areas.contains(detail) {
                value = .area(TextArea(detail.value(in: event)))
            } else {
                value = .text(LineEditor(detail.value(in: event), limit: 500))
            }
            return Form.Field(id: detail.name, label: label, value: value, note: note)
        })
    }


    /// `event(from:base:registered:)` with each field's reason as a phrase (the checks' own reasons are
    /// FoyerCore's, in English until they are phrases too).
    public static func edited(from form: Form, base: Event, registered: Int) -> (event: Event, problems: [String: Phrase], warnings: [DetailProblem]) {
        var e = base
        var errors: [String: Phrase] = [:]
        for detail in EventDetailField.allCases {
            var text = form.value(detail.name)
            if detail == .format, let i = form.index(of: detail.name), case .choice(_, let index) = form.fields[i].value {
                text = EventFormat.allCases[index].rawValue
            }
            if detail == .language, let i = form.index(of: detail.name), case .choice(_, let index) = form.fields[i].value {
                text = Language.allCases[index].rawValue
            }
            do throws(DetailProblem) { try detail.set(text, in: &e) } catch { errors[detail.name] = error.phrase + suggestion(detail, text) }
        }
        // An event that never named its language is English; the form showing "English" is not a change.
        if base.language == nil, e.language == .en { e.language = nil }
        let problems = EventDetailsCheck.problems(e, registered: registered, codePrefixBefore: base.codePrefix)
        for p in problems where !p.isWarning && errors[p.field] == nil && form.index(of: p.field) != nil { errors[p.field] = p.phrase }
        return (e, errors, problems.filter(\.isWarning))
    }

    /// For an unknown zone, the system's zones that match what was typed ("stockholm" → Europe/Stockholm).
    static func suggestion(_ detail: EventDetailField, _ text: String) -> Phrase {
        guard detail == .timeZone else { return .empty }
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let matches = TimeZoneNames.matching(typed).prefix(3)
        return matches.isEmpty ? .empty : Catalogue.EventDetails.didYouMean(matches.map { Phrase(verbatim: $0) }.joined(separator: Catalogue.EventDetails.or))
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
        fields[focus].note = matches.isEmpty ? Catalogue.EventDetails.timeZoneNote
            : Catalogue.EventDetails.zoneMatches(matches.prefix(4).joined(separator: ", ")) + (matches.count > 4 ? Catalogue.EventDetails.inAll(matches.count) : .empty)
    }
}
