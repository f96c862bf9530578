/// Small boxes: a yes/no question, and the event switcher.
enum DialogView {
    static func confirm(_ c: Confirmation, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let (x, y, height) = message(c.question, extraRows: 2, layout, into: &grid)
        grid.put("y", x: x + 3, y: y + height - 2, style: .key)
        grid.put(" yes   ", x: x + 4, y: y + height - 2)
        grid.put("n", x: x + 11, y: y + height - 2, style: .key)
        grid.put(" no", x: x + 12, y: y + height - 2)
    }

    static func switcher(_ events: [EventSummary], current: String, selected: Int, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let rows = events.count + SwitcherRow.extra.count
        let width = min(layout.width - 4, 78)
        let height = min(layout.height - 2, rows + 4)
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height)
        grid.put(" Open an event ", x: x + 2, y: y, style: .title)
        let g = Glyphs.current
        grid.put(" \(g.up)/\(g.down) choose\(g.joiner)Enter opens\(g.joiner)Esc ", x: x + 2, y: y + height - 1, style: .quiet, maxWidth: width - 4)
        let visible = height - 2
        let start = max(0, min(selected - visible + 1, rows - visible))
        for row in 0..<visible {
            let i = start + row
            guard let kind = SwitcherRow.at(i, events: events) else { break }
            let text: String
            if case .event = kind {
                let e = events[i]
                text = (e.id == current ? String(g.mark) + " " : "  ") + e.date.description + "  " + e.title
            } else {
                text = "  " + kind.label
            }
            grid.put(TextLayout.fit(text, to: width - 2), x: x + 1, y: y + 1 + row, style: i == selected ? .selected : (kind == .newEvent || kind == .copyEvent ? .heading : .normal))
        }
    }
}

extension DialogView {
    /// A possible duplicate: the existing record beside the choice to open it or save anyway.
    static func duplicate(_ q: DuplicateQuestion, state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let width = min(layout.width - 4, 70)
        var lines = ["Possible duplicate: " + q.message]
        if let existing = state.registry[q.existingCode] {
            lines.append("")
            lines.append(existing.code + "  " + existing.fullName)
            lines.append([existing.email, existing.organisation].filter { !$0.isEmpty }.joined(separator: Glyphs.current.joiner))
            lines.append(state.event.categoryName(of: existing) + Glyphs.current.joiner + existing.status.rawValue)
        }
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextLayout.wrap($0, to: width - 6) }
        let height = wrapped.count + 4
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height, style: .warning)
        for (i, line) in wrapped.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: i == 0 ? .heading : .normal) }
        var cx = x + 3
        for (key, label) in [("o", " open it   "), ("s", " save anyway   "), ("Esc", " back to the form")] {
            grid.put(key, x: cx, y: y + height - 2, style: .key); cx += TextWidth.width(key)
            grid.put(label, x: cx, y: y + height - 2); cx += TextWidth.width(label)
        }
    }

    /// Deleting for good: the code must be typed. Returns the cursor.
    static func typedConfirm(_ c: TypedConfirmation, state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int) {
        let width = min(layout.width - 4, 64)
        let name = state.registry[c.code]?.fullName ?? ""
        let lines = TextLayout.wrap("Delete \(c.code) \(name) for good? The history is lost. Type the code to confirm:", to: width - 6)
        let height = lines.count + 5
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height, style: .error)
        for (i, line) in lines.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: .heading) }
        let fieldY = y + 1 + lines.count
        grid.fill(x: x + 3, y: fieldY, width: 14, height: 1, style: .fieldFocused)
        let visible = c.typed.visible(width: 13)
        grid.put(visible.text, x: x + 3, y: fieldY, style: .fieldFocused)
        grid.put("Enter deletes" + Glyphs.current.joiner + "Esc keeps it", x: x + 3, y: y + height - 2, style: .quiet)
        return (x + 3 + visible.cursorColumn, fieldY)
    }
}

