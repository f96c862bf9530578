import Foundation

public enum PaymentMethod: String, Hashable, Sendable, Codable, CaseIterable {
    case invoice, card, cash, swish, other
    public var label: String {
        switch self {
        case .invoice: return "Invoice"
        case .card: return "Card"
        case .cash: return "Cash"
        case .swish: return "Swish"
        case .other: return "Other"
        }
    }
}

/// Money in (a payment), money back (a refund), or money not asked for (a waiver, e.g. a panellist).
public enum PaymentKind: String, Hashable, Sendable, Codable, CaseIterable {
    case payment, refund, waiver
}

/// One movement of money on a registration. Amounts are positive; the kind says which way.
public struct Payment: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var kind: PaymentKind
    public var amount: Money
    public var method: PaymentMethod
    public var time: Date
    /// The invoice number, card slip, Swish reference, or a waiver's reason.
    public var reference: String
    /// The desk that recorded it.
    public var desk: String

    public init(id: String, kind: PaymentKind = .payment, amount: Money, method: PaymentMethod, time: Date,
                reference: String = "", desk: String = "") {
        self.id = id; self.kind = kind; self.amount = amount; self.method = method; self.time = time
        self.reference = reference; self.desk = desk
    }

    private enum CodingKeys: String, CodingKey { case id, kind, amount, method, time, reference, desk }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decodeIfPresent(PaymentKind.self, forKey: .kind) ?? .payment
        amount = try c.decode(Money.self, forKey: .amount)
        method = try c.decode(PaymentMethod.self, forKey: .method)
        time = try c.decode(Date.self, forKey: .time)
        reference = try c.decodeIfPresent(String.self, forKey: .reference) ?? ""
        desk = try c.decodeIfPresent(String.self, forKey: .desk) ?? ""
    }
}
