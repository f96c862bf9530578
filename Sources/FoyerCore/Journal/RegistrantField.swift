/// The fields of a registrant that an edit can change, as one table: what they are called in the
/// journal, how to read them from a registrant and from an edit, and how to set them in an edit. The
/// edit's diff, its application, its field list and the conflict check all go through it, so a new
/// field is one case here.
public enum RegistrantField: String, CaseIterable, Hashable, Sendable {
    case firstName, lastName, email, phone, organisation, role
    case feeCategory, price
    case dietaryNeeds, invoiceAddress, invoiceReference, notes

    /// One field's value: text for most, money for the price.
    public enum Value: Hashable, Sendable, CustomStringConvertible {
        case text(String)
        case money(Money)
        public var description: String {
            switch self {
            case .text(let t): return t
            case .money(let m): return MoneyFormat.swedish.string(m)
            }
        }
    }

    /// The name stored in the journal ("feeCategory" for the category).
    public var storedName: String { rawValue }

    public func value(in r: Registrant) -> Value {
        switch self {
        case .firstName: return .text(r.firstName)
        case .lastName: return .text(r.lastName)
        case .email: return .text(r.email)
        case .phone: return .text(r.phone)
        case .organisation: return .text(r.organisation)
        case .role: return .text(r.role)
        case .feeCategory: return .text(r.feeCategoryID)
        case .price: return .money(r.price)
        case .dietaryNeeds: return .text(r.dietaryNeeds)
        case .invoiceAddress: return .text(r.invoiceAddress)
        case .invoiceReference: return .text(r.invoiceReference)
        case .notes: return .text(r.notes)
        }
    }

    public func value(in e: RegistrantEdit) -> Value? {
        switch self {
        case .firstName: return e.firstName.map(Value.text)
        case .lastName: return e.lastName.map(Value.text)
        case .email: return e.email.map(Value.text)
        case .phone: return e.phone.map(Value.text)
        case .organisation: return e.organisation.map(Value.text)
        case .role: return e.role.map(Value.text)
        case .feeCategory: return e.feeCategoryID.map(Value.text)
        case .price: return e.price.map(Value.money)
        case .dietaryNeeds: return e.dietaryNeeds.map(Value.text)
        case .invoiceAddress: return e.invoiceAddress.map(Value.text)
        case .invoiceReference: return e.invoiceReference.map(Value.text)
        case .notes: return e.notes.map(Value.text)
        }
    }

    /// Sets (or with nil clears) this field in an edit.
    public func set(_ value: Value?, in e: inout RegistrantEdit) {
        func text() -> String? { if case .text(let t)? = value { return t }; return nil }
        switch self {
        case .firstName: e.firstName = text()
        case .lastName: e.lastName = text()
        case .email: e.email = text()
        case .phone: e.phone = text()
        case .organisation: e.organisation = text()
        case .role: e.role = text()
        case .feeCategory: e.feeCategoryID = text()
        case .price: if case .money(let m)? = value { e.price = m } else { e.price = nil }
        case .dietaryNeeds: e.dietaryNeeds = text()
        case .invoiceAddress: e.invoiceAddress = text()
        case .invoiceReference: e.invoiceReference = text()
        case .notes: e.notes = text()
        }
    }

    /// Sets this field of a registrant.
    public func set(_ value: Value, in r: inout Registrant) {
        var e = RegistrantEdit()
        set(value, in: &e)
        r = e.applied(to: r)
    }
}
