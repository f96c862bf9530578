import Foundation

/// A problem with one of an event's details, named by the field (as `foyer event show` prints it), with
/// the reason a person can act on. Errors block saving; warnings are said and the save goes through.
public struct DetailProblem: Hashable, Sendable, CustomStringConvertible {
    public var field: String
    /// What is wrong, in both languages (`message` is its English).
    public var phrase: Phrase
    public var isWarning: Bool
    public init(field: String, phrase: Phrase, isWarning: Bool = false) {
        self.field = field; self.phrase = phrase; self.isWarning = isWarning
    }
    /// "capacity: …" in both languages.
    public var fullPhrase: Phrase { Catalogue.Validation.problem(field: field, message: phrase) }
    public var description: String { fullPhrase.en }
}

/// The rules an event's details meet: checked as a form's field is left, on save, and by `foyer new`
/// and `foyer event set`, so the screen and the command line give the same reasons.
public enum EventDetailsCheck {
    public static func idProblemPhrase(_ id: String, existing: [String]) -> Phrase? {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard !id.isEmpty, allowed, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--"), id.count <= 60 else {
            return Catalogue.Validation.notAnEventID(id)
        }
        if existing.contains(id) { return Catalogue.Validation.idTaken(id) }
        return nil
    }

    /// An id made from the title (and the year, when the title has none), unique among `existing`.
    public static func suggestedID(title: String, date: LocalDate?, existing: [String]) -> String {
        var words = TextFolding.words(title).map { $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }.filter { !$0.isEmpty }
        if let date, !words.contains(String(date.year)) { words = Array(words.prefix(4)) + [String(date.year)] }
        let stem = words.prefix(5).joined(separator: "-").isEmpty ? "event" : words.prefix(5).joined(separator: "-")
        var candidate = stem, n = 2
        while existing.contains(candidate) { candidate = "\(stem)-\(n)"; n += 1 }
        return candidate
    }

    /// An IANA zone name the system knows ("Europe/Stockholm", "Etc/UTC"); offsets and abbreviations
    /// ("GMT+1", "CET") are not places. Foundation's list leaves out some names it can still open.
    public static func isKnownZone(_ name: String) -> Bool {
        TimeZone.knownTimeZoneIdentifiers.contains(name) || (name.contains("/") && !name.contains("+") && TimeZone(identifier: name) != nil)
    }

    /// An ISO 4217 code in use ("SEK", "EUR").
    public static func isCurrency(_ code: String) -> Bool { Locale.commonISOCurrencyCodes.contains(code) }

    /// Every problem of the event's details. `registered` is how many are registered (capacity, prefix).
    public static func problems(_ e: Event, registered: Int = 0, codePrefixBefore: String? = nil) -> [DetailProblem] {
        var out: [DetailProblem] = []
        if e.title.trimmingCharacters(in: .whitespaces).isEmpty { out.append(.init(field: "title", phrase: Catalogue.Validation.titleRequired)) }
        if let end = e.endDate, end < e.date {
            out.append(.init(field: "end-date", phrase: Catalogue.Validation.lastDayBeforeFirst(last: "\(end)", first: "\(e.date)")))
        }
        if let zone = e.timeZoneID, !isKnownZone(zone) {
            out.append(.init(field: "time-zone", phrase: Catalogue.Validation.notAZone(zone)))
        }
        if let deadline = e.registrationDeadline, deadline > e.lastDay {
            out.append(.init(field: "deadline", phrase: Catalogue.Validation.deadlineAfterEvent(deadline: "\(deadline)", last: "\(e.lastDay)")))
        }
        if let capacity = e.capacity {
            if capacity <= 0 { out.append(.init(field: "capacity", phrase: Catalogue.Validation.capacityPositive)) }
            else if capacity < registered {
                out.append(.init(field: "capacity", phrase: Catalogue.Validation.overCapacity(registered: registered, capacity: capacity), isWarning: true))
            }
        }
        if let currency = e.currency, !isCurrency(currency) {
            out.append(.init(field: "currency", phrase: Catalogue.Validation.notACurrency(currency)))
        }
        let prefix = e.codePrefix
        if prefix.isEmpty || prefix.count > 8 || !prefix.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) {
            out.append(.init(field: "code-prefix", phrase: Catalogue.Validation.notAPrefix(prefix)))
        } else if let before = codePrefixBefore, before != prefix, registered > 0 {
            out.append(.init(field: "code-prefix", phrase: Catalogue.Validation.prefixInUse(registered: registered, prefix: before)))
        }
        if e.format == .online || e.format == .hybrid, (e.onlineLink ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(.init(field: "online-link", phrase: e.format == .online ? Catalogue.Validation.onlineNeedsLink : Catalogue.Validation.hybridNeedsLink, isWarning: true))
        }
        for (i, contact) in e.contacts.enumerated() {
            if contact.name.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(.init(field: "contact \(i + 1)", phrase: Catalogue.Validation.contactNeedsName))
            }
            if let email = contact.email, !email.isEmpty, !Validation.isEmailShaped(email) {
                out.append(.init(field: "contact \(i + 1)", phrase: Catalogue.Validation.notAnEmailQuoted(email)))
            }
        }
        for (i, speaker) in e.speakers.enumerated() where speaker.name.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(.init(field: "speaker \(i + 1)", phrase: Catalogue.Validation.speakerNeedsName))
        }
        return out
    }
}
