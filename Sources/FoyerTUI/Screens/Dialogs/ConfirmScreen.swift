import FoyerCore

/// A yes/no question (deleting, cancelling, promoting, discarding, quitting, an overpayment): y does
/// what it says, n (or Esc) goes back, to the form it came from if any.
struct ConfirmScreen: Screen {
    var confirmation: Confirmation
    func keyContext(_ s: AppState) -> KeyContext { .dialog }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let (x, y, height) = DialogView.message(confirmation.question[s.language], extraRows: 2, layout, into: &grid)
        DialogView.footer(s.screens.keys, .dialog, s.language, x: x + 3, y: y + height - 2, into: &grid)
        return nil
    }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let c = confirmation
        switch input.command {
        case .confirm?:
            s.overlay = nil
            switch c.consequence {
            case .deleteListEntry(let kind, let index):
                guard index < kind.count(s.event), let op = kind.operation(from: s.event, to: kind.removing(s.event, at: index)) else { return [] }
                s.overlay = .eventList(EventListState(kind: kind, selected: max(0, index - 1)))
                return [.applyEvent([op], message: Catalogue.Agenda.saved(Catalogue.EventLists.deleted(kind.singular, number: index + 1)), warning: nil, kind: .edit(description: Catalogue.EventLists.deletion(kind.singular, number: index + 1), select: nil))]
            case .deleteItem(let id):
                guard let item = s.event.programmeItems.first(where: { $0.id == id }) else { return [] }
                let what = Catalogue.Dialogs.itemDeleted(item.title)
                return [.applyEvent([.deleteItem(id: id, base: item)], message: Catalogue.Dialogs.saved(what), warning: nil, kind: .edit(description: what, select: nil))]
            case .discardForm:
                s.say(Catalogue.Dialogs.changesDiscarded, .info)
                return []
            case .cancelRegistration(let code):
                guard let r = s.registry[code] else { return [] }
                return [.commit(.setStatus(code: code, .cancelled), expecting: nil, message: Catalogue.Dialogs.cancelled(code: r.code, name: r.fullName, key: KeyWords.name(.restoreRegistration, in: .registrants)),
                                undo: .push(ChangeUndo(inverse: .setStatus(code: code, r.status), expect: .status(.cancelled), description: Catalogue.Dialogs.cancellationOf(r.fullName))))]
            case .promote(let code):
                guard let r = s.registry[code] else { return [] }
                return [.commit(.setStatus(code: code, .registered), expecting: .status(.waitlisted), message: Catalogue.Dialogs.promoted(code: r.code, name: r.fullName),
                                undo: .push(ChangeUndo(inverse: .setStatus(code: code, .waitlisted), expect: .status(.registered), description: Catalogue.Dialogs.promotionOf(r.fullName))))]
            case .quit:
                s.isRunning = false
                return [.quit]
            case .recordPayment(let code, let payment):
                return [RegistrantsScreen.recordPaymentEffect(code: code, payment, s)]
            }
        case .cancel?:
            s.overlay = c.returnTo.map { .form($0) }
            return []
        default:
            return []
        }
    }
}
