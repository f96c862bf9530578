import Foundation

/// Removing personal data from an event's registrations once it is over (`foyer anonymise`), keeping
/// everything the accounts and the statistics need: the codes, categories, statuses, prices, the
/// payments' amounts, kinds, methods and times, and the check-in times and desks.
public enum Anonymisation {
    /// The first name every registrant gets.
    public static let firstName = "Anonymous"
    /// What an undo's reason in a check-in history becomes (it may name people).
    public static let removedReason = "(removed)"

    /// Every registrant anonymised, in the same order.
    public static func anonymised(_ registrants: some Sequence<Registrant>) -> [Registrant] {
        registrants.map { $0.anonymised() }
    }
}

extension Registrant {
    /// This registration without the person: first name "Anonymous", last name the code, every other
    /// personal field emptied, payment references blanked and undo reasons replaced. Counts, money and
    /// check-ins stay as they were.
    public func anonymised() -> Registrant {
        var r = self
        r.firstName = Anonymisation.firstName
        r.lastName = code
        r.email = ""
        r.phone = ""
        r.organisation = ""
        r.role = ""
        r.dietaryNeeds = ""
        r.invoiceAddress = ""
        r.invoiceReference = ""
        r.notes = ""
        r.payments = payments.map { $0.anonymised() }
        r.checkInHistory = checkInHistory.map { $0.anonymised() }
        return r
    }

    /// True when nothing personal is left (what `anonymised()` makes).
    public var isAnonymised: Bool { self == anonymised() }
}

extension Payment {
    /// The payment without its reference (an invoice number, a slip, a waiver's reason may name someone).
    public func anonymised() -> Payment {
        var p = self
        p.reference = ""
        return p
    }
}

extension CheckInEvent {
    /// The history line with an undo's reason replaced by "(removed)"; time, desk and action kept.
    public func anonymised() -> CheckInEvent {
        var e = self
        if let reason, !reason.isEmpty { e.reason = Anonymisation.removedReason }
        return e
    }
}
