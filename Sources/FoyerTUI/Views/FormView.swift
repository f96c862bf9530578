/// A form in a box over the pane: a label column, the fields, each field's error under it in the
/// error style, and the focused field's note at the bottom. Returns where the cursor goes.
enum FormView {
    static func draw(_ form: Form, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int)? {
        let errorRows = form.fields.filter { $0.error != nil }.count
        let width = min(layout.width - 4, 76)
        let height = min(layout.height - 2, form.fields.count + errorRows + 5)
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height)
        grid.put(" " + form.title + " ", x: x + 2, y: y, style: .title)
        let labelWidth = min(14, form.fields.map { TextWidth.width($0.label) }.max() ?? 8) + 2
        let fieldX = x + 2 + labelWidth
        let fieldWidth = width - labelWidth - 4
        var row = y + 2
        var cursor: (x: Int, y: Int)?
        // On a short screen the form scrolls so the focused field is always in view.
        let room = max(1, height - 4)
        let first = max(0, form.focus - room + 2)
        if first > 0 { grid.put(String(Glyphs.current.up), x: x + width - 2, y: y + 1, style: .quiet) }
        for (i, field) in form.fields.enumerated() where i >= first && row < y + height - 2 {
            let focused = i == form.focus
            grid.put(TextLayout.truncate(field.label, to: labelWidth - 1), x: x + 2, y: row, style: focused ? .heading : .normal)
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
                let option = TextLayout.truncate(options.indices.contains(index) ? options[index] : "", to: fieldWidth - 4)
                grid.put(String(Glyphs.current.choiceLeft) + " " + option + " " + String(Glyphs.current.choiceRight), x: fieldX, y: row, style: style, maxWidth: fieldWidth)
            }
            row += 1
            if let error = field.error, row < y + height - 2 {
                grid.put(TextLayout.truncate(String(Glyphs.current.cross) + " " + error, to: fieldWidth), x: fieldX, y: row, style: .error)
                row += 1
            }
        }
        if let problem = form.problem {
            grid.put(TextLayout.truncate(String(Glyphs.current.cross) + " Not saved: " + problem, to: width - 4), x: x + 2, y: y + height - 2, style: .error)
        } else if let note = form.fields[safe: form.focus]?.note {
            grid.put(TextLayout.truncate(note, to: width - 4), x: x + 2, y: y + height - 2, style: .quiet)
        }
        return cursor
    }
}
