import Foundation
import FoyerCore

/// The fees pane's part of `update`: choosing a category, adding, changing and retiring categories,
/// and the repricing question. Category changes are event edits: saved through the store, undoable.
extension Update {
    static func feesCommand(_ command: Command, _ s: inout AppState) -> [Effect] {
        let categories = s.event.feeCategories
        let selected = categories.indices.contains(s.fees.selected) ? categories[s.fees.selected] : nil
        let layout = s.layout
        let height = FeesView.visibleHeight(layout)
        let page = FeesView.lines(s, width: layout.width - 2)
        let limit = max(0, page.lines.count - height)
        switch command {
        case .moveUp, .moveDown:
            s.fees.selected = command == .moveUp ? max(0, s.fees.selected - 1) : min(max(0, categories.count - 1), s.fees.selected + 1)
            // Keep the chosen category on screen.
            if let line = page.categoryLines[s.fees.selected] {
                if line < s.fees.scroll { s.fees.scroll = line }
                if line >= s.fees.scroll + height { s.fees.scroll = line - height + 1 }
            }
        case .pageUp, .pageDown:
            s.fees.scroll = scrolled(s.fees.scroll, by: command, page: max(1, height - 1), limit: { limit }) ?? s.fees.scroll
        case .addCategory:
            s.overlay = .form(FormState(form: CategoryForm.make(for: nil, event: s.event), purpose: .addCategory))
        case .editCategory:
            guard let c = selected else { s.say("No fee categories yet: a adds one", .info); return [] }
            s.overlay = .form(FormState(form: CategoryForm.make(for: c, event: s.event), purpose: .editCategory(id: c.id), base: .category(c)))
        case .retireCategory:
            guard let old = selected else { return [] }
            var c = old
            c.retired.toggle()
            let what = (c.retired ? "retired " : "offered again ") + "“\(c.displayName())”"
            let (set, base) = FieldPatch.diff(from: old, to: c)
            return [.applyEvent([.editCategory(id: c.id, set: set, base: base)], message: "Saved: " + what + (c.retired ? " (kept for those who have it)" : ""),
                                warning: nil, kind: .edit(description: what, select: nil))]
        case .undo:
            return undoEventEdit(&s)
        default:
            break
        }
        return []
    }

    static func saveCategoryForm(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        var editing: FeeCategory?
        if case .category(let opened)? = fs.base { editing = opened }
        guard acceptForm(fs, errors: CategoryForm.errors(fs.form, event: s.event), &s), let category = CategoryForm.category(fs.form, editing: editing, event: s.event) else { return [] }
        guard fs.form.isChanged else { s.overlay = nil; s.say("Nothing changed", .info); return [] }
        let what = (editing == nil ? "added" : "changed") + " “\(category.displayName())”"
        guard let old = editing else {
            s.fees.selected = s.event.feeCategories.count
            return [.applyEvent([.addCategory(category: category)], message: "Saved: " + what, warning: nil, kind: .edit(description: what, select: nil))]
        }
        let (set, base) = FieldPatch.diff(from: old, to: category)
        if old.price != category.price {
            let codes = s.registry.unpaid(at: old.id, price: old.price)
            if !codes.isEmpty {
                s.overlay = .reprice(RepriceQuestion(form: fs, set: set, base: base, categoryName: category.displayName(), categoryID: category.id,
                                                     codes: codes, oldPrice: old.price, newPrice: category.price))
                return []
            }
        }
        return [.applyEvent([.editCategory(id: old.id, set: set, base: base)], message: "Saved: " + what, warning: nil, kind: .edit(description: what, select: nil))]
    }

    /// Keep (the default) or move: the category is saved either way; moving also re-prices each unpaid
    /// registrant through the journal, so the history says who was moved, when, and at which desk.
    /// The answer is applied by the store to the latest event and registrations (under one lock): who is
    /// still unpaid at the old price is worked out then, not when the question was asked.
    static func answerReprice(_ q: RepriceQuestion, command: Command?, _ s: inout AppState) -> [Effect] {
        let money = s.event.moneyFormat
        switch command {
        case .keepPrice?, .confirm?:
            let move = command == .confirm
            let what = "repriced “\(q.categoryName)” to \(money.string(q.newPrice))"
            return [.reprice(RepriceAnswer(categoryID: q.categoryID, set: q.set, base: q.base, oldPrice: q.oldPrice, newPrice: q.newPrice,
                                           moveUnpaid: move, message: "Saved: " + what + (move ? "" : "; the unpaid keep \(money.string(q.oldPrice))"),
                                           description: what))]
        case .cancel?:
            s.overlay = .form(q.form)
            return []
        default:
            return []
        }
    }
}
