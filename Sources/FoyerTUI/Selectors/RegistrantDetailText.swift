import Foundation
import FoyerCore

/// One registrant in full: every field, payments, check-ins and the history of changes from the journal.
enum RegistrantDetailText {
    typealias Words = Catalogue.Registrants

    static func lines(_ r: Registrant, state: AppState, width: Int) -> [StyledLine] {
        let event = state.event, zone = event.timeZone, money = event.moneyFormat, language = state.language
        let j = Glyphs.current.joiner
        func when(_ d: Date) -> String { let l = LocalDateTime(d, in: zone); return l.date.description + " " + l.timeText }
        func field(_ label: Phrase, _ value: String) -> [StyledLine] {
            let wrapped = TextLayout.wrap(value.isEmpty ? "—" : value, to: max(1, width - 20))
            return wrapped.enumerated().map { n, line in
                StyledLine((n == 0 ? "  " + TextLayout.fit(label[language], to: 18) : String(repeating: " ", count: 20)) + line, value.isEmpty ? .quiet : .normal)
            }
        }
        var out: [StyledLine] = [StyledLine(r.fullName + "  " + r.code, .title)]
        let category = event.feeCategory(id: r.feeCategoryID)
        let split = VATSplit(gross: r.price, rate: category?.vatRate ?? .swedishStandard)
        out.append(StyledLine(event.categoryName(of: r, in: language) + j + money.string(r.price)
                              + Words.inclVAT(rate: split.rate.percentText, vat: money.string(split.vat))[language], .heading))
        var status = status(r.status)
        if r.status == .registered { status = r.checkIn.map { Words.checkedInAt(when: when($0.time), desk: $0.desk) } ?? Words.registeredNotIn }
        out.append(StyledLine(Words.status[language] + status[language] + (event.isLate(r.registeredAt) ? j + Words.late[language] : ""),
                              r.status == .cancelled ? .warning : .normal))
        out.append(StyledLine(Words.due[language] + money.string(max(r.due, .zero)) + (r.due.minorUnits < 0 ? Words.overpaidBy(money.string(-r.due))[language] : ""),
                              r.due.minorUnits > 0 ? .warning : .normal))
        if r.refundOwed.minorUnits > 0 { out.append(StyledLine(Words.refundOwed(money.string(r.refundOwed))[language], .warning)) }
        out.append(StyledLine(""))
        out += field(Words.email, r.email) + field(Words.phone, r.phone) + field(Words.organisation, r.organisation) + field(Words.role, r.role)
        out += field(Words.registeredAt, when(r.registeredAt)) + field(Words.dietaryNeeds, r.dietaryNeeds)
        out += field(Words.invoiceAddress, r.invoiceAddress) + field(Words.invoiceReference, r.invoiceReference) + field(Words.notes, r.notes)
        out.append(StyledLine(""))
        out.append(StyledLine(Words.payments[language], .heading))
        if r.payments.isEmpty { out.append(StyledLine(Words.none[language], .quiet)) }
        // "återbet." and "avskrivet" need a column wider than "payment".
        let kindWidth = language == .sv ? 10 : 8
        for p in r.payments {
            out.append(StyledLine("  " + when(p.time) + "  " + TextLayout.fit(kind(p.kind)[language], to: kindWidth) + TextLayout.fit(money.string(p.amount), to: 11, alignRight: true)
                                  + "  " + p.method.name[language] + (p.reference.isEmpty ? "" : j + p.reference) + (p.desk.isEmpty ? "" : j + Words.desk(p.desk)[language])))
        }
        out.append(StyledLine(""))
        out.append(StyledLine(Words.checkIns[language], .heading))
        if r.checkInHistory.isEmpty { out.append(StyledLine(Words.none[language], .quiet)) }
        for c in r.checkInHistory {
            out.append(StyledLine("  " + when(c.time) + "  " + (c.action == .checkedIn ? Words.checkedIn : Words.checkInUndone)[language]
                                  + Words.atDesk(c.desk)[language] + (c.reason.map { " (\($0))" } ?? "")))
        }
        out.append(StyledLine(""))
        out.append(StyledLine(Words.historyOfChanges[language], .heading))
        let history = state.journal.filter { $0.change.code == r.code }
        if history.isEmpty { out.append(StyledLine(Words.noneSinceSnapshot[language], .quiet)) }
        for entry in history {
            out += ScrolledText.wrapped(when(entry.time) + "  " + Words.desk(entry.desk, user: entry.user)[language] + "  " + describe(entry.change, money: money)[language], width: width, indent: 2)
        }
        return out
    }

    /// "registered", "cancelled", "waitlisted" in the reader's language.
    static func status(_ status: RegistrationStatus) -> Phrase {
        switch status {
        case .registered: return Words.registered
        case .cancelled: return Words.cancelled
        case .waitlisted: return Words.waitlisted
        }
    }

    static func kind(_ kind: PaymentKind) -> Phrase {
        switch kind {
        case .payment: return Words.kindPayment
        case .refund: return Words.kindRefund
        case .waiver: return Words.kindWaiver
        }
    }

    /// What a change did, with the new values of edited fields.
    static func describe(_ change: Change, money: MoneyFormat) -> Phrase {
        guard case .edit(_, let e) = change else { return change.summaryPhrase }
        var parts: [Phrase] = []
        let pairs: [(String, String?)] = [("firstName", e.firstName), ("lastName", e.lastName), ("email", e.email), ("phone", e.phone),
                                          ("organisation", e.organisation), ("role", e.role), ("feeCategory", e.feeCategoryID),
                                          ("price", e.price.map { money.string($0) }), ("dietaryNeeds", e.dietaryNeeds),
                                          ("invoiceAddress", e.invoiceAddress), ("invoiceReference", e.invoiceReference), ("notes", e.notes)]
        for (field, value) in pairs {
            if let value { parts.append(FieldName.label(field) + Phrase(verbatim: " → ") + (value.isEmpty ? Words.empty : Phrase(verbatim: value))) }
        }
        return Words.changed(parts.joined(separator: Phrase(verbatim: "; ")))
    }
}
