/// A price a registrant can be registered at: "Full-time student, 500 kr including VAT".
public struct FeeCategory: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// Who may register at this price: "Full-time university or college student".
    public var eligibility: LocalizedText
    /// Price including VAT.
    public var price: Money
    public var vatRate: VATRate
    /// What the price includes: "Lunch and coffee".
    public var includes: LocalizedText
    /// Retired categories are kept for the registrants who have them but no longer offered.
    public var retired: Bool
    /// The desk should see an ID (student card, pensioner's card) before admitting at this price.
    public var requiresProof: Bool

    public init(id: String, name: LocalizedText, eligibility: LocalizedText = LocalizedText(), price: Money,
                vatRate: VATRate = .swedishStandard, includes: LocalizedText = LocalizedText(),
                retired: Bool = false, requiresProof: Bool = false) {
        self.id = id; self.name = name; self.eligibility = eligibility; self.price = price
        self.vatRate = vatRate; self.includes = includes; self.retired = retired; self.requiresProof = requiresProof
    }

    public var vatSplit: VATSplit { VATSplit(gross: price, rate: vatRate) }
    public func displayName(_ language: Language) -> String { name.text(preferring: language.rawValue) ?? id }

    private enum CodingKeys: String, CodingKey { case id, name, eligibility, price, vatRate, includes, retired, requiresProof }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(LocalizedText.self, forKey: .name)
        eligibility = try c.decodeIfPresent(LocalizedText.self, forKey: .eligibility) ?? LocalizedText()
        price = try c.decode(Money.self, forKey: .price)
        vatRate = try c.decode(VATRate.self, forKey: .vatRate)
        includes = try c.decodeIfPresent(LocalizedText.self, forKey: .includes) ?? LocalizedText()
        retired = try c.decodeIfPresent(Bool.self, forKey: .retired) ?? false
        requiresProof = try c.decodeIfPresent(Bool.self, forKey: .requiresProof) ?? false
    }
}
