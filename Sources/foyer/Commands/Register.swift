import ArgumentParser
import FoyerCore

struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Register a person; prints the new code.")
    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("first"), help: "First name.") var firstName: String
    @Option(name: .customLong("last"), help: "Last name.") var lastName: String
    @Option(help: "Fee category: its id or the start of its name (see `foyer stats`).") var category: String
    @Option var email: String = ""
    @Option var phone: String = ""
    @Option var organisation: String = ""
    @Option(help: "Role or profession.") var role: String = ""
    @Option(help: "Dietary needs.") var dietary: String = ""
    @Option var invoiceAddress: String = ""
    @Option var invoiceReference: String = ""
    @Option var notes: String = ""
    @Flag(help: "Register even when someone with the same email or name is already registered.")
    var allowDuplicate = false

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        guard let fee = FeeCategoryMatch.find(category, in: event) else {
            let names = event.offeredFeeCategories.map { "\($0.id) (\($0.displayName()), \(event.moneyFormat.string($0.price)))" }
            throw ValidationError("no fee category \"\(category)\"; choose one of: " + (names.isEmpty ? "(the event has none)" : names.joined(separator: ", ")))
        }
        let now = store.clock.now()
        var draft = Registrant(code: store.registry.nextCode(prefix: event.codePrefix), firstName: firstName.trimmed,
                               lastName: lastName.trimmed, email: email.trimmed, phone: phone.trimmed,
                               organisation: organisation.trimmed, role: role.trimmed, feeCategoryID: fee.id, price: fee.price,
                               registeredAt: now, dietaryNeeds: dietary, invoiceAddress: invoiceAddress,
                               invoiceReference: invoiceReference, notes: notes)
        if let capacity = event.capacity, store.registry.registrants.filter({ $0.status == .registered }).count >= capacity {
            draft.status = .waitlisted
        }
        let issues = Validation.check(draft, event: event, others: store.registry.registrants)
        let errors = issues.filter { $0.severity == .error }
        guard errors.isEmpty else { throw ValidationError(errors.map(\.description).joined(separator: "; ")) }
        let duplicates = issues.filter { $0.severity == .warning }
        if !duplicates.isEmpty && !allowDuplicate {
            throw ValidationError("possible duplicate: " + duplicates.map(\.message).joined(separator: "; ") + " (use --allow-duplicate to register anyway)")
        }
        let r = try store.register(draft, allowDuplicate: allowDuplicate)
        var notes: [String] = []
        if r.status == .waitlisted { notes.append("on the waiting list: the event is full") }
        if event.isLate(r.registeredAt) { notes.append("late: after the deadline") }
        say("\(r.code)  \(r.fullName), \(fee.displayName()), \(event.moneyFormat.string(r.price))" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"))
    }
}

enum FeeCategoryMatch {
    /// By id, else by the folded start of its name in any language; nil when none or several match.
    static func find(_ text: String, in event: Event) -> FeeCategory? {
        if let exact = event.feeCategories.first(where: { $0.id.lowercased() == text.lowercased() }) { return exact }
        let wanted = TextFolding.fold(text)
        let matches = event.offeredFeeCategories.filter { c in c.name.values.values.contains { TextFolding.fold($0).hasPrefix(wanted) } }
        return matches.count == 1 ? matches[0] : nil
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

import Foundation
