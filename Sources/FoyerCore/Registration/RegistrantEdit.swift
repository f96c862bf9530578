/// A change to some of a registrant's fields; nil means "leave as it is". Kept field by field in the
/// journal so that two desks editing different fields of one person both keep their change, and so the
/// history can say exactly what changed.
public struct RegistrantEdit: Hashable, Sendable, Codable {
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var phone: String?
    public var organisation: String?
    public var role: String?
    public var feeCategoryID: String?
    public var price: Money?
    public var dietaryNeeds: String?
    public var invoiceAddress: String?
    public var invoiceReference: String?
    public var notes: String?

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case firstName, lastName, email, phone, organisation, role, feeCategoryID = "feeCategory", price,
             dietaryNeeds, invoiceAddress, invoiceReference, notes
    }

    /// The edit that turns `old` into `new` (only the fields that differ).
    public init(from old: Registrant, to new: Registrant) {
        func diff<T: Equatable>(_ a: T, _ b: T) -> T? { a == b ? nil : b }
        firstName = diff(old.firstName, new.firstName)
        lastName = diff(old.lastName, new.lastName)
        email = diff(old.email, new.email)
        phone = diff(old.phone, new.phone)
        organisation = diff(old.organisation, new.organisation)
        role = diff(old.role, new.role)
        feeCategoryID = diff(old.feeCategoryID, new.feeCategoryID)
        price = diff(old.price, new.price)
        dietaryNeeds = diff(old.dietaryNeeds, new.dietaryNeeds)
        invoiceAddress = diff(old.invoiceAddress, new.invoiceAddress)
        invoiceReference = diff(old.invoiceReference, new.invoiceReference)
        notes = diff(old.notes, new.notes)
    }

    public var isEmpty: Bool { self == RegistrantEdit() }

    public func applied(to r: Registrant) -> Registrant {
        var r = r
        if let v = firstName { r.firstName = v }
        if let v = lastName { r.lastName = v }
        if let v = email { r.email = v }
        if let v = phone { r.phone = v }
        if let v = organisation { r.organisation = v }
        if let v = role { r.role = v }
        if let v = feeCategoryID { r.feeCategoryID = v }
        if let v = price { r.price = v }
        if let v = dietaryNeeds { r.dietaryNeeds = v }
        if let v = invoiceAddress { r.invoiceAddress = v }
        if let v = invoiceReference { r.invoiceReference = v }
        if let v = notes { r.notes = v }
        return r
    }

    /// Field names (as stored) that this edit changes, for history lines.
    public var changedFields: [String] {
        var out: [String] = []
        if firstName != nil { out.append("firstName") }
        if lastName != nil { out.append("lastName") }
        if email != nil { out.append("email") }
        if phone != nil { out.append("phone") }
        if organisation != nil { out.append("organisation") }
        if role != nil { out.append("role") }
        if feeCategoryID != nil { out.append("feeCategory") }
        if price != nil { out.append("price") }
        if dietaryNeeds != nil { out.append("dietaryNeeds") }
        if invoiceAddress != nil { out.append("invoiceAddress") }
        if invoiceReference != nil { out.append("invoiceReference") }
        if notes != nil { out.append("notes") }
        return out
    }
}
