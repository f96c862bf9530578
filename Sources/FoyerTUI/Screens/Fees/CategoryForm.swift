import FoyerCore

/// Adding or changing a fee category: names, who may use it, the price including VAT, the VAT rate,
/// what is included, and whether the desk should see proof (a student card).
public enum CategoryForm {
    public static func make(for c: FeeCategory?, event: Event, language: Language) -> Form {
        typealias C = Catalogue.Fees
        let money = event.moneyFormat
        let price = c.map { money.string($0.price).replacingOccurrences(of: " " + money.suffix, with: "") } ?? ""
        let vat = c.map { $0.vatRate.percentText.replacingOccurrences(of: " %", with: "") } ?? "25"
        let includes = c?.includes.text() ?? event.feeCategories.first?.includes.text() ?? ""
        return Form(title: c.map { C.formTitle(C.categoryName($0)) } ?? C.newCategory, fields: [
            .init(id: "name", label: C.name, value: .text(LineEditor(c?.name["en"] ?? "", limit: 100)), note: C.nameNote),
            .init(id: "nameSv", label: C.nameSv, value: .text(LineEditor(c?.name["sv"] ?? "", limit: 100)), note: C.nameSvNote),
            .init(id: "eligibility", label: C.whoMay, value: .text(LineEditor(c?.eligibility["en"] ?? "", limit: 300)), note: C.whoMayNote),
            .init(id: "price", label: C.price, value: .text(LineEditor(price, limit: 20)), note: C.priceNote),
            .init(id: "vat", label: C.vatPercent, value: .text(LineEditor(vat, limit: 6)), note: C.vatNote),
            .init(id: "includes", label: C.includesLabel, value: .text(LineEditor(includes, limit: 300)), note: C.includesNote),
            .init(id: "proof", label: C.checkIDLabel, value: .choice(options: [C.proofNo, C.proofYes], index: c?.requiresProof == true ? 1 : 0)),
        ])
    }

    static func vatRate(_ text: String) -> VATRate? { VATRate(percentText: text) }

    public static func problems(_ form: Form, event: Event) -> [String: Phrase] {
        typealias C = Catalogue.Fees
        var out: [String: Phrase] = [:]
        if form.value("name").trimmingCharacters(in: .whitespaces).isEmpty { out["name"] = C.nameRequired }
        if let price = event.moneyFormat.parse(form.value("price")) {
            if price.minorUnits < 0 { out["price"] = C.priceNegative }
        } else { out["price"] = C.priceFormat }
        if vatRate(form.value("vat")) == nil { out["vat"] = C.vatFormat }
        return out
    }


    /// The category the form describes: the edited one with its id, or a new id from the name.
    public static func category(_ form: Form, editing: FeeCategory?, event: Event) -> FeeCategory? {
        guard let price = event.moneyFormat.parse(form.value("price")), let rate = vatRate(form.value("vat")) else { return nil }
        func trimmed(_ id: String) -> String { form.value(id).trimmingCharacters(in: .whitespaces) }
        var name = editing?.name ?? LocalizedText()
        name["en"] = trimmed("name")
        name["sv"] = trimmed("nameSv").isEmpty ? nil : trimmed("nameSv")
        var eligibility = editing?.eligibility ?? LocalizedText()
        eligibility["en"] = trimmed("eligibility").isEmpty ? nil : trimmed("eligibility")
        var includes = editing?.includes ?? LocalizedText()
        includes["en"] = trimmed("includes").isEmpty ? nil : trimmed("includes")
        let proof: Bool = { if let i = form.index(of: "proof"), case .choice(_, let index) = form.fields[i].value { return index == 1 }; return false }()
        var id = editing?.id ?? ""
        if editing == nil {
            let stem = TextFolding.words(trimmed("name")).prefix(4).joined(separator: "-")
            id = stem.isEmpty ? "category" : stem
            var n = 2
            while event.feeCategory(id: id) != nil { id = stem + "-\(n)"; n += 1 }
        }
        return FeeCategory(id: id, name: name, eligibility: eligibility, price: price, vatRate: rate, includes: includes,
                           retired: editing?.retired ?? false, requiresProof: proof)
    }

    /// People at a category's old price who have paid nothing yet: the ones a reprice may move.
    public static func unpaid(at categoryID: String, price: Money, in registry: Registry) -> [String] {
        registry.unpaid(at: categoryID, price: price)
    }
}
