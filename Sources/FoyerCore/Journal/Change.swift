/// One change to an event's registrations: what a journal line records and what `Registry.apply` does.
public enum Change: Hashable, Sendable {
    case register(Registrant)
    case edit(code: String, RegistrantEdit)
    case setStatus(code: String, RegistrationStatus)
    case recordPayment(code: String, Payment)
    case checkIn(code: String, CheckIn)
    case undoCheckIn(code: String, CheckInEvent)
    case delete(code: String)

    public var code: String {
        switch self {
        case .register(let r): return r.code
        case .edit(let code, _), .setStatus(let code, _), .recordPayment(let code, _), .checkIn(let code, _),
             .undoCheckIn(let code, _), .delete(let code):
            return code
        }
    }

    public var isRegister: Bool { if case .register = self { return true } else { return false } }


    /// A short description for the status line and the history: "checked in at desk B", "incheckad vid disk B".
    public var summaryPhrase: Phrase {
        typealias Words = Catalogue.History
        switch self {
        case .register(let r): return Words.registered(name: r.fullName, code: r.code)
        case .edit(_, let e): return e.changedFields.isEmpty ? Words.changedNothing : Words.changed(e.changedFields.joined(separator: ", "))
        case .setStatus(_, let s):
            switch s {
            case .registered: return Words.restored
            case .waitlisted: return Words.movedToWaitingList
            case .cancelled: return Words.cancelled
            }
        case .recordPayment(_, let p): return Words.payment(kind: p.kind.name, amount: MoneyFormat.swedish.string(p.amount), method: p.method.name)
        case .checkIn(_, let c): return Words.checkedIn(desk: c.desk)
        case .undoCheckIn(_, let e): return Words.checkInUndone + (e.reason.map { Phrase(verbatim: " (\($0))") } ?? .empty)
        case .delete(let code): return Words.deleted(code: code)
        }
    }
}
