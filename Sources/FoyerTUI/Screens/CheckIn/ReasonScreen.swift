import FoyerCore

/// Why a check-in is undone: a reason is required and kept in the history.
struct ReasonScreen: Screen {
    var prompt: ReasonPrompt
    func keyContext(_ s: AppState) -> KeyContext { .reason }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        var p = prompt
        switch p.reason.prompt(input) {
        case .cancel:
            s.overlay = nil
        case .submit:
            let reason = p.reason.text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { s.say(Catalogue.Desk.sayWhyUndone, .warning); return [] }
            s.overlay = nil
            s.checkIn.banner = .undone(name: p.name, code: p.code)
            return [.undoCheckIn(code: p.code, reason: reason)]
        case .edited:
            s.overlay = .reason(p)
        }
        return []
    }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let p = prompt
        // Wide enough for its answers in full at 80 columns.
        let width = min(layout.width - 4, 72)
        let height = 6
        let (x, y) = DialogView.box(width: width, height: height, style: .warning, layout, into: &grid)
        grid.put(TextLayout.truncate(Catalogue.Desk.undoCheckInOf(p.name)[s.language], to: width - 6), x: x + 3, y: y + 1, style: .heading)
        let cursor = DialogView.field(p.reason, x: x + 3, y: y + 2, width: width - 6, into: &grid)
        grid.put(DialogView.hintLine(s.screens.keys, .reason, s.language), x: x + 3, y: y + 4, style: .quiet, maxWidth: width - 6)
        return cursor
    }
}
