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

    /// A short English description for the status line and the history: "checked in at desk B".
    public var summary: String {
        switch self {
        case .register(let r): return "registered \(r.fullName) (\(r.code))"
        case .edit(_, let e): return "changed " + (e.changedFields.isEmpty ? "nothing" : e.changedFields.joined(separator: ", "))
        case .setStatus(_, let s):
            switch s {
            case .registered: return "restored the registration"
            case .waitlisted: return "moved to the waiting list"
            case .cancelled: return "cancelled the registration"
            }
        case .recordPayment(_, let p): return "\(p.kind.rawValue) of \(MoneyFormat.swedish.string(p.amount)) (\(p.method.label))"
        case .checkIn(_, let c): return "checked in at desk \(c.desk)"
        case .undoCheckIn(_, let e): return "check-in undone" + (e.reason.map { " (\($0))" } ?? "")
        case .delete(let code): return "deleted \(code) for good"
        }
    }
}
