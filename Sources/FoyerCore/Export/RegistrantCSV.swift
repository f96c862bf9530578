import Foundation

/// Registrants as CSV for spreadsheets: every field, one row each, RFC 4180 quoting, CRLF. Cells that a
/// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a leading
/// apostrophe unless `neutralise` is off; `bom` adds the byte-order mark Excel wants for UTF-8.
/// The column names are the ones the importer reads back.
///
/// Two dialects: the standard one (commas, "2000.00", ISO 8601 times) and the one a Swedish office's
/// Excel opens with a double click (`swedishExcel`: semicolons, "2000,00", "2009-02-26 14:03", and
/// always the BOM, without which Excel reads UTF-8 as Windows-1252 and "Södermalm" breaks).
public enum RegistrantCSV {
    public static let columns = ["code", "firstName", "lastName", "email", "phone", "organisation", "role", "feeCategory",
                                 "price", "paid", "due", "status", "checkedInAt", "checkedInDesk", "registeredAt", "late",
                                 "dietaryNeeds", "invoiceAddress", "invoiceReference", "notes"]

    public enum Dialect: String, Sendable, CaseIterable {
        case standard, swedishExcel

        /// The dialect for an event's language (its attendees' and, usually, its office's).
        public init(_ language: Language) { self = language == .sv ? .swedishExcel : .standard }

        public var separator: String { self == .swedishExcel ? ";" : "," }
        public var decimalSeparator: String { self == .swedishExcel ? "," : "." }
    }

    /// The command line gives a Swedish event's CSV the Swedish dialect (`Dialect(event.attendeeLanguage)`)
    /// unless `--excel en` asks otherwise; here the standard one is the default.
    public static func render(_ list: [Registrant], event: Event, bom: Bool = false, neutralise: Bool = true,
                              dialect: Dialect = .standard) -> String {
        let zone = event.timeZone
        let sep = dialect.separator
        func time(_ date: Date) -> String {
            guard dialect == .swedishExcel else { return Timestamp.format(date, in: zone) }
            let local = LocalDateTime(date, in: zone)
            return local.date.description + " " + local.timeText
        }
        func money(_ m: Money) -> String { decimal(m, separator: dialect.decimalSeparator) }
        var out = bom || dialect == .swedishExcel ? "\u{FEFF}" : ""
        out += columns.joined(separator: sep) + "\r\n"
        for r in list {
            let cells = [r.code, r.firstName, r.lastName, r.email, r.phone, r.organisation, r.role, r.feeCategoryID,
                         money(r.price), money(r.paid - r.refunded), money(r.due), r.status.rawValue,
                         r.checkIn.map { time($0.time) } ?? "", r.checkIn?.desk ?? "",
                         time(r.registeredAt), event.isLate(r.registeredAt) ? "yes" : "no",
                         r.dietaryNeeds, r.invoiceAddress, r.invoiceReference, r.notes]
            out += cells.map { quote(neutralise ? defused($0) : $0, dialect: dialect) }.joined(separator: sep) + "\r\n"
        }
        return out
    }

    /// "2000.00": kronor with a point, as spreadsheets read numbers in any locale's CSV import; "2000,00"
    /// with a comma for Swedish Excel.
    public static func decimal(_ m: Money, separator: String = ".") -> String {
        (m.minorUnits < 0 ? "-" : "") + String(m.minorUnits.magnitude / 100) + separator + String(format: "%02d", Int(m.minorUnits.magnitude % 100))
    }

    /// A cell a spreadsheet would evaluate, made plain text.
    public static func defused(_ cell: String) -> String {
        guard let first = cell.first, "=+-@\t\r".contains(first) else { return cell }
        return "'" + cell
    }

    /// Quoted (RFC 4180) when it holds either separator, a quote or a line break; in the Swedish dialect
    /// a comma is no separator (it is the decimal comma: "2000,00" stays a number).
    public static func quote(_ cell: String, dialect: Dialect = .standard) -> String {
        if dialect == .swedishExcel {
            guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        guard cell.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
