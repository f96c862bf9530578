import Foundation

/// When a new registration is the same person as someone registered: the same email (ignoring case and
/// the spaces around it), else the same phone (`PhoneKey`: its last 8 digits), else the same first and
/// last name folded (accents and case ignored). One rule for the form's early warning
/// (`Validation.duplicates`) and the store's check under the lock (`DuplicateIndex`), so the desk is never
/// told one thing and refused for another.
///
/// The order is the order of certainty: an email is one person's; a phone is nearly always one person's
/// (a shared office line is the exception); two people can well share a name. A match is reported with
/// the first reason that holds.
public enum DuplicateRule {
    public enum Reason: String, CaseIterable, Hashable, Sendable {
        case email, phone, name

        public var name: Phrase {
            switch self {
            case .email: return Catalogue.Validation.sameEmail
            case .phone: return Catalogue.Validation.samePhone
            case .name: return Catalogue.Validation.sameName
            }
        }
        /// The form field a warning is shown at.
        public var field: String {
            switch self {
            case .email: return "email"
            case .phone: return "phone"
            case .name: return "lastName"
            }
        }
    }

    /// What `r` is compared by for `reason`; nil when it has nothing to compare (no email, too few digits
    /// in the phone, no letters in the name), and then it is the same as nobody by that reason.
    public static func key(_ reason: Reason, of r: Registrant) -> String? {
        switch reason {
        case .email:
            let email = r.email.trimmingCharacters(in: .whitespaces).lowercased()
            return email.isEmpty ? nil : email
        case .phone:
            return PhoneKey.key(r.phone)
        case .name:
            let words = TextFolding.words(r.fullName)
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
    }

    /// `r`'s keys, in the rule's order, leaving out the reasons it has nothing for.
    public static func keys(of r: Registrant) -> [(reason: Reason, key: String)] {
        Reason.allCases.compactMap { reason in key(reason, of: r).map { (reason, $0) } }
    }
}
