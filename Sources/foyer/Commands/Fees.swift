import ArgumentParser
import Foundation
import FoyerCore

/// `foyer fees`: the fee categories from the command line, through the same operations and the same
/// repricing question as the fees pane.
struct FeesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fees", abstract: "Add, change or retire fee categories (prices include VAT).",
        subcommands: [FeesAdd.self, FeesSet.self, FeesRetire.self])
}

/// The options a category is described by, shared by add and set.
struct CategoryOptions: ParsableArguments {
    @Option(help: "The name in English.") var name: String?
    @Option(help: "The name in Swedish.") var nameSv: String?
    @Option(help: "The price including VAT: 2000, 2 000, 1 234,50.") var price: String?
    @Option(help: "The VAT rate in percent (default 25).") var vat: String?
    @Option(help: "Who may register at this price (English).") var note: String?
    @Option(help: "…in Swedish.") var noteSv: String?
    @Option(help: "What the price includes: lunch and coffee.") var includes: String?
    @Option(help: "…in Swedish.") var includesSv: String?

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
                throw ValidationError("--price \"\(price)\" is not an amount, e.g. 2000 or 1 234,50")
            }
            c.price = money
        }
        if let vat {
            guard let rate = VATRate(percentText: vat) else { throw ValidationError("--vat \"\(vat)\" is not a percentage from 0 to 100, e.g. 25 or 12,5") }
            c.vatRate = rate
        }
        if c.name.isEmpty { throw ValidationError("a category needs --name") }
    }
}

struct FeesAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a fee category.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "Its id: lower case, e.g. student.") var id: String
    @OptionGroup var category: CategoryOptions
    @Flag(help: "The desk sees a card (student, pensioner) before admitting at this price.") var proof = false

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        guard category.price != nil else { throw ValidationError("a category needs --price") }
        guard EventDetailsCheck.idProblem(id, existing: []) == nil else { throw ValidationError("“\(id)” is not a category id: lower case letters, digits and hyphens") }
        guard store.event.feeCategory(id: id) == nil else { throw ValidationError("the category \(id) exists already; foyer fees set \(id) changes it") }
        var c = FeeCategory(id: id, name: LocalizedText(), price: .zero, requiresProof: proof)
        try category.apply(to: &c, event: store.event)
        try FeesSaving.save(store, [.addCategory(category: c)])
        say("added \(c.id): \(c.displayName()), \(store.event.moneyFormat.string(c.price)) (VAT \(VATSplit(gross: c.price, rate: c.vatRate).vat))")
    }
}

struct FeesSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a fee category: its names, price, VAT or notes.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The category's id.") var id: String
    @OptionGroup var category: CategoryOptions
    @Flag(help: "With a new price: move those still unpaid at the old price to it.") var moveUnpaid = false
    @Flag(help: "With a new price: those unpaid keep the price they registered at.") var keepUnpaid = false

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        guard let old = store.event.feeCategory(id: id) else {
            throw ValidationError("no category \(id); the categories: " + store.event.feeCategories.map(\.id).joined(separator: ", "))
        }
        var c = old
        try category.apply(to: &c, event: store.event)
        let (set, base) = FieldPatch.diff(from: old, to: c)
        guard !set.isEmpty else { say("\(id): unchanged"); return }
        let money = store.event.moneyFormat
        let unpaid = store.registry.unpaid(at: id, price: old.price)
        if c.price != old.price, !unpaid.isEmpty {
            // The fees pane's question, answered by a flag.
            guard moveUnpaid || keepUnpaid else {
                throw ValidationError("\(unpaid.count) registered at \(money.string(old.price)) have paid nothing yet: say --move-unpaid (they pay \(money.string(c.price))) or --keep-unpaid; nothing changed")
            }
            let save = try FeesSaving.run { try store.reprice(categoryID: id, set: set, base: base, oldPrice: old.price, newPrice: c.price, moveUnpaid: moveUnpaid) }
            say("\(id): \(money.string(c.price))" + (moveUnpaid ? "; moved \(save.registrantsChanged.count) unpaid" : "; \(unpaid.count) unpaid keep \(money.string(old.price))")
                + (save.registrantsSkipped.isEmpty ? "" : "; \(save.registrantsSkipped.count) changed at another desk kept theirs"))
            return
        }
        try FeesSaving.save(store, [.editCategory(id: id, set: set, base: base)])
        say("\(id): changed " + set.fields.joined(separator: ", "))
    }
}

struct FeesRetire: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retire", abstract: "Retire a category: kept for those who have it, no longer offered. --restore offers it again.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The category's id.") var id: String
    @Flag(help: "Offer it again.") var restore = false

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        guard let old = store.event.feeCategory(id: id) else { throw ValidationError("no category \(id)") }
        var c = old
        c.retired = !restore
        let (set, base) = FieldPatch.diff(from: old, to: c)
        try FeesSaving.save(store, set.isEmpty ? [] : [.editCategory(id: id, set: set, base: base)])
        say(restore ? "\(id) is offered again" : "\(id) retired (kept for those who have it)")
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
