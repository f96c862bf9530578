import Foundation
import FoyerCore

/// One match of the check-in search on one line, made to tell people apart at 80 columns: the code,
/// the whole name, what distinguishes them (organisation and email, or the phone's last digits), the
/// category and where they stand (paid, due, in at 09:20, and what is still owed).
struct MatchColumns {
    let code: Int, name: Int, who: Int, category: Int, status: Int
    let maskEmails: Bool
    let event: Event

    init(_ width: Int, _ state: AppState) {
        // Room for the longest code and a space ("SAF-100000" at a congress).
        code = max(9, TextWidth.width(RegistrantCode.make(prefix: state.event.codePrefix, number: max(1, state.registry.nextNumber - 1))) + 1)
        status = width >= 100 ? 28 : 17
        category = width >= 100 ? 22 : 11
        let rest = max(20, width - 2 - 2 - code - category - status - 3)
        // The name first: "Sjöberg, Małgorzata" whole at 80 columns.
        name = min(max(16, rest * 55 / 100), 30)
        who = max(4, rest - name)
        maskEmails = state.maskEmails
        event = state.event
    }

    func row(_ r: Registrant, namesake: Bool, money: MoneyFormat, zone: TimeZone, g: Glyphs, language: Language = .en) -> String {
        let mark = namesake ? "= " : "  "
        return mark + TextLayout.fit(r.code, to: code) + TextLayout.fit(r.sortName, to: name) + " " + TextLayout.fit(who(r, g: g, language: language), to: who)
            + " " + TextLayout.fit(shortCategory(r, language), to: category) + " " + TextLayout.truncate(status(r, money: money, zone: zone, g: g, language: language), to: status)
    }

    /// Organisation and email, or the last digits of the phone when there is neither.
    func who(_ r: Registrant, g: Glyphs, language: Language = .en) -> String {
        let email = maskEmails ? Self.masked(r.email) : r.email
        let parts = [r.organisation, email].filter { !$0.isEmpty }
        if !parts.isEmpty { return parts.joined(separator: g.joiner) }
        let digits = r.phone.filter(\.isNumber)
        return digits.count >= 4 ? Catalogue.Desk.phoneEnding(String(digits.suffix(4)))[language] : ""
    }

    /// "a•••@sll.se": enough to tell two people apart, not enough to read over a shoulder.
    static func masked(_ email: String) -> String {
        guard let at = email.firstIndex(of: "@"), at != email.startIndex else { return email }
        return String(email[email.startIndex]) + "•••" + email[at...]
    }

    private func shortCategory(_ r: Registrant, _ language: Language) -> String { event.categoryName(of: r, in: language) }

    func status(_ r: Registrant, money: MoneyFormat, zone: TimeZone, g: Glyphs, language: Language = .en) -> String {
        typealias Words = Catalogue.Desk
        switch r.status {
        case .cancelled: return Words.matchCancelled[language]
        case .waitlisted: return Words.matchWaitingList[language]
        case .registered:
            let due = r.due.minorUnits > 0 ? money.string(r.due) : nil
            if let c = r.checkIn {
                let time = LocalDateTime(c.time, in: zone).timeText
                // The debt shows beside the arrival: "pay later" is not "paid".
                let arrived = status >= 24 ? Words.matchInAt(time) + Phrase(verbatim: g.joiner) : Words.matchInShort
                return (due.map { arrived + Words.matchOwed($0) } ?? Words.matchInAtDesk(time: time, desk: c.desk))[language]
            }
            return (due.map(Words.matchDue) ?? Words.matchPaid)[language]
        }
    }
}
