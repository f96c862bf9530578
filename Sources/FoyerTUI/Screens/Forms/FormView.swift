import FoyerCore

/// A form in a box over the pane: a label column, the fields, each field's error under it in the
/// error style, and the focused field's note at the bottom. Returns where the cursor goes.
enum FormView {
    static func boxWidth(_ layout: ScreenLayout) -> Int { min(layout.width - 4, 76) }
    static func labelWidth(_ form: Form, _ language: Language) -> Int { min(14, form.fields.map { TextWidth.width($0.label[language]) }.max() ?? 8) + 2 }
    /// The width a field's text gets: what a multi-line field wraps at, for the view and for ↑/↓.
    static func fieldWidth(_ form: Form, _ layout: ScreenLayout, _ language: Language) -> Int { max(1, boxWidth(layout) - labelWidth(form, language) - 4) }
    /// Rows a field takes: a multi-line one its visible rows.
    static func rows(_ field: Form.Field) -> Int {
        if case .area = field.value { return TextArea.visibleRows }
        return 1
    }

    static func draw(_ form: Form, _ layout: ScreenLayout, _ language: Language, into grid: inout ScreenGrid) -> (x: Int, y: Int)? {
        let errorRows = form.fields.filter { $0.error != nil }.count
        let width = boxWidth(layout)
        let fieldRows = form.fields.reduce(0) { $0 + rows($1) }
        let height = min(layout.height - 2, fieldRows + errorRows + 5)
        let (x, y) = DialogView.box(width: width, height: height, layout, into: &grid)
        grid.put(" " + form.title[language] + " ", x: x + 2, y: y, style: .title)
        let labelWidth = labelWidth(form, language)
        let fieldX = x + 2 + labelWidth
        let fieldWidth = fieldWidth(form, layout, language)
        var row = y + 2
        var cursor: (x: Int, y: Int)?
        // On a short screen the form scrolls so the focused field (all its rows) is always in view.
        let room = max(1, height - 4)
        var first = 0
        while first < form.focus, form.fields[first...form.focus].reduce(0, { $0 + rows($1) }) + 1 > room { first += 1 }
        if first > 0 { grid.put(String(Glyphs.current.up), x: x + width - 2, y: y + 1, style: .quiet) }
        for (i, field) in form.fields.enumerated() where i >= first && row + rows(field) <= y + height - 2 {
            let focused = i == form.focus
            grid.put(TextLayout.truncate(field.label[language], to: labelWidth - 1), x: x + 2, y: row, style: focused ? .heading : .normal)
            let style: Style = focused ? .fieldFocused : .field
            grid.fill(x: fieldX, y: row, width: fieldWidth, height: 1, style: style)
            switch field.value {
            case .text(let editor) where focused:
                let visible = editor.visible(width: fieldWidth - 1)
                grid.put(visible.text, x: fieldX, y: row, style: style, maxWidth: fieldWidth)
                cursor = (fieldX + visible.cursorColumn, row)
            case .text(let editor):
                grid.put(TextLayout.truncate(editor.text, to: fieldWidth), x: fieldX, y: row, style: style)
            case .choice(let options, let index):
                let option = TextLayout.truncate(options.indices.contains(index) ? options[index][language] : "", to: fieldWidth - 4)
                grid.put(String(Glyphs.current.choiceLeft) + " " + option + " " + String(Glyphs.current.choiceRight), x: fieldX, y: row, style: style, maxWidth: fieldWidth)
            case .area(let area):
                cursor = drawArea(area, focused: focused, x: fieldX, y: row, width: fieldWidth, style: style, into: &grid) ?? cursor
                let count = area.lineCount
                grid.put(TextLayout.truncate(Catalogue.Dialogs.lines(count)[language], to: labelWidth - 1), x: x + 2, y: row + 1, style: .quiet)
            }
            row += rows(field)
            if let error = field.error, row < y + height - 2 {
                grid.put(TextLayout.truncate(String(Glyphs.current.cross) + " " + error[language], to: fieldWidth), x: fieldX, y: row, style: .error)
                row += 1
            }
        }
        if let problem = form.problem {
            grid.put(TextLayout.truncate(String(Glyphs.current.cross) + Catalogue.Dialogs.notSaved[language] + problem[language], to: width - 4), x: x + 2, y: y + height - 2, style: .error)
        } else if let note = form.fields[safe: form.focus]?.note {
            grid.put(TextLayout.truncate(note[language], to: width - 4), x: x + 2, y: y + height - 2, style: .quiet)
        }
        return cursor
    }

    /// A multi-line field's visible rows, scrolled to keep the cursor's row in them (the cursor only
    /// when focused); the ↑ and ↓ marks say there is more above or below.
    static func drawArea(_ area: TextArea, focused: Bool, x: Int, y: Int, width: Int, style: Style, into grid: inout ScreenGrid) -> (x: Int, y: Int)? {
        let textWidth = max(1, width - 1)
        let all = area.rows(width: textWidth)
        let here = area.cursorPosition(width: textWidth)
        let visible = TextArea.visibleRows
        let top = focused ? max(0, min(here.row - visible + 1, all.count - visible)) : 0
        grid.fill(x: x, y: y, width: width, height: visible, style: style)
        for r in 0..<visible where top + r < all.count {
            let range = all[top + r]
            let text = String(area.characters[range].filter { $0 != "\n" })
            grid.put(text, x: x, y: y + r, style: style, maxWidth: textWidth)
        }
        if top > 0 { grid.put(String(Glyphs.current.up), x: x + width - 1, y: y, style: .quiet) }
        if top + visible < all.count { grid.put(String(Glyphs.current.down), x: x + width - 1, y: y + visible - 1, style: .quiet) }
        return focused ? (x + here.column, y + here.row - top) : nil
    }
}
