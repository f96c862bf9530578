import FoyerCore

/// Help's text for a context: its own keys, then the global ones, straight from the key table. Read by
/// the help screen to draw it and by its update to know how far it scrolls.
enum HelpText {
    /// `width`: the help box's inside, where a long description goes on under itself rather than being cut.
    static func lines(context: KeyContext, language: Language, deskOnly: Bool = false, keys: KeyTable = .standard, width: Int = .max) -> [StyledLine] {
        var out: [StyledLine] = []
        var sections = keys.help(for: context, deskOnly: deskOnly)
        // The programme's form keys, under the agenda's; a desk-only station edits no programme.
        if context == .agenda, !deskOnly { sections.insert((.form, keys.rows(in: .form)), at: 1) }
        // The desk's questions, under the check-in pane's keys: what each answer does.
        if context == .checkIn {
            sections.insert(contentsOf: [KeyContext.checkID, .checkInPayment, .walkInSummary, .walkInMatch, .walkInSecondLook].map { ($0, keys.rows(in: $0).filter { $0.command != .help }) }, at: 1)
        }
        for (n, (ctx, bindings)) in sections.enumerated() {
            if n > 0 { out.append(StyledLine("")) }
            out.append(StyledLine(ctx.title[language], .heading))
            for b in bindings {
                let labels = width == .max ? [b.label[language]] : TextLayout.wrap(b.label[language], to: max(10, width - 19))
                for (i, label) in labels.enumerated() {
                    out.append(StyledLine("  " + TextLayout.fit(i == 0 ? b.keyText(in: language) : "", to: 16) + " " + label))
                }
            }
        }
        if context == .form || context == .agenda {
            out.append(StyledLine(""))
            out.append(StyledLine(KeyWords.lineEditing[language], .quiet))
            out.append(StyledLine(KeyWords.textEditing[language], .quiet))
        }
        return out
    }
}
