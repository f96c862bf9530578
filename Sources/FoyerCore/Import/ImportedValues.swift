import Foundation

/// The values other systems write in their exports, read the way a person would: amounts with a
/// currency, yes/no in several languages, times in the event's zone.
extension RegistrationImport {
    /// "2000", "2 000 kr", "2000.00", "SEK 500,00", and with thousands grouped as Indico renders prices:
    /// "SEK 1,000.00", "1.000,00 kr", "1 000,00 kr" (the last separator with one or two digits after it
    /// is the decimal one).
    static func parseAmount(_ text: String) -> Money? {
        var t = text
        for unit in ["SEK", "kr", "€", "EUR", "\u{00A0}", "\u{202F}", " "] { t = t.replacingOccurrences(of: unit, with: "") }
        if let last = t.lastIndex(where: { $0 == "," || $0 == "." }) {
            // Three digits after the last one: it groups thousands too ("1,000"); no currency here has three decimals.
            let decimals = t.distance(from: t.index(after: last), to: t.endIndex)
            t = String(t.indices.filter { i in !(t[i] == "," || t[i] == ".") || (i == last && decimals != 3) }.map { t[$0] })
        }
        return MoneyFormat.swedish.parse(t)
    }

    /// "yes"/"true"/"paid"/"1" → the price; "no"/"false"/"0"/"" → nothing; an amount → that amount.
    static func parsePaid(_ text: String, price: Money) -> Money? {
        let t = fold(text)
        if ["yes", "true", "paid", "ja", "betald", "x"].contains(t) { return price }
        if ["no", "false", "unpaid", "nej", "nein", "0", "000"].contains(t) { return nil }
        if let amount = parseAmount(text), amount.minorUnits > 0 { return amount }
        return nil
    }

    static func parseCheckIn(_ text: String, zone: TimeZone, now: Date) -> Date? {
        let t = fold(text)
        if ["no", "false", "0", "nej", "nein", ""].contains(t) { return nil }
        if ["yes", "true", "1", "ja", "x"].contains(t) { return now }
        return parseDate(text, zone: zone) ?? now
    }

    /// ISO 8601 with an offset (Indico writes "2009-03-19 07:47:00+00:00"), "2009-02-20 10:00",
    /// "2009-02-20T10:00", "2009-02-20", or day first with dots as pretix writes them in German
    /// ("19.03.2009 08:47"). Without an offset, a time is the event's local time.
    static func parseDate(_ text: String, zone: TimeZone) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = Timestamp.parse(t) { return d }
        if let d = LocalDateTime(String(t.prefix(16))) { return d.instant(in: zone) }
        if let d = LocalDate(String(t.prefix(10))) { return d.start(in: zone) }
        return parseDayFirst(t, zone: zone)
    }

    /// "19.03.2009 08:47", "19.03.2009 8:47:00" or "19.03.2009".
    static func parseDayFirst(_ t: String, zone: TimeZone) -> Date? {
        let parts = t.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = parts.first else { return nil }
        let dmy = first.split(separator: ".")
        guard dmy.count == 3, (1...2).contains(dmy[0].count), (1...2).contains(dmy[1].count), dmy[2].count == 4,
              let d = Int(dmy[0]), let m = Int(dmy[1]), let y = Int(dmy[2]),
              (1...12).contains(m), d >= 1, d <= CivilCalendar.daysInMonth(year: y, month: m) else { return nil }
        let date = LocalDate(year: y, month: m, day: d)
        guard parts.count == 2 else { return date.start(in: zone) }
        let hm = parts[1].split(separator: ":").prefix(2).joined(separator: ":")
        guard let time = LocalDateTime.parseTime(hm) else { return nil }
        return LocalDateTime(date: date, hour: time.hour, minute: time.minute).instant(in: zone)
    }

    /// What a registration's state or an order's status says: Foyer's own ("cancelled", "waitlisted"),
    /// Indico's ("Completed", "Pending", "Awaiting payment", "Withdrawn", "Rejected"), pretix's order
    /// status ("Paid", "Pending", "Canceled", "Expired").
    static func parseState(_ text: String) -> ImportedState {
        let t = fold(text)
        if ["cancelled", "canceled", "avbokad", "withdrawn", "rejected", "expired"].contains(t) { return ImportedState(status: .cancelled) }
        if ["waitlisted", "waitinglist", "reserv"].contains(t) { return ImportedState(status: .waitlisted) }
        // Indico completes a registration in a paid form only once it is paid.
        if ["complete", "completed", "paid", "betald"].contains(t) { return ImportedState(paid: true) }
        return ImportedState()
    }
}

/// A row's state, as far as it tells the registration's status and whether it was paid.
struct ImportedState {
    var status: RegistrationStatus?
    var paid = false
}
