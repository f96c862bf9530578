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

    public init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
    public func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }

    /// The edit that turns `old` into `new` (only the fields that differ).
    public init(from old: Registrant, to new: Registrant) {
        for field in RegistrantField.allCases {
            let value = field.value(in: new)
            if value != field.value(in: old) { field.set(value, in: &self) }
        }
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

    /// The fields this edit changes, in the table's order.
    public var fields: [RegistrantField] { RegistrantField.allCases.filter { $0.value(in: self) != nil } }

    /// Field names (as stored) that this edit changes, for history lines.
    public var changedFields: [String] { fields.map(\.storedName) }

    /// The same fields as this edit, with their values in `r`: what a form was opened with, or what
    /// undoing this edit puts back.
    public func values(in r: Registrant) -> RegistrantEdit {
        var out = RegistrantEdit()
        for field in fields { field.set(field.value(in: r), in: &out) }
        return out
    }

    /// This edit without `field`.
    public func removing(_ field: RegistrantField) -> RegistrantEdit {
        var out = self
        field.set(nil, in: &out)
        return out
    }
}

extension RegistrantEdit: StoredObject {
    static let storedName: StaticString = "edit"

    /// The stored fields (see StoredFields): only those the edit sets are written.
    static let fields = StoredFields<RegistrantEdit>(blank: RegistrantEdit(), [
        .optional("firstName", { $0.firstName }, { $0.firstName = $1 }),
        .optional("lastName", { $0.lastName }, { $0.lastName = $1 }),
        .optional("email", { $0.email }, { $0.email = $1 }),
        .optional("phone", { $0.phone }, { $0.phone = $1 }),
        .optional("organisation", { $0.organisation }, { $0.organisation = $1 }),
        .optional("role", { $0.role }, { $0.role = $1 }),
        .optional("feeCategory", { $0.feeCategoryID }, { $0.feeCategoryID = $1 }),
        .optional("price", { $0.price }, { $0.price = $1 }),
        .optional("dietaryNeeds", { $0.dietaryNeeds }, { $0.dietaryNeeds = $1 }),
        .optional("invoiceAddress", { $0.invoiceAddress }, { $0.invoiceAddress = $1 }),
        .optional("invoiceReference", { $0.invoiceReference }, { $0.invoiceReference = $1 }),
        .optional("notes", { $0.notes }, { $0.notes = $1 }),
    ])
}
