import FoyerCore

/// What every dialog draws the same way: its box with the question, and its answers' keys from the
/// key table (never written into the text by hand).
enum DialogView {
    /// A question in a box, with `extraRows` left below it; returns where the box is.
    @discardableResult
    static func message(_ text: String, extraRows: Int = 0, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int, height: Int) {
        let lines = TextLayout.wrap(text, to: min(56, layout.width - 8))
        let width = min(layout.width - 4, max(30, (lines.map(TextWidth.width).max() ?? 0) + 6))
        let height = lines.count + 2 + extraRows
        let (x, y) = DialogView.box(width: width, height: height, style: .warning, layout, into: &grid)
        for (i, line) in lines.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: .heading) }
        return (x, y, height)
    }

    /// An empty box of this size in the middle of the screen (below the tabs), framed in `style`;
    /// returns its top left corner.
    static func box(width: Int, height: Int, style: Style = .border, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int) {
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height, style: style)
        return (x, y)
    }

    /// The answers of a context on one row, each key in the key colour and its hint beside it:
    /// "y yes   n no". Stops before what would not fit in `maxWidth`.
    static func footer(_ keys: KeyTable, _ context: KeyContext, _ language: Language, x: Int, y: Int, maxWidth: Int = Int.max, into grid: inout ScreenGrid) {
        var cx = x
        for b in keys.rows(in: context) {
            guard let hint = b.hint?[language], let key = b.keys.first else { continue }
            let label = " " + hint + "   ", name = key.name(in: language)
            guard cx - x + TextWidth.width(name) + TextWidth.width(hint) + 1 <= maxWidth else { break }
            grid.put(name, x: cx, y: y, style: .key); cx += TextWidth.width(name)
            grid.put(label, x: cx, y: y); cx += TextWidth.width(label)
        }
    }

    /// The answers of a context as one quiet line: "Enter deletes · Esc keeps it".
    static func hintLine(_ keys: KeyTable, _ context: KeyContext, _ language: Language) -> String {
        keys.rows(in: context).compactMap { b in
            guard let hint = b.hint?[language], let key = b.keys.first else { return nil }
            return hint.isEmpty ? key.name(in: language) : key.name(in: language) + " " + hint
        }.joined(separator: Glyphs.current.joiner)
    }

    /// A one-line field being typed in a dialog: its background, the visible part of the text, and
    /// where the cursor goes.
    static func field(_ editor: LineEditor, x: Int, y: Int, width: Int, into grid: inout ScreenGrid) -> Cursor {
        grid.fill(x: x, y: y, width: width, height: 1, style: .fieldFocused)
        let visible = editor.visible(width: width - 1)
        grid.put(visible.text, x: x, y: y, style: .fieldFocused)
        return (x + visible.cursorColumn, y)
    }
}

/// What a key does in a dialog's one-line field: answers it (Enter), leaves it (Esc), or edits the
/// text; the keys are the dialog context's `submitField` and `cancel`.
enum PromptKey { case submit, cancel, edited }

extension LineEditor {
    mutating func prompt(_ input: ScreenInput) -> PromptKey {
        switch input.command {
        case .submitField?: return .submit
        case .cancel?: return .cancel
        default:
            handle(input.key)
            return .edited
        }
    }
}
