/// Which fee category an imported row is: told by what the file calls it and what it charged. Another
/// system names a category in its own words — often the flyer's, so the category's name or its
/// eligibility text, in English or Swedish — and a price alone is only sure when one category has it.
/// A row that still cannot be told apart is kept with its category to choose, never dropped.
public enum CategoryMatch: Hashable, Sendable {
    case category(FeeCategory)
    /// Not told apart: the file's words and price, and the categories that fit them (empty: none fits
    /// better than any other).
    case toChoose(CategoryQuestion)

    /// By the `--category` map, by id, by name or eligibility in any language (folded: case, accents,
    /// spacing and punctuation ignored), by the start of a name, then by a price only one category has.
    static func find(_ text: String?, price: Money?, event: Event, map: [String: String]) -> CategoryMatch {
        let fold = RegistrationImport.fold
        var fitting: [FeeCategory] = []
        if let text {
            if let id = map[text] ?? map.first(where: { fold($0.key) == fold(text) })?.value, let c = event.feeCategory(id: id) { return .category(c) }
            if let c = event.feeCategory(id: text) ?? event.feeCategories.first(where: { fold($0.id) == fold(text) }) { return .category(c) }
            // pretix writes a product's variation after an en dash: "Heltidsstuderande – Lunch".
            let variants = [text] + (text.range(of: " – ").map { [String(text[..<$0.lowerBound])] } ?? [])
            for wanted in variants.map(fold) where !wanted.isEmpty {
                let named = event.feeCategories.filter { c in
                    (Array(c.name.values.values) + Array(c.eligibility.values.values)).contains { fold($0) == wanted }
                }
                if named.count == 1 { return .category(named[0]) }
                if named.count > 1 { fitting = named; break }
            }
            if fitting.isEmpty {
                let wanted = fold(text)
                let partial = event.feeCategories.filter { c in
                    c.name.values.values.map(fold).contains { !$0.isEmpty && ($0.hasPrefix(wanted) || wanted.hasPrefix($0)) }
                }
                if partial.count == 1 { return .category(partial[0]) }
                fitting = partial
            }
        } else if price == nil, event.feeCategories.count == 1 {
            return .category(event.feeCategories[0])
        }
        if let price {
            // Among the categories the words fitted, else among those still offered.
            let byPrice = (fitting.isEmpty ? event.offeredFeeCategories : fitting).filter { $0.price == price }
            if byPrice.count == 1 { return .category(byPrice[0]) }
            if !byPrice.isEmpty { fitting = byPrice }
        }
        return .toChoose(CategoryQuestion(named: text, price: price, candidates: fitting.map(\.id)))
    }
}

/// What a row said about its category when it could not be told: shown in the preview, so a person can
/// choose (in the registrants pane, or with --category NAME=ID next time).
public struct CategoryQuestion: Hashable, Sendable {
    /// The file's words for the category, nil when it had none.
    public var named: String?
    /// The price the file gave, nil when none.
    public var price: Money?
    /// The ids of the categories the words or the price fit; empty when none fits better than another.
    public var candidates: [String]


    /// The same in both languages (the categories' names as the event gives them, in English).
    public func reasonPhrase(event: Event) -> Phrase {
        typealias Words = Catalogue.Import
        let given = [named.map { "“\($0)”" }, price.map { event.moneyFormat.string($0) }].compactMap { $0 }
        let what = given.isEmpty ? Words.noCategoryGiven : Phrase(verbatim: given.joined(separator: ", "))
        let names = candidates.map { id in event.feeCategory(id: id)?.displayName(.en) ?? id }
        if names.isEmpty {
            if given.isEmpty { return what }
            return Words.because(what, named == nil ? Words.noCategoryHasPrice : price == nil ? Words.noCategoryHasName : Words.noCategoryHasEither)
        }
        let list = Phrase(verbatim: names.dropLast().joined(separator: ", ")) + (names.count > 1 ? Words.or : .empty) + Phrase(verbatim: names.last!)
        return Words.because(what, list)
    }
}
