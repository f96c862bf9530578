/// A problem with a registrant's fields, named by the field it belongs to.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }
    /// The stored field name: "firstName", "email", "feeCategory".
    public var field: String
    /// What is wrong, in both languages (`message` is its English).
    public var phrase: Phrase
    public var severity: Severity
    /// For duplicates: the code of the existing registrant.
    public var existingCode: String?

    public init(field: String, phrase: Phrase, severity: Severity = .error, existingCode: String? = nil) {
        self.field = field; self.phrase = phrase; self.severity = severity; self.existingCode = existingCode
    }
    /// "email: …" in both languages.
    public var fullPhrase: Phrase { Catalogue.Validation.problem(field: field, message: phrase) }
    public var description: String { fullPhrase.en }
}

/// The rules a registration must meet before it is saved. Errors block saving; warnings (a possible
/// duplicate) are shown with the existing record so a person can decide.
public enum Validation {
    public static let maxFieldLength = 500
    public static let maxNotesLength = 10_000

    /// Checks the fields of one registrant; `others` are the event's other registrants, for duplicates.
    public static func check(_ r: Registrant, event: Event, others: some Collection<Registrant>) -> [ValidationIssue] {
        var issues = fieldIssues(r, event: event)
        issues += duplicates(of: r, among: others)
        return issues
    }

    /// `categoryMayWait`: an empty category is a warning, not an error — for registrants kept with their
    /// category to choose (an import, a stored registrant); a form's save still needs one.
    public static func fieldIssues(_ r: Registrant, event: Event, categoryMayWait: Bool = false) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if r.firstName.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(.init(field: "firstName", phrase: Catalogue.Validation.firstNameRequired))
        }
        if r.lastName.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(.init(field: "lastName", phrase: Catalogue.Validation.lastNameRequired))
        }
        if !r.email.isEmpty, !isEmailShaped(r.email) {
            issues.append(.init(field: "email", phrase: Catalogue.Validation.notAnEmail(r.email)))
        }
        if r.feeCategoryID.isEmpty {
            issues.append(categoryMayWait
                ? .init(field: "feeCategory", phrase: Catalogue.Validation.categoryToChoose(price: event.moneyFormat.string(r.price)),
                        severity: .warning)
                : .init(field: "feeCategory", phrase: Catalogue.Validation.chooseCategory))
        } else if event.feeCategory(id: r.feeCategoryID) == nil {
            issues.append(.init(field: "feeCategory", phrase: Catalogue.Validation.notACategory(r.feeCategoryID)))
        }
        if r.price.minorUnits < 0 {
            issues.append(.init(field: "price", phrase: Catalogue.Validation.negativePrice))
        }
        let limited: [(String, String, Int)] = [
            ("firstName", r.firstName, maxFieldLength), ("lastName", r.lastName, maxFieldLength),
            ("email", r.email, maxFieldLength), ("phone", r.phone, maxFieldLength),
            ("organisation", r.organisation, maxFieldLength), ("role", r.role, maxFieldLength),
            ("dietaryNeeds", r.dietaryNeeds, maxFieldLength), ("invoiceAddress", r.invoiceAddress, maxFieldLength),
            ("invoiceReference", r.invoiceReference, maxFieldLength), ("notes", r.notes, maxNotesLength),
        ]
        for (field, value, limit) in limited where value.unicodeScalars.count > limit {
            issues.append(.init(field: field, phrase: Catalogue.Validation.tooLong(value.unicodeScalars.count, limit: limit)))
        }
        return issues
    }

    /// Everyone `r` may be (`DuplicateRule`: the same email, else phone, else folded name), one warning
    /// each, for the first reason that holds.
    public static func duplicates(of r: Registrant, among others: some Collection<Registrant>) -> [ValidationIssue] {
        let keys = DuplicateRule.keys(of: r)
        guard !keys.isEmpty else { return [] }
        var issues: [ValidationIssue] = []
        for other in others where other.code != r.code {
            // Only the other's keys that can matter are made: folding a name is the costly one.
            guard let reason = keys.first(where: { DuplicateRule.key($0.reason, of: other) == $0.key })?.reason else { continue }
            issues.append(.init(field: reason.field, phrase: Catalogue.Validation.hasTheSame(code: other.code, name: other.fullName, reason: reason.name),
                                severity: .warning, existingCode: other.code))
        }
        return issues
    }

    /// name@domain.tld, no spaces, one @, a dot in the domain that is neither first nor last.
    public static func isEmailShaped(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.contains(where: { $0.isWhitespace }) else { return false }
        let parts = t.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex,
              domain.index(after: dot) != domain.endIndex, !domain.hasPrefix("."), !domain.contains("..")
        else { return false }
        return true
    }
}

import Foundation
