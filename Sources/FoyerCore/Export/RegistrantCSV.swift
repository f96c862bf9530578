import Foundation

/// Registrants as CSV for spreadsheets: every field, one row each, RFC 4180 quoting, CRLF. Cells that a
/// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a leading
/// apostrophe unless `neutralise` is off; `bom` adds the byte-order mark Excel wants for UTF-8.
/// The column names are the ones the importer reads back.
public enum RegistrantCSV {
    public static let columns = ["code", "firstName", "lastName", "email", "phone", "organisation", "role", "feeCategory",
                                 "price", "paid", "due", "status", "checkedInAt", "checkedInDesk", "registeredAt", "late",
                                 "dietaryNeeds", "invoiceAddress", "invoiceReference", "notes"]

    public static func render(_ list: [Registrant], event: Event, bom: Bool = false, neutralise: Bool = true) -> String {
        let zone = event.timeZone
        var out = bom ? "\u{FEFF}" : ""
        out += columns.joined(separator: ",") + "\r\n"
        for r in list {
            let cells = [r.code, r.firstName, r.lastName, r.email, r.phone, r.organisation, r.role, r.feeCategoryID,
                         decimal(r.price), decimal(r.paid - r.refunded), decimal(r.due), r.status.rawValue,
                         r.checkIn.map { Timestamp.format($0.time, in: zone) } ?? "", r.checkIn?.desk ?? "",
                         Timestamp.format(r.registeredAt, in: zone), event.isLate(r.registeredAt) ? "yes" : "no",
                         r.dietaryNeeds, r.invoiceAddress, r.invoiceReference, r.notes]
            out += cells.map { quote(neutralise ? defused($0) : $0) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// "2000.00": kronor with a point, as spreadsheets read numbers in any locale's CSV import.
    public static func decimal(_ m: Money) -> String {
        (m.minorUnits < 0 ? "-" : "") + String(m.minorUnits.magnitude / 100) + "." + String(format: "%02d", Int(m.minorUnits.magnitude % 100))
    }

    /// A cell a spreadsheet would evaluate, made plain text.
    public static func defused(_ cell: String) -> String {
        guard let first = cell.first, "=+-@\t\r".contains(first) else { return cell }
        return "'" + cell
    }

    public static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
