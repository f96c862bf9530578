import Foundation

public enum RegistrationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case registered, waitlisted, cancelled
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

    private enum CodingKeys: String, CodingKey {
        case code, firstName, lastName, email, phone, organisation, role, feeCategoryID = "feeCategory", price,
             status, payments, checkIn, checkInHistory, registeredAt, dietaryNeeds, invoiceAddress,
             invoiceReference, notes
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        firstName = try c.decode(String.self, forKey: .firstName)
        lastName = try c.decode(String.self, forKey: .lastName)
        email = try c.decodeIfPresent(String.self, forKey: .email) ?? ""
        phone = try c.decodeIfPresent(String.self, forKey: .phone) ?? ""
        organisation = try c.decodeIfPresent(String.self, forKey: .organisation) ?? ""
        role = try c.decodeIfPresent(String.self, forKey: .role) ?? ""
        feeCategoryID = try c.decode(String.self, forKey: .feeCategoryID)
        price = try c.decode(Money.self, forKey: .price)
        status = try c.decode(RegistrationStatus.self, forKey: .status)
        payments = try c.decodeIfPresent([Payment].self, forKey: .payments) ?? []
        checkIn = try c.decodeIfPresent(CheckIn.self, forKey: .checkIn)
        checkInHistory = try c.decodeIfPresent([CheckInEvent].self, forKey: .checkInHistory) ?? []
        registeredAt = try c.decode(Date.self, forKey: .registeredAt)
        dietaryNeeds = try c.decodeIfPresent(String.self, forKey: .dietaryNeeds) ?? ""
        invoiceAddress = try c.decodeIfPresent(String.self, forKey: .invoiceAddress) ?? ""
        invoiceReference = try c.decodeIfPresent(String.self, forKey: .invoiceReference) ?? ""
        notes = try c.decodeIfPresent(String.self, forKey: .notes) ?? ""
    }

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
    /// Paid in full (or waived): nothing due.
    public var isSettled: Bool { due.minorUnits <= 0 }
    public var isCheckedIn: Bool { checkIn != nil }
}
