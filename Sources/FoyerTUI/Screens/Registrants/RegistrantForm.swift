import Foundation
import FoyerCore

/// The registration form, the same for new and edit: the fields from a registrant, and a registrant
/// (or the form with its errors) back. The category is a choice that shows each price and who may use it.
public enum RegistrantForm {
    typealias Words = Catalogue.RegistrantForms
    static let textFields: [(id: String, label: Phrase, limit: Int, note: Phrase?)] = [
        ("firstName", Words.firstName, Validation.maxFieldLength, Words.required),
        ("lastName", Words.lastName, Validation.maxFieldLength, Words.required),
        ("email", Words.email, Validation.maxFieldLength, Words.emailNote),
        ("phone", Words.phone, Validation.maxFieldLength, nil),
        ("organisation", Words.organisation, Validation.maxFieldLength, nil),
        ("role", Words.role, Validation.maxFieldLength, Words.roleNote),
    ]
    static let laterFields: [(id: String, label: Phrase, limit: Int, note: Phrase?)] = [
        ("dietaryNeeds", Words.dietaryNeeds, Validation.maxFieldLength, Words.dietaryNote),
        ("invoiceAddress", Words.invoiceAddress, Validation.maxFieldLength, Words.invoiceAddressNote),
        ("invoiceReference", Words.invoiceRef, Validation.maxFieldLength, Words.invoiceRefNote),
        ("notes", Words.notes, Validation.maxNotesLength, nil),
    ]

    /// The categories the picker offers for a registrant: the offered ones, plus a retired one already held.
    static func categories(event: Event, current: Registrant?) -> [FeeCategory] {
        var list = event.offeredFeeCategories
        if let id = current?.feeCategoryID, !list.contains(where: { $0.id == id }), let held = event.feeCategory(id: id) {
            list.insert(held, at: 0)
        }
        return list
    }

    /// "Ordinarie · 2 000 kr · för alla": the organiser's words in each language (the other's where one is missing).
    static func categoryLabel(_ c: FeeCategory, event: Event) -> Phrase {
        func label(_ language: Language) -> String {
            var label = c.displayName(language) + Glyphs.current.joiner + event.moneyFormat.string(c.price)
            if let who = c.eligibility.text(preferring: language.rawValue), who != c.displayName(language) { label += Glyphs.current.joiner + who }
            return label
        }
        // The organiser's own texts in their two languages, put together here (data, not the app's words).
        return Phrase(en: label(.en), sv: label(.sv))
    }

    /// Its choices are written in `language` (a choice's options are text, not phrases).
    public static func make(for registrant: Registrant?, event: Event, registry: Registry, now: Date, language: Language = .en) -> Form {
        func text(_ f: (id: String, label: Phrase, limit: Int, note: Phrase?)) -> Form.Field {
            .init(id: f.id, label: f.label, value: .text(LineEditor(registrant.map { value($0, f.id) } ?? "", limit: f.limit)), note: f.note)
        }
        let categories = categories(event: event, current: registrant)
        var options = categories.map { categoryLabel($0, event: event) }
        var index = registrant.flatMap { r in categories.firstIndex { $0.id == r.feeCategoryID } } ?? 0
        // Someone imported with the category to choose starts where a new registration does: nothing
        // chosen for them, so a save cannot pick the first category by itself.
        if choosesFirst(registrant) { options.insert(Words.chooseACategory, at: 0); index = 0 }
        var categoryNote = registrant == nil ? Words.toChoose(key: KeyWords.choice) : Words.newCategoryReprices(key: KeyWords.choice)
        if let r = registrant, r.needsCategory {
            categoryNote = Words.toChoose(key: KeyWords.choice) + (r.price.isZero ? .empty : Words.importedPriceKept(event.moneyFormat.string(r.price)))
        }
        var title = registrant.map { Words.edit(code: $0.code, name: $0.fullName) } ?? Words.newRegistration
        let joiner = Phrase(verbatim: Glyphs.current.joiner)
        if registrant == nil {
            if RegistrantList.isFull(event: event, registry: registry) { title += joiner + Words.fullGoesToWaitingList }
            else if event.isLate(now) { title += joiner + Words.afterDeadline }
        }
        return Form(title: title, fields: textFields.map(text)
            + [.init(id: "category", label: Words.category, value: .choice(options: options, index: index), note: categoryNote)]
            + laterFields.map(text))
    }

    static func value(_ r: Registrant, _ id: String) -> String {
        switch id {
        case "firstName": return r.firstName
        case "lastName": return r.lastName
        case "email": return r.email
        case "phone": return r.phone
        case "organisation": return r.organisation
        case "role": return r.role
        case "dietaryNeeds": return r.dietaryNeeds
        case "invoiceAddress": return r.invoiceAddress
        case "invoiceReference": return r.invoiceReference
        case "notes": return r.notes
        default: return ""
        }
    }

    /// The picker starts at "(choose a category)": for a new registration, and for someone whose category
    /// is still to choose.
    static func choosesFirst(_ registrant: Registrant?) -> Bool { registrant?.needsCategory ?? true }

    /// The registrant the form describes (code and history from `base`, or a new draft).
    public static func draft(from form: Form, base: Registrant?, event: Event, registry: Registry, now: Date) -> Registrant {
        let categories = categories(event: event, current: base)
        var chosen: FeeCategory?
        if let i = form.index(of: "category"), case .choice(_, let index) = form.fields[i].value {
            let offset = choosesFirst(base) ? index - 1 : index
            chosen = categories.indices.contains(offset) ? categories[offset] : nil
        }
        func v(_ id: String) -> String { form.value(id).trimmingCharacters(in: .whitespaces) }
        var r = base ?? Registrant(code: registry.nextCode(prefix: event.codePrefix), firstName: "", lastName: "",
                                   feeCategoryID: "", price: .zero, registeredAt: now)
        r.firstName = v("firstName"); r.lastName = v("lastName"); r.email = v("email"); r.phone = v("phone")
        r.organisation = v("organisation"); r.role = v("role"); r.dietaryNeeds = v("dietaryNeeds")
        r.invoiceAddress = v("invoiceAddress"); r.invoiceReference = v("invoiceReference"); r.notes = form.value("notes")
        if let chosen, chosen.id != base?.feeCategoryID {
            r.feeCategoryID = chosen.id
            // The price the other system charged stays (as --category NAME=ID keeps it at import); with
            // none given, the category's.
            let keepsImportedPrice = base.map { $0.needsCategory && !$0.price.isZero } ?? false
            if !keepsImportedPrice { r.price = chosen.price }
        } else if chosen == nil, base == nil {
            r.feeCategoryID = ""
        }
        if base == nil, RegistrantList.isFull(event: event, registry: registry) { r.status = .waitlisted }
        return r
    }

    /// The field errors of a draft, keyed by form field id.
    public static func errors(of draft: Registrant, event: Event) -> [String: Phrase] {
        var out: [String: Phrase] = [:]
        for issue in Validation.fieldIssues(draft, event: event) where issue.severity == .error {
            let id = issue.field == "feeCategory" ? "category" : issue.field
            if out[id] == nil { out[id] = issue.phrase }
        }
        return out
    }
}
