import FoyerCore

/// A possible duplicate found on saving a registration: open the existing one, save anyway, or go
/// back to the form.
struct DuplicateScreen: Screen {
    var question: DuplicateQuestion
    func keyContext(_ s: AppState) -> KeyContext { .duplicate }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let q = question
        switch input.command {
        case .openExisting?:
            s.overlay = nil
            s.registrants.query = LineEditor("", limit: 200)
            s.registrants.filter = .all
            s.registrants.selectedCode = q.existingCode
            s.registrants.detailCode = q.existingCode
            RegistrantsScreen.ensureVisible(&s)
            return []
        case .saveAnyway?:
            return RegistrantsScreen.saveForm(q.form, &s, allowDuplicate: true)
        case .cancel?:
            s.overlay = .form(q.form)
            return []
        default:
            return []
        }
    }

    /// The existing record beside the choice to open it or save anyway.
    func render(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let q = question
        let width = min(layout.width - 4, 70)
        var lines = [Catalogue.Dialogs.possibleDuplicate(q.message)[state.language]]
        if let existing = state.registry[q.existingCode] {
            lines.append("")
            lines.append(existing.code + "  " + existing.fullName)
            lines.append([existing.email, existing.organisation].filter { !$0.isEmpty }.joined(separator: Glyphs.current.joiner))
            lines.append(state.event.categoryName(of: existing, in: state.language) + Glyphs.current.joiner + RegistrantDetailText.status(existing.status)[state.language])
        }
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextLayout.wrap($0, to: width - 6) }
        let height = wrapped.count + 4
        let (x, y) = DialogView.box(width: width, height: height, style: .warning, layout, into: &grid)
        for (i, line) in wrapped.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: i == 0 ? .heading : .normal) }
        DialogView.footer(state.screens.keys, .duplicate, state.language, x: x + 3, y: y + height - 2, maxWidth: width - 6, into: &grid)
        return nil
    }
}
