import Foundation
import FoyerCore

/// The fees pane's part of `update`: choosing a category, adding, changing and retiring categories,
/// and the repricing question. Category changes are event edits: saved through the store, undoable.
extension Update {
    static func feesCommand(_ command: Command, _ s: inout AppState) -> [Effect] {
        let categories = s.event.feeCategories
        let selected = categories.indices.contains(s.fees.selected) ? categories[s.fees.selected] : nil
        let layout = ScreenLayout(width: s.width, height: s.height)
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
            s.overlay = .form(FormState(form: CategoryForm.make(for: c, event: s.event), purpose: .editCategory(id: c.id)))
        case .retireCategory:
            guard var c = selected else { return [] }
            c.retired.toggle()
            var updated = s.event
            updated.feeCategories[s.fees.selected] = c
            let what = (c.retired ? "retired " : "offered again ") + "“\(c.displayName())”"
            return [.saveEvent(updated, message: "Saved: " + what + (c.retired ? " (kept for those who have it)" : ""), warning: nil,
                               kind: .edit(UndoEntry(before: s.event, description: what)))]
        case .undo:
            return undoEventEdit(&s)
        default:
            break
        }
        return []
    }

    static func saveCategoryForm(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        var editing: FeeCategory?
        if case .editCategory(let id) = fs.purpose { editing = s.event.feeCategory(id: id) }
        guard acceptForm(fs, errors: CategoryForm.errors(fs.form, event: s.event), &s), let category = CategoryForm.category(fs.form, editing: editing, event: s.event) else { return [] }
        guard fs.form.isChanged else { s.overlay = nil; s.say("Nothing changed", .info); return [] }
        var updated = s.event
        if let i = updated.feeCategories.firstIndex(where: { $0.id == category.id }) { updated.feeCategories[i] = category }
        else { updated.feeCategories.append(category); s.fees.selected = updated.feeCategories.count - 1 }
        if let old = editing, old.price != category.price {
            let codes = CategoryForm.unpaid(at: old.id, price: old.price, in: s.registry)
            if !codes.isEmpty {
                s.overlay = .reprice(RepriceQuestion(form: fs, updated: updated, categoryID: category.id, codes: codes,
                                                     oldPrice: old.price, newPrice: category.price))
                return []
            }
        }
        s.overlay = nil
        let what = (editing == nil ? "added" : "changed") + " “\(category.displayName())”"
        return [.saveEvent(updated, message: "Saved: " + what, warning: nil, kind: .edit(UndoEntry(before: s.event, description: what)))]
    }

    /// Keep (the default) or move: the category is saved either way; moving also re-prices each unpaid
    /// registrant through the journal, so the history says who was moved, when, and at which desk.
    static func answerReprice(_ q: RepriceQuestion, command: Command?, _ s: inout AppState) -> [Effect] {
        let money = s.event.moneyFormat
        let name = q.updated.feeCategory(id: q.categoryID)?.displayName() ?? q.categoryID
        switch command {
        case .keepPrice?, .confirm?:
            s.overlay = nil
            let move = command == .confirm
            let what = "repriced “\(name)” to \(money.string(q.newPrice))"
            var effects: [Effect] = [.saveEvent(q.updated, message: "Saved: " + what + (move ? "" : "; \(q.codes.count) unpaid keep \(money.string(q.oldPrice))"),
                                                warning: nil, kind: .edit(UndoEntry(before: s.event, description: what)))]
            if move {
                var edit = RegistrantEdit()
                edit.price = q.newPrice
                var back = RegistrantEdit()
                back.price = q.oldPrice
                effects += q.codes.map { code in
                    .commit(.edit(code: code, edit), message: "Moved \(q.codes.count) unpaid to \(money.string(q.newPrice))",
                            undo: .push(ChangeUndo(inverse: .edit(code: code, back), description: "repricing of \(code)")))
                }
            }
            return effects
        case .cancel?:
            s.overlay = .form(q.form)
            return []
        default:
            return []
        }
    }
}
