/// An amount of money in minor units (öre for SEK). Never floating point: prices, payments and totals
/// are whole öre so that every total equals the sum of its rows exactly.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var minorUnits: Int

    public init(minorUnits: Int) { self.minorUnits = minorUnits }
    /// Whole kronor (or the major unit of any currency with 100 minor units).
    public static func major(_ units: Int) -> Money { Money(minorUnits: units * 100) }
    public static let zero = Money(minorUnits: 0)

    public init(from decoder: Decoder) throws {
        minorUnits = try decoder.singleValueContainer().decode(Int.self)
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(minorUnits)
    }

    public static func + (a: Money, b: Money) -> Money { Money(minorUnits: a.minorUnits + b.minorUnits) }
    public static func - (a: Money, b: Money) -> Money { Money(minorUnits: a.minorUnits - b.minorUnits) }
    public static func += (a: inout Money, b: Money) { a.minorUnits += b.minorUnits }
    public static func -= (a: inout Money, b: Money) { a.minorUnits -= b.minorUnits }
    public static prefix func - (a: Money) -> Money { Money(minorUnits: -a.minorUnits) }
    public static func < (a: Money, b: Money) -> Bool { a.minorUnits < b.minorUnits }

    public var isZero: Bool { minorUnits == 0 }
    public var description: String { MoneyFormat.swedish.string(self) }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}
