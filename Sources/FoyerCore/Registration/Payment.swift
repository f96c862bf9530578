import Foundation

public enum PaymentMethod: String, Hashable, Sendable, Codable, CaseIterable {
    case invoice, card, cash, swish, other
    /// The method as a person reads it: "Invoice", "Faktura".
    public var name: Phrase {
        switch self {
        case .invoice: return Catalogue.Registration.invoice
        case .card: return Catalogue.Registration.card
        case .cash: return Catalogue.Registration.cash
        case .swish: return Phrase(verbatim: "Swish")
        case .other: return Catalogue.Registration.otherMethod
        }
    }
}

/// Money in (a payment), money back (a refund), or money not asked for (a waiver, e.g. a panellist).
public enum PaymentKind: String, Hashable, Sendable, Codable, CaseIterable {
    case payment, refund, waiver

    /// The kind as a person reads it: "refund", "återbetalning".
    public var name: Phrase {
        switch self {
        case .payment: return Catalogue.Registration.payment
        case .refund: return Catalogue.Registration.refund
        case .waiver: return Catalogue.Registration.waiver
        }
    }
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

    public init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
    public func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }
}

extension Payment: StoredObject {
    static let storedName: StaticString = "payment"

    /// Every stored field (see StoredFields): snapshot, journal, export and Codable go through it.
    static let fields = StoredFields<Payment>(blank: Payment(id: "", amount: .zero, method: .other, time: Date(timeIntervalSince1970: 0)), [
        .required("id", repeats: false, { $0.id }, { $0.id = $1 }),
        .defaulted("kind", PaymentKind.payment, { $0.kind }, { $0.kind = $1 }),
        .required("amount", { $0.amount }, { $0.amount = $1 }),
        .required("method", { $0.method }, { $0.method = $1 }),
        .required("time", { $0.time }, { $0.time = $1 }),
        .defaulted("reference", "", { $0.reference }, { $0.reference = $1 }),
        .defaulted("desk", "", { $0.desk }, { $0.desk = $1 }),
    ])
}

extension PaymentKind: StoredEnum {}
extension PaymentMethod: StoredEnum {}
