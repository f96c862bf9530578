/// The event's own fields that hold one value, by the names `foyer event show` prints and `foyer event
/// set` takes: one table for reading, writing (with the reason a value does not fit) and listing them.
public enum EventDetailField: String, CaseIterable, Sendable {
    case title, subtitle, organiser, date, endDate = "end-date", timeZone = "time-zone", language, format, onlineLink = "online-link"
    case venue, room, address, city, deadline, registrationLink = "registration-link", capacity, currency
    case codePrefix = "code-prefix", description, descriptionSv = "description-sv", practical, practicalSv = "practical-sv"

    public var name: String { rawValue }

    /// The value as text ("" when not set).
    public func value(in e: Event) -> String {
        switch self {
        case .title: return e.title
        case .subtitle: return e.subtitle ?? ""
        case .organiser: return e.organiser ?? ""
        case .date: return e.date.description
        case .endDate: return e.endDate?.description ?? ""
        case .timeZone: return e.timeZoneID ?? ""
        case .language: return e.attendeeLanguage.rawValue
        case .format: return (e.format ?? .inPerson).rawValue
        case .onlineLink: return e.onlineLink ?? ""
        case .venue: return e.venue.name ?? ""
        case .room: return e.venue.room ?? ""
        case .address: return e.venue.address ?? ""
        case .city: return e.venue.city ?? ""
        case .deadline: return e.registrationDeadline?.description ?? ""
        case .registrationLink: return e.registrationURL ?? ""
        case .capacity: return e.capacity.map(String.init) ?? ""
        case .currency: return e.currency ?? ""
        case .codePrefix: return e.codePrefix
        case .description: return e.description["en"] ?? ""
        case .descriptionSv: return e.description["sv"] ?? ""
        case .practical: return e.practicalInformation["en"] ?? ""
        case .practicalSv: return e.practicalInformation["sv"] ?? ""
        }
    }

    /// Sets the field from text ("" clears an optional one), or throws why the text does not fit.
    public func set(_ text: String, in e: inout Event) throws(DetailProblem) {
        typealias Words = Catalogue.DetailValues
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let optional: String? = t.isEmpty ? nil : t
        func date() throws(DetailProblem) -> LocalDate? {
            guard let optional else { return nil }
            guard let d = LocalDate(optional) else { throw DetailProblem(field: name, phrase: Words.notADate(optional)) }
            return d
        }
        switch self {
        case .title:
            guard let optional else { throw DetailProblem(field: name, phrase: Words.titleRequired) }
            e.title = optional
        case .subtitle: e.subtitle = optional
        case .organiser: e.organiser = optional
        case .date:
            guard let d = try date() else { throw DetailProblem(field: name, phrase: Words.firstDayRequired) }
            e.date = d
        case .endDate: e.endDate = try date()
        case .timeZone:
            if let optional, !EventDetailsCheck.isKnownZone(optional) {
                throw DetailProblem(field: name, phrase: Words.notAZone(optional))
            }
            e.timeZoneID = optional
        case .format:
            guard let f = EventFormat(rawValue: t.lowercased()) ?? (t.isEmpty ? .inPerson : nil) else {
                throw DetailProblem(field: name, phrase: Words.notAFormat(t, formats: EventFormat.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            e.format = f == .inPerson ? nil : f
        case .language:
            guard let optional else { e.language = nil; return }
            guard let language = Language(code: optional) else {
                throw DetailProblem(field: name, phrase: Words.notALanguage(optional))
            }
            e.language = language
        case .onlineLink: e.onlineLink = optional
        case .venue: e.venue.name = optional
        case .room: e.venue.room = optional
        case .address: e.venue.address = optional
        case .city: e.venue.city = optional
        case .deadline: e.registrationDeadline = try date()
        case .registrationLink: e.registrationURL = optional
        case .capacity:
            guard let optional else { e.capacity = nil; return }
            guard let n = Int(optional), n > 0 else { throw DetailProblem(field: name, phrase: Words.notACapacity(optional)) }
            e.capacity = n
        case .currency:
            if let optional, !EventDetailsCheck.isCurrency(optional.uppercased()) {
                throw DetailProblem(field: name, phrase: Words.notACurrency(optional))
            }
            e.currency = optional?.uppercased()
        case .codePrefix: e.codePrefix = t.uppercased()
        case .description: e.description["en"] = optional
        case .descriptionSv: e.description["sv"] = optional
        case .practical: e.practicalInformation["en"] = optional
        case .practicalSv: e.practicalInformation["sv"] = optional
        }
    }
}

extension DetailProblem: Error {}
