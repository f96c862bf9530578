import Foundation
import FoyerCore

/// A walk-in the store found registered already (the duplicate rule, under the lock): who they are and
/// where they stand, so the desk can ask "is this them?" instead of registering, charging and checking in
/// a second time. Nothing was written when this is reported.
public struct WalkInMatch: Hashable, Sendable, CustomStringConvertible {
    /// The walk-in as the form made it (its code is only a guess) and how they were to pay (nil: later,
    /// or nothing now): what "a different person" registers with `Effect.walkInAnyway`.
    public var draft: Registrant
    public var method: PaymentMethod?
    /// The person already registered, as the store had them under the lock: code, name, status, payments
    /// and check-in.
    public var existing: Registrant
    /// "the same email", "the same phone" or "the same name" (the first of these that holds).
    public var reason: Phrase
    /// The desk and time that registered them, while the journal still holds it.
    public var registeredBy: ChangeAuthor?
    /// Their check-in's desk and time ("08:35" in the event's zone); nil when they are not checked in.
    public var checkedIn: ChangeAuthor?
    /// What they still owe, in the event's money ("2 000 kr"); zero when paid.
    public var dueText: String

    public init(draft: Registrant, method: PaymentMethod?, existing: Registrant, reason: Phrase, registeredBy: ChangeAuthor?, event: Event) {
        self.draft = draft; self.method = method; self.existing = existing; self.reason = reason; self.registeredBy = registeredBy
        checkedIn = existing.checkIn.map { ChangeAuthor(desk: $0.desk, time: $0.time, zone: event.timeZone) }
        dueText = event.moneyFormat.string(existing.due)
    }

    /// "SAF-0001 Agnes Olsson is registered already (the same email): paid, checked in at 08:35 at desk A"
    public var description: String { phrase.en }

    public var phrase: Phrase {
        var facts: [Phrase] = []
        switch existing.status {
        case .registered: break
        case .waitlisted: facts.append(Catalogue.App.waitlisted)
        case .cancelled: facts.append(Catalogue.App.cancelled)
        }
        facts.append(existing.isSettled ? Catalogue.App.paid : Catalogue.App.due(dueText))
        if let checkedIn {
            facts.append(checkedIn.desk.isEmpty ? Catalogue.App.checkedInAt(time: checkedIn.timeText)
                                                : Catalogue.App.checkedInAtDesk(time: checkedIn.timeText, desk: checkedIn.desk))
        } else {
            facts.append(Catalogue.App.notCheckedIn)
        }
        return Catalogue.App.registeredAlready(code: existing.code, name: existing.fullName, reason: reason,
                                               facts: facts.joined(separator: Phrase(verbatim: ", ")))
    }
}
