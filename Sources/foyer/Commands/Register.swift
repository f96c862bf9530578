import ArgumentParser
import FoyerCore

struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.register),
        discussion: Interface.say(CLHelp.registerDiscussion))
    @OptionGroup var options: StoreOptions
    @Option(name: .customLong("first"), help: .say(CLHelp.firstName, valueName: Interface.say(CLHelp.valueFirst))) var firstName: String
    @Option(name: .customLong("last"), help: .say(CLHelp.lastName, valueName: Interface.say(CLHelp.valueLast))) var lastName: String
    @Option(help: .say(CLHelp.registerCategory, valueName: Interface.say(CLHelp.valueCategory))) var category: String
    @Option var email: String = ""
    @Option var phone: String = ""
    @Option var organisation: String = ""
    @Option(help: .say(CLHelp.role)) var role: String = ""
    @Option(help: .say(CLHelp.dietary)) var dietary: String = ""
    @Option var invoiceAddress: String = ""
    @Option var invoiceReference: String = ""
    @Option var notes: String = ""
    @Flag(help: .say(CLHelp.allowDuplicate))
    var allowDuplicate = false

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let fee = try FeeCategoryMatch.require(category, in: event)
        let now = store.clock.now()
        // The code and the waiting list are decided by the store under the lock; this code is only a guess.
        let draft = Registrant(code: store.registry.nextCode(prefix: event.codePrefix), firstName: firstName.trimmed,
                               lastName: lastName.trimmed, email: email.trimmed, phone: phone.trimmed,
                               organisation: organisation.trimmed, role: role.trimmed, feeCategoryID: fee.id, price: fee.price,
                               registeredAt: now, dietaryNeeds: dietary, invoiceAddress: invoiceAddress,
                               invoiceReference: invoiceReference, notes: notes)
        let errors = Validation.fieldIssues(draft, event: event).filter { $0.severity == .error }
        guard errors.isEmpty else { throw ValidationError(errors.map { Interface.say($0.fullPhrase) }.joined(separator: "; ")) }
        // No duplicate check here: one made before the lock lets two desks register the same walk-in at
        // once. The store makes it under the lock, against what every desk has saved.
        let r: Registrant
        do { r = try store.register(draft, allowDuplicate: allowDuplicate) } catch StoreError.duplicate(let duplicate) {
            throw Refusal.duplicate(duplicate)
        }
        var notes: [Phrase] = []
        if r.status == .waitlisted { notes.append(CL.onWaitingList) }
        if event.isLate(r.registeredAt) { notes.append(CL.lateNote) }
        say(Phrase(verbatim: "\(r.code)  \(r.fullName), \(fee.displayName(Interface.language)), \(event.moneyFormat.string(r.price))")
            + (notes.isEmpty ? .empty : Phrase(verbatim: " (") + notes.joined(separator: Phrase(verbatim: "; ")) + Phrase(verbatim: ")")))
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

    /// `find`, or a `ValidationError` listing the categories on offer with their prices.
    static func require(_ text: String, in event: Event) throws -> FeeCategory {
        guard let fee = find(text, in: event) else {
            let names = event.offeredFeeCategories.map { "\($0.id) (\($0.displayName(Interface.language)), \(event.moneyFormat.string($0.price)))" }
            throw ValidationError(CL.noFeeCategory(text, choices: names.isEmpty ? CL.noCategoriesOffered : Phrase(verbatim: names.joined(separator: ", "))))
        }
        return fee
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

import Foundation
