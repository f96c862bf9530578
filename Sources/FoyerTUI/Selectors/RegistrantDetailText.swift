import Foundation
import FoyerCore

/// One registrant in full: every field, payments, check-ins and the history of changes from the journal.
enum RegistrantDetailText {
    static func lines(_ r: Registrant, state: AppState, width: Int) -> [StyledLine] {
        let event = state.event, zone = event.timeZone, money = event.moneyFormat
        func when(_ d: Date) -> String { let l = LocalDateTime(d, in: zone); return l.date.description + " " + l.timeText }
        func field(_ label: String, _ value: String) -> [StyledLine] {
            let wrapped = TextLayout.wrap(value.isEmpty ? "—" : value, to: max(1, width - 20))
            return wrapped.enumerated().map { n, line in
                StyledLine((n == 0 ? "  " + TextLayout.fit(label, to: 18) : String(repeating: " ", count: 20)) + line, value.isEmpty ? .quiet : .normal)
            }
        }
        var out: [StyledLine] = [StyledLine(r.fullName + "  " + r.code, .title)]
        let category = event.feeCategory(id: r.feeCategoryID)
        let split = VATSplit(gross: r.price, rate: category?.vatRate ?? .swedishStandard)
        out.append(StyledLine(event.categoryName(of: r) + Glyphs.current.joiner + money.string(r.price)
                              + " incl. VAT \(split.rate.percentText) (\(money.string(split.vat)))", .heading))
        var status = r.status.rawValue
        if r.status == .registered { status = r.checkIn.map { "checked in \(when($0.time)) at desk \($0.desk)" } ?? "registered, not checked in" }
        out.append(StyledLine("Status: " + status + (event.isLate(r.registeredAt) ? Glyphs.current.joiner + "late" : ""), r.status == .cancelled ? .warning : .normal))
        out.append(StyledLine("Due: " + money.string(max(r.due, .zero)) + (r.due.minorUnits < 0 ? " (overpaid by \(money.string(-r.due)))" : ""),
                              r.due.minorUnits > 0 ? .warning : .normal))
        out.append(StyledLine(""))
        out += field("Email", r.email) + field("Phone", r.phone) + field("Organisation", r.organisation) + field("Role", r.role)
        out += field("Registered", when(r.registeredAt)) + field("Dietary needs", r.dietaryNeeds)
        out += field("Invoice address", r.invoiceAddress) + field("Invoice reference", r.invoiceReference) + field("Notes", r.notes)
        out.append(StyledLine(""))
        out.append(StyledLine("Payments", .heading))
        if r.payments.isEmpty { out.append(StyledLine("  none", .quiet)) }
        for p in r.payments {
            out.append(StyledLine("  " + when(p.time) + "  " + TextLayout.fit(p.kind.rawValue, to: 8) + TextLayout.fit(money.string(p.amount), to: 11, alignRight: true)
                                  + "  " + p.method.label + (p.reference.isEmpty ? "" : Glyphs.current.joiner + p.reference) + (p.desk.isEmpty ? "" : Glyphs.current.joiner + "desk " + p.desk)))
        }
        out.append(StyledLine(""))
        out.append(StyledLine("Check-ins", .heading))
        if r.checkInHistory.isEmpty { out.append(StyledLine("  none", .quiet)) }
        for c in r.checkInHistory {
            out.append(StyledLine("  " + when(c.time) + "  " + (c.action == .checkedIn ? "checked in" : "check-in undone")
                                  + " at desk " + c.desk + (c.reason.map { " (\($0))" } ?? "")))
        }
        out.append(StyledLine(""))
        out.append(StyledLine("History of changes", .heading))
        let history = state.journal.filter { $0.change.code == r.code }
        if history.isEmpty { out.append(StyledLine("  none since the last snapshot", .quiet)) }
        for entry in history {
            out += ScrolledText.wrapped(when(entry.time) + "  desk " + entry.desk + "  " + describe(entry.change, money: money), width: width, indent: 2)
        }
        return out
    }

    /// What a change did, with the new values of edited fields.
    static func describe(_ change: Change, money: MoneyFormat) -> String {
        guard case .edit(_, let e) = change else { return change.summary }
        var parts: [String] = []
        let pairs: [(String, String?)] = [("firstName", e.firstName), ("lastName", e.lastName), ("email", e.email), ("phone", e.phone),
                                          ("organisation", e.organisation), ("role", e.role), ("feeCategory", e.feeCategoryID),
                                          ("price", e.price.map { money.string($0) }), ("dietaryNeeds", e.dietaryNeeds),
                                          ("invoiceAddress", e.invoiceAddress), ("invoiceReference", e.invoiceReference), ("notes", e.notes)]
        for (field, value) in pairs { if let value { parts.append(FieldName.label(field) + " → " + (value.isEmpty ? "(empty)" : value)) } }
        return "changed " + parts.joined(separator: "; ")
    }
}
