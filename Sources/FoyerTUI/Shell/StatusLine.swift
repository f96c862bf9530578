import FoyerCore

/// The bottom line: a message while it is fresh, else the find prompt, else the keys a newcomer needs.
enum StatusLine {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int)? {
        let y = layout.statusRow
        grid.fill(x: 0, y: y, width: layout.width, height: 1, style: .statusBar)
        if case .find(let editor)? = state.overlay {
            let label = " " + Catalogue.Shell.find[state.language] + " "
            grid.put(label, x: 0, y: y, style: .statusBar)
            let start = TextWidth.width(label)
            let visible = editor.visible(width: layout.width - start - 24)
            grid.put(visible.text, x: start, y: y, style: .statusBar)
            let hint = DialogView.hintLine(state.screens.keys, .prompt, state.language)
            grid.put(hint, x: layout.width - TextWidth.width(hint) - 1, y: y, style: .statusBar)
            return (start + visible.cursorColumn, y)
        }
        if let message = state.status {
            let style: Style
            switch message.kind {
            case .info: style = .statusBar
            case .success: style = .success
            case .warning: style = .warning
            case .error: style = .error
            }
            grid.put(" " + TextLayout.truncate(message.text[state.language], to: layout.width - 2) + " ", x: 0, y: y, style: style)
            return nil
        }
        if case .loading? = state.registrantsLoad {
            // The progress line: the registrations load behind whatever is on screen.
            let text = " " + state.registrantsLoad!.message[state.language] + Glyphs.current.joiner + Catalogue.Shell.agendaWorksMeanwhile[state.language]
            grid.put(TextLayout.truncate(text, to: layout.width - 1), x: 0, y: y, style: .statusBar)
            return nil
        }
        var x = 1
        // The hints of the context the next key is read in: its own, then its fallbacks' (the key table's).
        var hints = state.screens.keys.hints(for: state.keyContext, deskOnly: state.deskOnly)
        if state.deskOnly { hints = hints.filter { !$0.command.refusedAtDesk } }
        for binding in hints {
            guard let hint = binding.hint?[state.language], let key = binding.keys.first else { continue }
            let keyText = key.name(in: state.language), need = TextWidth.width(keyText) + 1 + TextWidth.width(hint) + 2
            if x + need > layout.width { break }
            grid.put(keyText, x: x, y: y, style: .key)
            x += TextWidth.width(keyText)
            grid.put(" " + hint, x: x, y: y, style: .statusBar)
            x += TextWidth.width(hint) + 3
        }
        return nil
    }
}
