import FoyerCore

/// A save that met another desk's change: per field, theirs (with desk and time) and mine, the choice
/// made so far, and the field being decided. The keys are in the status line (the key table's hints).
enum ConflictView {
    typealias Words = Catalogue.Dialogs

    static func draw(_ q: ConflictQuestion, _ language: Language, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let g = Glyphs.current
        let width = min(layout.width - 4, 76)
        var lines: [StyledLine] = []
        if q.conflict.deleted {
            lines.append(StyledLine(q.conflict.description, .heading))
            lines.append(StyledLine("", .normal))
            lines.append(StyledLine(q.form.base.map { if case .item = $0 { return Words.typingKeptAddAgain[language] }; return Words.typingCannotBeSaved[language] } ?? "", .normal))
        } else {
            lines.append(StyledLine(Words.changedElsewhere(q.conflict.subjectPhrase)[language], .heading))
            lines.append(StyledLine(Words.mergedKeepOne[language], .quiet))
            for (i, row) in q.rows.enumerated() {
                let pointer = i == q.selected ? String(g.pointer) + " " : "  "
                let choice = (row.keepTheirs.map { $0 ? Words.keepTheirs : Words.keepMine } ?? Words.choose)[language]
                lines.append(StyledLine(pointer + row.label[language] + " " + g.joiner.trimmingCharacters(in: .whitespaces) + " " + choice, i == q.selected ? .selected : .heading))
                // TODO(issue 17): "desk B at 10:42" in both languages (FoyerCore's `ChangeAuthor`).
                let who = row.author.map { " (\($0))" } ?? Words.anotherDesk[language]
                lines.append(StyledLine(Words.theirs[language] + shown(row.theirs, language) + who, row.keepTheirs == true ? .success : .normal))
                lines.append(StyledLine(Words.mine[language] + shown(row.mine, language), row.keepTheirs == false ? .success : .normal))
            }
        }
        // Wrapped at the box's width, each wrapped line keeping its indentation.
        let wrapped = lines.flatMap { line -> [StyledLine] in
            let indent = String(line.text.prefix { $0 == " " })
            let body = TextLayout.wrap(String(line.text.dropFirst(indent.count)), to: width - 6 - indent.count)
            return (body.isEmpty ? [""] : body).map { StyledLine(indent + $0, line.style) }
        }
        let height = min(layout.height - 2, wrapped.count + 3)
        let (x, y) = DialogView.box(width: width, height: height, style: .warning, layout, into: &grid)
        grid.put((q.conflict.deleted ? Words.deletedElsewhere : Words.changedElsewhereTitle)[language], x: x + 2, y: y, style: .title, maxWidth: width - 4)
        // Keep the chosen field in view on a short screen.
        let room = height - 3
        let selectedLine = 2 + q.selected * 3
        let first = max(0, min(selectedLine + 3 - room, wrapped.count - room))
        for (i, line) in wrapped.dropFirst(first).prefix(room).enumerated() {
            grid.put(TextLayout.truncate(line.text, to: width - 6), x: x + 3, y: y + 1 + i, style: line.style)
        }
    }

    /// An empty value says so, rather than showing nothing.
    static func shown(_ value: Phrase, _ language: Language) -> String { value.isEmpty ? Words.empty[language] : value[language] }
}
