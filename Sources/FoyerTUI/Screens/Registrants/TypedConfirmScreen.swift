import FoyerCore

/// Deleting a registration for good: the code must be typed exactly; anything else keeps it.
struct TypedConfirmScreen: Screen {
    var confirmation: TypedConfirmation
    func keyContext(_ s: AppState) -> KeyContext { .typedConfirm }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        var c = confirmation
        switch c.typed.prompt(input) {
        case .cancel:
            s.overlay = nil
            s.say(Catalogue.Dialogs.notDeleted, .info)
        case .submit:
            s.overlay = nil
            guard c.typed.text.trimmingCharacters(in: .whitespaces).uppercased() == c.code.uppercased(), let r = s.registry[c.code] else {
                s.say(Catalogue.Dialogs.notDeletedWrongCode(c.code), .warning)
                return []
            }
            return [.commit(.delete(code: r.code), expecting: nil, message: Catalogue.Dialogs.deleted(code: r.code, name: r.fullName, key: s.screens.keys.keyName(.undo, in: .registrants)),
                            undo: .push(ChangeUndo(inverse: .register(r), expect: nil, description: Catalogue.Dialogs.deletionOf(r.fullName))))]
        case .edited:
            s.overlay = .typedConfirm(c)
        }
        return []
    }

    func render(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let c = confirmation
        let width = min(layout.width - 4, 64)
        let name = state.registry[c.code]?.fullName ?? ""
        let lines = TextLayout.wrap(Catalogue.Dialogs.deleteForGood(code: c.code, name: name)[state.language], to: width - 6)
        let height = lines.count + 5
        let (x, y) = DialogView.box(width: width, height: height, style: .error, layout, into: &grid)
        for (i, line) in lines.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: .heading) }
        let fieldY = y + 1 + lines.count
        let cursor = DialogView.field(c.typed, x: x + 3, y: fieldY, width: 14, into: &grid)
        grid.put(DialogView.hintLine(state.screens.keys, .typedConfirm, state.language), x: x + 3, y: y + height - 2, style: .quiet, maxWidth: width - 6)
        return cursor
    }
}
