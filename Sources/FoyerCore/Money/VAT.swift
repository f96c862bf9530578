/// A VAT rate in basis points: 2500 is 25 %, Sweden's standard rate ("moms").
public struct VATRate: Hashable, Sendable, Codable {
    public var basisPoints: Int
    public init(basisPoints: Int) { self.basisPoints = basisPoints }
    public static let swedishStandard = VATRate(basisPoints: 2500)

    public init(from decoder: Decoder) throws {
        basisPoints = try decoder.singleValueContainer().decode(Int.self)
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(basisPoints)
    }

    /// "25 %", or "12.5 %" for rates that are not whole percents.
    public var percentText: String {
        basisPoints % 100 == 0 ? "\(basisPoints / 100) %"
            : "\(basisPoints / 100).\(String(basisPoints % 100).leftPadded(to: 2, with: "0").trimmingTrailingZeros()) %"
    }
}

/// A gross price split into its net part and the VAT in it.
///
/// The rounding rule, the one and only: prices are stated including VAT, so the VAT is derived from the
/// gross amount. `net = gross × 10000 / (10000 + rate)`, rounded to the nearest öre with halves rounded
/// away from zero; `vat = gross − net`. So net + VAT always equals the gross price exactly, and a total's
/// VAT is the sum of the VAT of its lines (each line rounded once, never the total re-split).
public struct VATSplit: Hashable, Sendable {
    public var gross: Money
    public var net: Money
    public var vat: Money
    public var rate: VATRate

    public init(gross: Money, rate: VATRate) {
        self.gross = gross
        self.rate = rate
        let denominator = 10_000 + rate.basisPoints
        let numerator = gross.minorUnits * 10_000
        let netUnits = VATSplit.divideRoundingHalfAwayFromZero(numerator, denominator)
        self.net = Money(minorUnits: netUnits)
        self.vat = Money(minorUnits: gross.minorUnits - netUnits)
    }

    static func divideRoundingHalfAwayFromZero(_ n: Int, _ d: Int) -> Int {
        precondition(d > 0)
        let q = n / d, r = n % d
        if 2 * abs(r) >= d { return n >= 0 ? q + 1 : q - 1 }
        return q
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
    func trimmingTrailingZeros() -> String {
        var s = self
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}

extension VATRate {
    /// "25", "25 %", "12,5", "6.25": a percentage with at most two decimals, 0 to 100; nil otherwise.
    public init?(percentText text: String) {
        let cleaned = text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0]), (0...100).contains(whole) else { return nil }
        var hundredths = 0
        if parts.count == 2 {
            let f = String(parts[1])
            guard f.count <= 2, let v = Int(f.isEmpty ? "0" : f) else { return nil }
            hundredths = f.count == 1 ? v * 10 : v
        }
        let bp = whole * 100 + hundredths
        guard bp <= 10_000 else { return nil }
        self.init(basisPoints: bp)
    }
}
