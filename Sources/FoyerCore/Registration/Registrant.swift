import Foundation

public enum RegistrationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case registered, waitlisted, cancelled

    /// The status as a person reads it: "waitlisted", "väntelista" (the stored word is `rawValue`).
    public var name: Phrase {
        switch self {
        case .registered: return Catalogue.Registration.registered
        case .waitlisted: return Catalogue.Registration.waitlisted
        case .cancelled: return Catalogue.Registration.cancelled
        }
    }
}

/// A person registered for an event.
public struct Registrant: Hashable, Sendable, Codable, Identifiable {
    /// Short, unique within the event, and easy to read out: "SAF-0042". Never reused.
    public var code: String
    public var firstName: String
    public var lastName: String
    public var email: String
    public var phone: String
    public var organisation: String
    /// Role or profession: "Psychologist", "Psychotherapy trainee".
    public var role: String
    public var feeCategoryID: String
    /// The price agreed at registration, including VAT. A later change of the category's price does not
    /// change it unless the organiser says so.
    public var price: Money
    public var status: RegistrationStatus
    public var payments: [Payment]
    /// The current check-in, nil when not (or no longer) checked in.
    public var checkIn: CheckIn?
    /// Every check-in and every undo, oldest first.
    public var checkInHistory: [CheckInEvent]
    public var registeredAt: Date
    public var dietaryNeeds: String
    public var invoiceAddress: String
    public var invoiceReference: String
    public var notes: String

    public var id: String { code }

    public init(code: String, firstName: String, lastName: String, email: String = "", phone: String = "",
                organisation: String = "", role: String = "", feeCategoryID: String, price: Money,
                status: RegistrationStatus = .registered, payments: [Payment] = [], checkIn: CheckIn? = nil,
                checkInHistory: [CheckInEvent] = [], registeredAt: Date, dietaryNeeds: String = "",
                invoiceAddress: String = "", invoiceReference: String = "", notes: String = "") {
        self.code = code; self.firstName = firstName; self.lastName = lastName; self.email = email
        self.phone = phone; self.organisation = organisation; self.role = role
        self.feeCategoryID = feeCategoryID; self.price = price; self.status = status; self.payments = payments
        self.checkIn = checkIn; self.checkInHistory = checkInHistory; self.registeredAt = registeredAt
        self.dietaryNeeds = dietaryNeeds; self.invoiceAddress = invoiceAddress
        self.invoiceReference = invoiceReference; self.notes = notes
    }

    public init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
    public func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }

    // MARK: Derived

    /// "Åsa Öberg"
    public var fullName: String { [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ") }
    /// "Öberg, Åsa" — for sorted lists.
    public var sortName: String { lastName.isEmpty ? firstName : lastName + ", " + firstName }

    public func total(_ kind: PaymentKind) -> Money {
        payments.lazy.filter { $0.kind == kind }.map(\.amount).reduce(.zero, +)
    }
    public var paid: Money { total(.payment) }
    public var refunded: Money { total(.refund) }
    public var waived: Money { total(.waiver) }
    /// What is still owed: price − paid + refunded − waived. Negative when overpaid.
    /// A cancelled registration owes nothing more.
    public var due: Money {
        status == .cancelled ? .zero : price - paid + refunded - waived
    }
    /// What a cancelled registration has paid and not had back: owed to the person unless the organiser
    /// keeps it (zero for anyone not cancelled; an active one's overpayment is a negative `due`).
    public var refundOwed: Money {
        status == .cancelled ? max(.zero, paid - refunded) : .zero
    }
    /// Paid in full (or waived): nothing due.
    public var isSettled: Bool { due.minorUnits <= 0 }
    public var isCheckedIn: Bool { checkIn != nil }
}

extension Registrant: StoredObject {
    static let storedName: StaticString = "registrant"

    /// Every stored field, in the order of the properties: the snapshot, journal lines, the JSON export
    /// and Codable all read and write through this table (see StoredFields). A field added here is
    /// written, read and defaulted everywhere; give it a default so that older files still load.
    /// `repeats: false` for values that are seldom the same, so reading does not look them up.
    static let fields = StoredFields<Registrant>(blank: Registrant(code: "", firstName: "", lastName: "", feeCategoryID: "",
                                                                   price: .zero, registeredAt: Date(timeIntervalSince1970: 0)), [
        .required("code", repeats: false, { $0.code }, { $0.code = $1 }),
        .required("firstName", { $0.firstName }, { $0.firstName = $1 }),
        .required("lastName", { $0.lastName }, { $0.lastName = $1 }),
        .defaulted("email", "", repeats: false, { $0.email }, { $0.email = $1 }),
        .defaulted("phone", "", repeats: false, { $0.phone }, { $0.phone = $1 }),
        .defaulted("organisation", "", { $0.organisation }, { $0.organisation = $1 }),
        .defaulted("role", "", { $0.role }, { $0.role = $1 }),
        .required("feeCategory", { $0.feeCategoryID }, { $0.feeCategoryID = $1 }),
        .required("price", { $0.price }, { $0.price = $1 }),
        .required("status", { $0.status }, { $0.status = $1 }),
        .defaulted("payments", [], { $0.payments }, { $0.payments = $1 }),
        .optional("checkIn", { $0.checkIn }, { $0.checkIn = $1 }),
        .defaulted("checkInHistory", [], { $0.checkInHistory }, { $0.checkInHistory = $1 }),
        .required("registeredAt", { $0.registeredAt }, { $0.registeredAt = $1 }),
        .defaulted("dietaryNeeds", "", { $0.dietaryNeeds }, { $0.dietaryNeeds = $1 }),
        .defaulted("invoiceAddress", "", { $0.invoiceAddress }, { $0.invoiceAddress = $1 }),
        .defaulted("invoiceReference", "", { $0.invoiceReference }, { $0.invoiceReference = $1 }),
        .defaulted("notes", "", { $0.notes }, { $0.notes = $1 }),
    ])
}

extension RegistrationStatus: StoredEnum {}
