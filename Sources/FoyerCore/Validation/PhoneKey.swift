/// What two phone numbers must share to be "the same phone" in the duplicate rule.
///
/// The rule: only the digits count (spaces, dashes, dots, brackets and "+" are how people write a
/// number, not the number), and two numbers are the same when their last 8 digits are. Eight, because
///  - "+46 70 123 45 67", "0046 70-123 45 67" and "070-123 45 67" differ only before their last 9 digits
///    (the country code or the trunk 0), and an eight-digit national number ("0910-123 45",
///    "+46 910 123 45") before its last 8: fewer than 9 is needed to see them as one;
///  - 8 still tell operators apart ("070-123 45 67" is not "073-123 45 67"), which 7 would not;
///  - it needs no table of country codes, so "+47 412 34 567" and "412 34 567" match as well.
/// A number of 7 digits is compared whole (its 7 digits); fewer than 7 (an extension, a fragment, nothing)
/// identifies nobody. Any script's decimal digits count, so a number pasted with full-width digits matches.
/// The price of no table: two different numbers ending in the same 8 digits ("08-12 34 56 78" and
/// "071-234 56 78") match, which only means the desk is shown the other person and asked.
public enum PhoneKey {
    public static let compared = 8
    public static let shortest = 7

    /// The digits two numbers are compared by, or nil when the text has too few to identify anyone.
    public static func key(_ phone: String) -> String? {
        // Bytes, not Characters: the form's warning keys every registrant's phone on each check.
        var digits: [UInt8] = []
        for scalar in phone.unicodeScalars {
            if scalar.isASCII {
                if scalar.value >= 0x30, scalar.value <= 0x39 { digits.append(UInt8(scalar.value)) }
            } else if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue, value >= 0, value <= 9 {
                digits.append(0x30 + UInt8(value))
            }
        }
        guard digits.count >= shortest else { return nil }
        return String(decoding: digits.suffix(compared), as: UTF8.self)
    }
}
