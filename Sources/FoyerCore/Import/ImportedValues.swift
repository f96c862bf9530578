import Foundation

/// The values other systems write in their exports, read the way a person would: amounts with a
/// currency, yes/no in several languages, times in the event's zone.
extension RegistrationImport {
    /// "2000", "2 000 kr", "2000.00", "SEK 500,00".
    static func parseAmount(_ text: String) -> Money? {
        let cleaned = text.replacingOccurrences(of: "SEK", with: "").replacingOccurrences(of: "kr", with: "")
        return MoneyFormat.swedish.parse(cleaned.trimmingCharacters(in: .whitespaces))
    }

    /// "yes"/"true"/"paid"/"1" → the price; "no"/"false"/"0"/"" → nothing; an amount → that amount.
    static func parsePaid(_ text: String, price: Money) -> Money? {
        let t = fold(text)
        if ["yes", "true", "paid", "ja", "betald", "x"].contains(t) { return price }
        if ["no", "false", "unpaid", "nej", "0", "000"].contains(t) { return nil }
        if let amount = parseAmount(text), amount.minorUnits > 0 { return amount }
        return nil
    }

    static func parseCheckIn(_ text: String, zone: TimeZone, now: Date) -> Date? {
        let t = fold(text)
        if ["no", "false", "0", "nej", ""].contains(t) { return nil }
        if ["yes", "true", "1", "ja", "x"].contains(t) { return now }
        return parseDate(text, zone: zone) ?? now
    }

    /// ISO 8601 with an offset, "2009-02-20 10:00", "2009-02-20T10:00" or "2009-02-20".
    static func parseDate(_ text: String, zone: TimeZone) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = Timestamp.parse(t) { return d }
        if let d = LocalDateTime(String(t.prefix(16))) { return d.instant(in: zone) }
        if let d = LocalDate(String(t.prefix(10))) { return d.start(in: zone) }
        return nil
    }
}
