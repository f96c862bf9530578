import Foundation
import FoyerCore

/// The fees pane: the categories with their totals, choosing one, adding, changing and retiring
/// categories. Category changes are event edits: saved through the store, undoable. Its state is
/// `AppState.fees`.
public struct FeesScreen: PaneScreen {
    public init() {}
    public var pane: Pane { .fees }
    public var helpContext: KeyContext { .fees }

    public func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        FeesView.draw(s, layout, into: &grid)
        return nil
    }

    public func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        guard let command = input.command else { return [] }
        let categories = s.event.feeCategories
        let selected = categories.indices.contains(s.fees.selected) ? categories[s.fees.selected] : nil
        let layout = s.layout
        let height = FeesView.visibleHeight(layout)
        let page = FeesPage.lines(s, width: layout.width - 2)
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
            s.fees.scroll = ListScroll.scrolled(s.fees.scroll, by: command, page: max(1, height - 1), limit: { limit }) ?? s.fees.scroll
        case .addCategory:
            s.overlay = .form(FormState(form: CategoryForm.make(for: nil, event: s.event, language: s.language), purpose: .addCategory))
        case .editCategory:
            guard let c = selected else { s.say(Catalogue.Fees.noCategoriesToEdit(addKey: KeyWords.name(.addCategory, in: .fees)), .info); return [] }
            s.overlay = .form(FormState(form: CategoryForm.make(for: c, event: s.event, language: s.language), purpose: .editCategory(id: c.id), base: .category(c)))
        case .retireCategory:
            guard let old = selected else { return [] }
            var c = old
            c.retired.toggle()
            let name = Catalogue.Fees.categoryName(c)
            let what = c.retired ? Catalogue.Fees.retiredCategory(name) : Catalogue.Fees.offeredAgain(name)
            let (set, base) = FieldPatch.diff(from: old, to: c)
            let message = Catalogue.Agenda.saved(what + (c.retired ? Catalogue.Fees.keptForThoseWhoHaveIt : .empty))
            return [.applyEvent([.editCategory(id: c.id, set: set, base: base)], message: message,
                                warning: nil, kind: .edit(description: what, select: nil))]
        case .undo:
            return Update.undoEventEdit(&s)
        default:
            break
        }
        return []
    }

    static func saveForm(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        var editing: FeeCategory?
        if case .category(let opened)? = fs.base { editing = opened }
        let errors = CategoryForm.problems(fs.form, event: s.event)
        guard Update.acceptForm(fs, errors: errors, &s), let category = CategoryForm.category(fs.form, editing: editing, event: s.event) else { return [] }
        guard fs.form.isChanged else { s.overlay = nil; s.say(Catalogue.Agenda.nothingChanged, .info); return [] }
        let name = Catalogue.Fees.categoryName(category)
        let what = editing == nil ? Catalogue.Fees.added(name) : Catalogue.Fees.changed(name)
        let message = Catalogue.Agenda.saved(what)
        guard let old = editing else {
            s.fees.selected = s.event.feeCategories.count
            return [.applyEvent([.addCategory(category: category)], message: message, warning: nil, kind: .edit(description: what, select: nil))]
        }
        let (set, base) = FieldPatch.diff(from: old, to: category)
        if old.price != category.price {
            let codes = s.registry.unpaid(at: old.id, price: old.price)
            if !codes.isEmpty {
                s.overlay = .reprice(RepriceQuestion(form: fs, set: set, base: base, categoryName: name, categoryID: category.id,
                                                     codes: codes, oldPrice: old.price, newPrice: category.price))
                return []
            }
        }
        return [.applyEvent([.editCategory(id: old.id, set: set, base: base)], message: message, warning: nil, kind: .edit(description: what, select: nil))]
    }
}