extension DialogView {
    /// A category's price changed: do the people who have paid nothing keep their price, or move?
    static func reprice(_ q: RepriceQuestion, state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let money = state.event.moneyFormat
        let width = min(layout.width - 4, 66)
        let name = q.categoryName
        let text = "\(q.codes.count) registered for “\(name)” at \(money.string(q.oldPrice)) and have paid nothing yet. The new price is \(money.string(q.newPrice))."
        let lines = TextLayout.wrap(text, to: width - 6)
        let height = lines.count + 6
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height, style: .warning)
        for (i, line) in lines.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: .heading) }
        let options = [("n", " they keep \(money.string(q.oldPrice)) (default, Enter)"), ("y", " move them to \(money.string(q.newPrice))"), ("Esc", " back to the form")]
        for (i, (key, label)) in options.enumerated() {
            grid.put(key, x: x + 3, y: y + 2 + lines.count + i, style: .key)
            grid.put(TextLayout.truncate(label, to: width - 8 - TextWidth.width(key)), x: x + 3 + TextWidth.width(key), y: y + 2 + lines.count + i)
        }
    }
}

extension DialogView {
    /// Why is this check-in undone? The reason is kept in the history. Returns the cursor.
    static func reason(_ p: ReasonPrompt, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int) {
        let width = min(layout.width - 4, 64)
        let height = 6
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height, style: .warning)
        grid.put(TextLayout.truncate("Undo the check-in of \(p.name)? Why:", to: width - 6), x: x + 3, y: y + 1, style: .heading)
        grid.fill(x: x + 3, y: y + 2, width: width - 6, height: 1, style: .fieldFocused)
        let visible = p.reason.visible(width: width - 7)
        grid.put(visible.text, x: x + 3, y: y + 2, style: .fieldFocused)
        grid.put("Enter undoes it (kept in the history) · Esc keeps the check-in", x: x + 3, y: y + 4, style: .quiet, maxWidth: width - 6)
        return (x + 3 + visible.cursorColumn, y + 2)
    }
}

extension DialogView {
    /// Which file to import. Returns the cursor.
    static func importPath(_ p: ImportPrompt, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int) {
        let width = min(layout.width - 4, 72), height = 6
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height)
        grid.put(" " + p.kind.title + " ", x: x + 2, y: y, style: .title, maxWidth: width - 4)
        grid.put("File:", x: x + 3, y: y + 2, style: .heading)
        grid.fill(x: x + 9, y: y + 2, width: width - 12, height: 1, style: .fieldFocused)
        let visible = p.path.visible(width: width - 13)
        grid.put(visible.text, x: x + 9, y: y + 2, style: .fieldFocused)
        grid.put("Enter shows what it would do (nothing is changed yet) · Esc", x: x + 3, y: y + 4, style: .quiet, maxWidth: width - 6)
        return (x + 9 + visible.cursorColumn, y + 2)
    }

    /// What the import would do, scrollable; y imports, n or Esc does nothing.
    static func importPreview(_ p: ImportPreview, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let width = layout.width - 2, height = layout.height - 2
        let x = 1, y = 1
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height)
        grid.put(" " + p.kind.title + ": preview ", x: x + 2, y: y, style: .title, maxWidth: width - 4)
        ScrolledText.draw(p.lines.map { StyledLine($0, $0.hasPrefix("skipped") || $0.contains("reject") ? .quiet : .normal) },
                          scroll: p.scroll, x: x + 2, y: y + 1, width: width - 4, height: height - 3, into: &grid)
        let footer = p.canApply ? " y import · n or Esc: nothing · ↑↓ scroll " : " nothing here can be imported · Esc "
        grid.put(footer, x: x + 2, y: y + height - 1, style: p.canApply ? .key : .warning, maxWidth: width - 4)
    }
}

extension DialogView {
    /// A question in a box (its answers the key table's: the status line names the keys), with
    /// `extraRows` left below it; returns where the box is.
    @discardableResult
    static func message(_ text: String, extraRows: Int = 0, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> (x: Int, y: Int, height: Int) {
        let lines = TextLayout.wrap(text, to: min(56, layout.width - 8))
        let width = min(layout.width - 4, max(30, (lines.map(TextWidth.width).max() ?? 0) + 6))
        let height = lines.count + 2 + extraRows
        let x = (layout.width - width) / 2, y = max(1, (layout.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height, style: .warning)
        for (i, line) in lines.enumerated() { grid.put(line, x: x + 3, y: y + 1 + i, style: .heading) }
        return (x, y, height)
    }
}
