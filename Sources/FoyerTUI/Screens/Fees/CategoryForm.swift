import FoyerCore

/// Adding or changing a fee category: names, who may use it, the price including VAT, the VAT rate,
/// what is included, and whether the desk should see proof (a student card).
public enum CategoryForm {
    public static func make(for c: FeeCategory?, event: Event) -> Form {
        let money = event.moneyFormat
        let price = c.map { money.string($0.price).replacingOccurrences(of: " " + money.suffix, with: "") } ?? ""
        let vat = c.map { $0.vatRate.percentText.replacingOccurrences(of: " %", with: "") } ?? "25"
        let includes = c?.includes.text() ?? event.feeCategories.first?.includes.text() ?? ""
        return Form(title: c.map { "Fee category \($0.displayName())" } ?? "New fee category", fields: [
            .init(id: "name", label: "Name", value: .text(LineEditor(c?.name["en"] ?? "", limit: 100)), note: "in English: Standard, Full-time student …"),
            .init(id: "nameSv", label: "Name (sv)", value: .text(LineEditor(c?.name["sv"] ?? "", limit: 100)), note: "in Swedish, optional"),
            .init(id: "eligibility", label: "Who may", value: .text(LineEditor(c?.eligibility["en"] ?? "", limit: 300)), note: "e.g. full-time university or college student"),
            .init(id: "price", label: "Price", value: .text(LineEditor(price, limit: 20)), note: "including VAT, in kronor"),
            .init(id: "vat", label: "VAT %", value: .text(LineEditor(vat, limit: 6)), note: "25 for most courses in Sweden; 0 if exempt"),
            .init(id: "includes", label: "Includes", value: .text(LineEditor(includes, limit: 300)), note: "e.g. lunch and coffee"),
            .init(id: "proof", label: "Check ID", value: .choice(options: ["no", "yes: the desk asks for proof"], index: c?.requiresProof == true ? 1 : 0)),
        ])
    }

    static func vatRate(_ text: String) -> VATRate? { VATRate(percentText: text) }

    public static func errors(_ form: Form, event: Event) -> [String: String] {
        var out: [String: String] = [:]
        if form.value("name").trimmingCharacters(in: .whitespaces).isEmpty { out["name"] = "a name is required" }
        if let price = event.moneyFormat.parse(form.value("price")) {
            if price.minorUnits < 0 { out["price"] = "a price cannot be negative" }
        } else { out["price"] = "write the price, e.g. 2000 or 1 000,50" }
        if vatRate(form.value("vat")) == nil { out["vat"] = "write the VAT as a percent from 0 to 100, e.g. 25" }
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
