import Foundation

/// A problem with one of an event's details, named by the field (as `foyer event show` prints it), with
/// the reason a person can act on. Errors block saving; warnings are said and the save goes through.
public struct DetailProblem: Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var message: String
    public var isWarning: Bool
    public init(field: String, message: String, isWarning: Bool = false) {
        self.field = field; self.message = message; self.isWarning = isWarning
    }
    public var description: String { "\(field): \(message)" }
}

/// The rules an event's details meet: checked as a form's field is left, on save, and by `foyer new`
/// and `foyer event set`, so the screen and the command line give the same reasons.
public enum EventDetailsCheck {
    /// Lower case letters, digits and single hyphens, starting with a letter or digit: the folder name.
    public static func idProblem(_ id: String, existing: [String]) -> String? {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard !id.isEmpty, allowed, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--"), id.count <= 60 else {
            return "“\(id)” is not an event id: use lower case letters, digits and hyphens, e.g. varkurs-2027"
        }
        if existing.contains(id) { return "an event with the id \(id) is here already" }
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
        if e.title.trimmingCharacters(in: .whitespaces).isEmpty { out.append(.init(field: "title", message: "a title is required")) }
        if let end = e.endDate, end < e.date {
            out.append(.init(field: "end-date", message: "the last day (\(end)) is before the first (\(e.date))"))
        }
        if let zone = e.timeZoneID, !isKnownZone(zone) {
            out.append(.init(field: "time-zone", message: "“\(zone)” is not a time zone name such as Europe/Stockholm"))
        }
        if let deadline = e.registrationDeadline, deadline > e.lastDay {
            out.append(.init(field: "deadline", message: "the registration deadline (\(deadline)) is after the event (\(e.lastDay))"))
        }
        if let capacity = e.capacity {
            if capacity <= 0 { out.append(.init(field: "capacity", message: "a capacity is a number of places, more than 0")) }
            else if capacity < registered {
                out.append(.init(field: "capacity", message: "\(registered) are registered already, more than \(capacity) places; nobody is moved to the waiting list", isWarning: true))
            }
        }
        if let currency = e.currency, !isCurrency(currency) {
            out.append(.init(field: "currency", message: "“\(currency)” is not an ISO 4217 currency code such as SEK or EUR"))
        }
        let prefix = e.codePrefix
        if prefix.isEmpty || prefix.count > 8 || !prefix.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) {
            out.append(.init(field: "code-prefix", message: "“\(prefix)” is not a code prefix: 1 to 8 capital letters or digits, e.g. SAF"))
        } else if let before = codePrefixBefore, before != prefix, registered > 0 {
            out.append(.init(field: "code-prefix", message: "\(registered) are registered with \(before)- codes already; the prefix can change only while nobody is registered"))
        }
        if e.format == .online || e.format == .hybrid, (e.onlineLink ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(.init(field: "online-link", message: "an \(e.format == .online ? "online" : "hybrid") event needs the link people join by", isWarning: true))
        }
        for (i, contact) in e.contacts.enumerated() {
            if contact.name.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(.init(field: "contact \(i + 1)", message: "a contact needs a name"))
            }
            if let email = contact.email, !email.isEmpty, !Validation.isEmailShaped(email) {
                out.append(.init(field: "contact \(i + 1)", message: "“\(email)” does not look like an email address (name@example.se)"))
            }
        }
        for (i, speaker) in e.speakers.enumerated() where speaker.name.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(.init(field: "speaker \(i + 1)", message: "a speaker needs a name"))
        }
        return out
    }
}
