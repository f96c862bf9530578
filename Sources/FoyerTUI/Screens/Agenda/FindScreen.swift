import FoyerCore

/// `/` in the agenda: the text to find, typed in the status line.
struct FindScreen: Screen {
    var editor: LineEditor
    func keyContext(_ s: AppState) -> KeyContext { .prompt }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        var editor = editor
        switch editor.prompt(input) {
        case .submit:
            s.overlay = nil
            let query = editor.text.trimmingCharacters(in: .whitespaces)
            s.agenda.findQuery = query.isEmpty ? nil : query
            if !query.isEmpty { AgendaScreen.find(query, from: s.agenda.selected, step: 1, includeCurrent: true, &s) }
        case .cancel: s.overlay = nil
        case .edited: s.overlay = .find(editor)
        }
        return []
    }

    /// Drawn by the status line (`StatusLine`), which it takes over while open.
    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? { nil }
}
