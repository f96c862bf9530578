/// Formats money the way the event's documents write it: "2 000 kr", "2 000,50 kr", "−500 kr".
/// Thousands are grouped with a plain space (the Swedish convention, kept ASCII so that it copies,
/// greps and aligns in any terminal); öre are shown only when there are some, after a decimal comma.
public struct MoneyFormat: Sendable {
    public var currencyCode: String
    public init(currencyCode: String) { self.currencyCode = currencyCode }
    public static let swedish = MoneyFormat(currencyCode: "SEK")

    public var suffix: String {
        switch currencyCode.uppercased() {
        case "SEK", "NOK", "DKK": return "kr"
        default: return currencyCode.uppercased()
        }
    }

    public func string(_ money: Money, alwaysShowMinor: Bool = false) -> String {
        let negative = money.minorUnits < 0
        let magnitude = money.minorUnits.magnitude
        let major = magnitude / 100, minor = magnitude % 100
        var digits = String(major)
        var grouped = ""
        while digits.count > 3 {
            grouped = " " + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if minor != 0 || alwaysShowMinor {
            grouped += "," + String(minor).leftPadded(to: 2, with: "0")
        }
        return (negative ? "-" : "") + grouped + " " + suffix
    }

    /// Reads what a person types: "2000", "2 000", "2000 kr", "1 000,50", "1000.5". Nil when it is not money.
    public func parse(_ text: String) -> Money? {
        var s = text.trimmingCharacters(in: .whitespaces)
        for unit in [suffix, currencyCode, ":-"] where s.lowercased().hasSuffix(unit.lowercased()) {
            s = String(s.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
        }
        s = s.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        var negative = false
        if s.hasPrefix("-") || s.hasPrefix("−") { negative = true; s.removeFirst() }
        guard !s.isEmpty else { return nil }
        let parts = s.split(separator: s.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let major = Int(parts[0].isEmpty ? "0" : String(parts[0])), major >= 0 else { return nil }
        var minor = 0
        if parts.count == 2 {
            let fraction = String(parts[1])
            guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(fraction.isEmpty ? "0" : fraction) else { return nil }
            minor = fraction.count == 1 ? value * 10 : value
        }
        guard major < Int.max / 1000 else { return nil }
        let units = major * 100 + minor
        return Money(minorUnits: negative ? -units : units)
    }
}

import Foundation
