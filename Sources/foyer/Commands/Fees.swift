import ArgumentParser
import Foundation
import FoyerCore

/// `foyer fees`: the fee categories from the command line, through the same operations and the same
/// repricing question as the fees pane.
struct FeesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fees", abstract: Interface.say(CLHelp.fees),
        subcommands: [FeesAdd.self, FeesSet.self, FeesRetire.self])
    @OptionGroup var language: LanguageOption
}

/// The options a category is described by, shared by add and set.
struct CategoryOptions: ParsableArguments {
    @Option(help: .say(CLHelp.nameEn)) var name: String?
    @Option(help: .say(CLHelp.nameSv)) var nameSv: String?
    @Option(help: .say(CLHelp.price)) var price: String?
    @Option(help: .say(CLHelp.vat)) var vat: String?
    @Option(help: .say(CLHelp.eligibility)) var note: String?
    @Option(help: .say(CLHelp.inSwedish)) var noteSv: String?
    @Option(help: .say(CLHelp.includes)) var includes: String?
    @Option(help: .say(CLHelp.inSwedish)) var includesSv: String?

    /// `c` with every option given applied, or the reason one does not fit.
    func apply(to c: inout FeeCategory, event: Event) throws {
        func text(_ value: String?, _ language: String, _ into: inout LocalizedText) {
            guard let value else { return }
            let t = value.trimmingCharacters(in: .whitespaces)
            into[language] = t.isEmpty ? nil : t
        }
        text(name, "en", &c.name); text(nameSv, "sv", &c.name)
        text(note, "en", &c.eligibility); text(noteSv, "sv", &c.eligibility)
        text(includes, "en", &c.includes); text(includesSv, "sv", &c.includes)
        if let price {
            guard let money = event.moneyFormat.parse(price), money.minorUnits >= 0 else {
                throw ValidationError(CL.badPrice(price))
            }
            c.price = money
        }
        if let vat {
            guard let rate = VATRate(percentText: vat) else { throw ValidationError(CL.badVAT(vat)) }
            c.vatRate = rate
        }
        if c.name.isEmpty { throw ValidationError(CL.categoryNeedsName) }
    }
}

struct FeesAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Interface.say(CLHelp.feesAdd))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.categoryNewID)) var id: String
    @OptionGroup var category: CategoryOptions
    @Flag(help: .say(CLHelp.proof)) var proof = false

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        guard category.price != nil else { throw ValidationError(CL.categoryNeedsPrice) }
        guard EventDetailsCheck.idProblemPhrase(id, existing: []) == nil else { throw ValidationError(CL.notACategoryID(id)) }
        guard store.event.feeCategory(id: id) == nil else { throw ValidationError(CL.categoryExists(id)) }
        var c = FeeCategory(id: id, name: LocalizedText(), price: .zero, requiresProof: proof)
        try category.apply(to: &c, event: store.event)
        try FeesSaving.save(store, [.addCategory(category: c)])
        say(CL.categoryAdded(c.id, name: c.displayName(Interface.language), price: store.event.moneyFormat.string(c.price),
                             vat: "\(VATSplit(gross: c.price, rate: c.vatRate).vat)"))
    }
}

struct FeesSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: Interface.say(CLHelp.feesSet))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.categoryID)) var id: String
    @OptionGroup var category: CategoryOptions
    @Flag(help: .say(CLHelp.moveUnpaid)) var moveUnpaid = false
    @Flag(help: .say(CLHelp.keepUnpaid)) var keepUnpaid = false

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        guard let old = store.event.feeCategory(id: id) else {
            throw ValidationError(CL.noCategory(id, categories: store.event.feeCategories.map(\.id).joined(separator: ", ")))
        }
        var c = old
        try category.apply(to: &c, event: store.event)
        let (set, base) = FieldPatch.diff(from: old, to: c)
        guard !set.isEmpty else { say(CL.unchanged(id)); return }
        let money = store.event.moneyFormat
        let unpaid = store.registry.unpaid(at: id, price: old.price)
        if c.price != old.price, !unpaid.isEmpty {
            // The fees pane's question, answered by a flag.
            guard moveUnpaid || keepUnpaid else {
                throw ValidationError(CL.unpaidAtOldPrice(unpaid.count, old: money.string(old.price), new: money.string(c.price)))
            }
            let save = try FeesSaving.run { try store.reprice(categoryID: id, set: set, base: base, oldPrice: old.price, newPrice: c.price, moveUnpaid: moveUnpaid) }
            say(Phrase(verbatim: "\(id): \(money.string(c.price))")
                + (moveUnpaid ? CL.movedUnpaid(save.registrantsChanged.count) : CL.unpaidKeep(unpaid.count, price: money.string(old.price)))
                + (save.registrantsSkipped.isEmpty ? .empty : CL.skippedElsewhere(save.registrantsSkipped.count)))
            return
        }
        try FeesSaving.save(store, [.editCategory(id: id, set: set, base: base)])
        say(CL.changedFields(id, fields: set.fields.joined(separator: ", ")))
    }
}

struct FeesRetire: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retire", abstract: Interface.say(CLHelp.feesRetire))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.categoryID)) var id: String
    @Flag(help: .say(CLHelp.offerAgain)) var restore = false

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        guard let old = store.event.feeCategory(id: id) else { throw ValidationError(CL.noCategory(id)) }
        var c = old
        c.retired = !restore
        let (set, base) = FieldPatch.diff(from: old, to: c)
        try FeesSaving.save(store, set.isEmpty ? [] : [.editCategory(id: id, set: set, base: base)])
        say(restore ? CL.offeredAgain(id) : CL.retired(id))
    }
}

/// A fees save: a conflict with another desk is exit 4, a refusal a one-line reason.
enum FeesSaving {
    static func save(_ store: EventStore, _ operations: [EventOperation]) throws {
        _ = try run { try store.apply(operations) }
    }
    static func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict, canForce: false)
        }
    }
}
