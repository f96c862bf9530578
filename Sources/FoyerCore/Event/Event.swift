import Foundation

/// An event: a workshop or a conference, its programme, its speakers and its prices.
/// Stored as `event.json` in the event's folder. What the organiser has not given stays nil or empty.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// The folder name and what `--event` takes: lower case, digits and hyphens.
    public var id: String
    public var title: String
    public var subtitle: String?
    public var organiser: String?
    /// The (first) day of the event.
    public var date: LocalDate
    /// The last day, for events of more than one day.
    public var endDate: LocalDate?
    /// An IANA zone name ("Europe/Stockholm"). Nil when the documents do not say; local time is then assumed.
    public var timeZoneID: String?
    public var venue: Venue
    /// The last day registration is open (inclusive, in the event's zone).
    public var registrationDeadline: LocalDate?
    /// Where people register ("www.psykoterapistiftelsen.se").
    public var registrationURL: String?
    public var capacity: Int?
    public var contacts: [ContactPerson]
    public var description: LocalizedText
    public var speakers: [Speaker]
    public var objectives: [String]
    /// Practical information for attendees (what to bring, how to get there, what is included).
    public var practicalInformation: LocalizedText
    public var programmeItems: [ProgrammeItem]
    public var feeCategories: [FeeCategory]
    /// ISO 4217 code; nil when no fees are set.
    public var currency: String?
    /// Registrant codes are this prefix, a hyphen and a number: SAF-0042.
    public var codePrefix: String
    /// In person (nil, the usual), online or both; online and hybrid events have a link.
    public var format: EventFormat?
    public var onlineLink: String?
    /// A finished event put away: kept whole, but out of the switcher and the default choice.
    public var archived: Bool?
    /// The language its attendees read (badges, receipts, door lists, programme exports) and whose
    /// order names sort in; nil is English. Not the interface's language, which each person chooses.
    public var language: Language?

    public init(id: String, title: String, subtitle: String? = nil, organiser: String? = nil, date: LocalDate,
                endDate: LocalDate? = nil, timeZoneID: String? = nil, venue: Venue = Venue(),
                registrationDeadline: LocalDate? = nil, registrationURL: String? = nil, capacity: Int? = nil,
                contacts: [ContactPerson] = [], description: LocalizedText = LocalizedText(),
                speakers: [Speaker] = [], objectives: [String] = [],
                practicalInformation: LocalizedText = LocalizedText(), programmeItems: [ProgrammeItem] = [],
                feeCategories: [FeeCategory] = [], currency: String? = nil, codePrefix: String = "REG") {
        self.id = id; self.title = title; self.subtitle = subtitle; self.organiser = organiser; self.date = date
        self.endDate = endDate; self.timeZoneID = timeZoneID; self.venue = venue
        self.registrationDeadline = registrationDeadline; self.registrationURL = registrationURL
        self.capacity = capacity; self.contacts = contacts; self.description = description
        self.speakers = speakers; self.objectives = objectives; self.practicalInformation = practicalInformation
        self.programmeItems = programmeItems; self.feeCategories = feeCategories; self.currency = currency
        self.codePrefix = codePrefix
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, subtitle, organiser, date, endDate, timeZoneID = "timeZone", venue, registrationDeadline,
             registrationURL, capacity, contacts, description, speakers, objectives, practicalInformation,
             programmeItems = "programme", feeCategories, currency, codePrefix, format, onlineLink, archived, language
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        organiser = try c.decodeIfPresent(String.self, forKey: .organiser)
        date = try c.decode(LocalDate.self, forKey: .date)
        endDate = try c.decodeIfPresent(LocalDate.self, forKey: .endDate)
        timeZoneID = try c.decodeIfPresent(String.self, forKey: .timeZoneID)
        if let zone = timeZoneID, TimeZone(identifier: zone) == nil {
            throw DecodingError.dataCorruptedError(forKey: .timeZoneID, in: c,
                debugDescription: "\"\(zone)\" is not a time zone name such as Europe/Stockholm")
        }
        venue = try c.decodeIfPresent(Venue.self, forKey: .venue) ?? Venue()
        registrationDeadline = try c.decodeIfPresent(LocalDate.self, forKey: .registrationDeadline)
        registrationURL = try c.decodeIfPresent(String.self, forKey: .registrationURL)
        capacity = try c.decodeIfPresent(Int.self, forKey: .capacity)
        contacts = try c.decodeIfPresent([ContactPerson].self, forKey: .contacts) ?? []
        description = try c.decodeIfPresent(LocalizedText.self, forKey: .description) ?? LocalizedText()
        speakers = try c.decodeIfPresent([Speaker].self, forKey: .speakers) ?? []
        objectives = try c.decodeIfPresent([String].self, forKey: .objectives) ?? []
        practicalInformation = try c.decodeIfPresent(LocalizedText.self, forKey: .practicalInformation) ?? LocalizedText()
        programmeItems = try c.decodeIfPresent([ProgrammeItem].self, forKey: .programmeItems) ?? []
        feeCategories = try c.decodeIfPresent([FeeCategory].self, forKey: .feeCategories) ?? []
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
        codePrefix = try c.decodeIfPresent(String.self, forKey: .codePrefix) ?? "REG"
        format = try c.decodeIfPresent(EventFormat.self, forKey: .format)
        onlineLink = try c.decodeIfPresent(String.self, forKey: .onlineLink)
        archived = try c.decodeIfPresent(Bool.self, forKey: .archived)
        language = try c.decodeIfPresent(Language.self, forKey: .language)
    }

    // MARK: Derived

    /// The event's zone; the machine's own when the event does not name one.
    public var timeZone: TimeZone { timeZoneID.flatMap(TimeZone.init(identifier:)) ?? .current }
    public var isArchived: Bool { archived ?? false }
    /// What attendees read, and the order names sort in.
    public var attendeeLanguage: Language { language ?? .en }
    /// The last day (the first for a one-day event).
    public var lastDay: LocalDate { endDate ?? date }
    public var programme: Programme { Programme(programmeItems) }
    public var moneyFormat: MoneyFormat { MoneyFormat(currencyCode: currency ?? "SEK") }

    public func feeCategory(id: String) -> FeeCategory? { feeCategories.first { $0.id == id } }
    public var offeredFeeCategories: [FeeCategory] { feeCategories.filter { !$0.retired } }
    public func speaker(id: String) -> Speaker? { speakers.first { $0.id == id } }

    /// The instant registration closes: the end of the deadline day in the event's zone.
    public var registrationClosesAt: Date? {
        registrationDeadline.map { $0.adding(days: 1).start(in: timeZone) }
    }
    /// A registration at this instant is late (after the deadline).
    public func isLate(_ registeredAt: Date) -> Bool {
        guard let closes = registrationClosesAt else { return false }
        return registeredAt >= closes
    }

    /// "Thursday 19 March 2009", "torsdag 19 mars 2009" (and " – " the last day, when there are several).
    public var dateText: Phrase { DateText.long(date) + (endDate.map { Phrase(verbatim: " – ") + DateText.long($0) } ?? .empty) }
}

/// Where an event happens.
public enum EventFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case inPerson = "in-person", online, hybrid
    /// The format as a person reads it: "in person", "på plats".
    public var name: Phrase {
        switch self {
        case .inPerson: return Catalogue.Labels.inPerson
        case .online: return Catalogue.Labels.online
        case .hybrid: return Catalogue.Labels.hybrid
        }
    }
}
