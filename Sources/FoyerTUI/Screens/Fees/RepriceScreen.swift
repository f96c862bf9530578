import FoyerCore

/// A category's price changed while people registered at the old one have paid nothing yet: do they
/// keep their price (the default) or move to the new one?
struct RepriceScreen: Screen {
    var question: RepriceQuestion
    func keyContext(_ s: AppState) -> KeyContext { .reprice }

    /// Keep (the default) or move: the category is saved either way; moving also re-prices each unpaid
    /// registrant through the journal, so the history says who was moved, when, and at which desk.
    /// The answer is applied by the store to the latest event and registrations (under one lock): who is
    /// still unpaid at the old price is worked out then, not when the question was asked.
    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let q = question, command = input.command
        let money = s.event.moneyFormat
        switch command {
        case .keepPrice?, .confirm?:
            let move = command == .confirm
            let what = Catalogue.Fees.repriced(q.categoryName, to: money.string(q.newPrice))
            let message = Catalogue.Agenda.saved(what + (move ? .empty : Catalogue.Fees.unpaidKeep(money.string(q.oldPrice))))
            return [.reprice(RepriceAnswer(categoryID: q.categoryID, set: q.set, base: q.base, oldPrice: q.oldPrice, newPrice: q.newPrice,
                                           moveUnpaid: move, message: message, description: what))]
        case .cancel?:
            s.overlay = .form(q.form)
            return []
        default:
            return []
        }
    }
}

extension RepriceScreen {
    /// The question, and each answer on its own line with its key from the table.
    func render(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let q = question
        let money = state.event.moneyFormat, language = state.language
        let keys = state.screens.keys
        let width = min(layout.width - 4, 66)
        let text = Catalogue.Fees.repriceQuestion(count: q.codes.count, name: q.categoryName, oldPrice: money.string(q.oldPrice),
                                                  newPrice: money.string(q.newPrice))[language]
        let lines = TextLayout.wrap(text, to: width - 6)
        let height = lines.count + 6
        let (x, y) = DialogView.box(width: width, height: height, style: .warning, layout, into: &grid)
        for (i, line) in lines.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: .heading) }
        let keep = keys.binding(.keepPrice, in: .reprice)
        let defaultKey = keep?.keys.dropFirst().first.map { ", " + $0.label } ?? ""
        let options = [(keys.keyName(.keepPrice, in: .reprice), Catalogue.Fees.theyKeep(money.string(q.oldPrice), defaultKey: defaultKey)[language]),
                       (keys.keyName(.confirm, in: .reprice), Catalogue.Fees.moveThem(to: money.string(q.newPrice))[language]),
                       (keys.keyName(.cancel, in: .reprice), Catalogue.Fees.backToForm[language])]
        for (i, (key, label)) in options.enumerated() {
            grid.put(key, x: x + 3, y: y + 2 + lines.count + i, style: .key)
            grid.put(TextLayout.truncate(label, to: width - 8 - TextWidth.width(key)), x: x + 3 + TextWidth.width(key), y: y + 2 + lines.count + i)
        }
        return nil
    }
}
