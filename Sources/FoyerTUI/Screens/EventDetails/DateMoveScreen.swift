import FoyerCore

/// The event's first day changed while it has a programme: move the items (and the deadline) along?
struct DateMoveScreen: Screen {
    var question: DateMoveQuestion
    func keyContext(_ s: AppState) -> KeyContext { .dateMove }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let q = question
        let (x, y, height) = DialogView.message(Catalogue.EventDetails.dateMoves(from: DateText.long(q.from), to: DateText.long(q.to), items: q.items)[s.language], extraRows: 2, layout, into: &grid)
        DialogView.footer(s.screens.keys, .dateMove, s.language, x: x + 3, y: y + height - 2, into: &grid)
        return nil
    }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let q = question
        switch input.command {
        case .confirm?: return EventDetailsSaving.save(q.form, moveProgramme: true, &s)
        case .keepPrice?: return EventDetailsSaving.save(q.form, moveProgramme: false, &s)
        case .cancel?: s.overlay = .form(q.form); return []
        default: return []
        }
    }
}
