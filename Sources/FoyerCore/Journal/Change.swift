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

extension Change: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, code, registrant, edit, status, payment, checkIn, event
    }
    private enum Kind: String, Codable {
        case register, edit, setStatus, recordPayment, checkIn, undoCheckIn, delete
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(Kind.self, forKey: .type)
        switch kind {
        case .register: self = .register(try c.decode(Registrant.self, forKey: .registrant))
        case .edit: self = .edit(code: try c.decode(String.self, forKey: .code), try c.decode(RegistrantEdit.self, forKey: .edit))
        case .setStatus: self = .setStatus(code: try c.decode(String.self, forKey: .code), try c.decode(RegistrationStatus.self, forKey: .status))
        case .recordPayment: self = .recordPayment(code: try c.decode(String.self, forKey: .code), try c.decode(Payment.self, forKey: .payment))
        case .checkIn: self = .checkIn(code: try c.decode(String.self, forKey: .code), try c.decode(CheckIn.self, forKey: .checkIn))
        case .undoCheckIn: self = .undoCheckIn(code: try c.decode(String.self, forKey: .code), try c.decode(CheckInEvent.self, forKey: .event))
        case .delete: self = .delete(code: try c.decode(String.self, forKey: .code))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .register(let r): try c.encode(Kind.register, forKey: .type); try c.encode(r, forKey: .registrant)
        case .edit(let code, let e): try c.encode(Kind.edit, forKey: .type); try c.encode(code, forKey: .code); try c.encode(e, forKey: .edit)
        case .setStatus(let code, let s): try c.encode(Kind.setStatus, forKey: .type); try c.encode(code, forKey: .code); try c.encode(s, forKey: .status)
        case .recordPayment(let code, let p): try c.encode(Kind.recordPayment, forKey: .type); try c.encode(code, forKey: .code); try c.encode(p, forKey: .payment)
        case .checkIn(let code, let ci): try c.encode(Kind.checkIn, forKey: .type); try c.encode(code, forKey: .code); try c.encode(ci, forKey: .checkIn)
        case .undoCheckIn(let code, let e): try c.encode(Kind.undoCheckIn, forKey: .type); try c.encode(code, forKey: .code); try c.encode(e, forKey: .event)
        case .delete(let code): try c.encode(Kind.delete, forKey: .type); try c.encode(code, forKey: .code)
        }
    }
}
