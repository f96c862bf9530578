import FoyerCore

/// `?` or F1: every key of the current pane and the global ones, straight from the key table.
struct HelpScreen: Screen {
    var scroll: Int
    func keyContext(_ s: AppState) -> KeyContext { .help }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        guard let command = input.command else { return [] }
        if command == .closeHelp { s.overlay = nil; return [] }
        if let moved = ListScroll.scrolled(scroll, by: command, page: max(1, s.layout.height - 5), limit: { Selectors.helpMaxScroll(s) }) {
            s.overlay = .help(scroll: moved)
        }
        return []
    }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        HelpView.draw(context: s.screens.screen(for: s.pane).helpContext, language: s.language, deskOnly: s.deskOnly, keys: s.screens.keys, scroll: scroll, layout, into: &grid)
        return nil
    }
}

/// The help page's text and box.
enum HelpView {
    /// The inside of the help box: its width less the frame and the margins.
    static func textWidth(_ layout: ScreenLayout) -> Int { min(layout.width - 4, 84) - 4 }

    static func draw(context: KeyContext, language: Language, deskOnly: Bool = false, keys: KeyTable, scroll: Int, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let width = min(layout.width - 4, 84)
        let height = layout.height - 2
        let x = (layout.width - width) / 2, y = 1
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height)
        let title = deskOnly ? Catalogue.Shell.helpTitleDeskOnly(context: context.title) : Catalogue.Shell.helpTitle(context: context.title)
        grid.put(" " + title[language] + " ", x: x + 2, y: y, style: .title)
        // The closing key that types something, then the one that does not ("?/Esc"), from the table.
        let closeKeys = keys.binding(.closeHelp, in: .help)?.keys ?? []
        let close = [closeKeys.first(where: \.typesText), closeKeys.first { !$0.typesText }].compactMap { $0?.name(in: language) }
        let closing = " " + Catalogue.Shell.closes(keys: close.joined(separator: "/"))[language] + " "
        grid.put(closing, x: x + width - TextWidth.width(closing) - 2, y: y + height - 1, style: .quiet)
        let body = HelpText.lines(context: context, language: language, deskOnly: deskOnly, keys: keys, width: textWidth(layout)).map { line -> StyledLine in
            var l = line
            if l.style == .normal, l.text.hasPrefix("  ") { l.style = .normal }
            return l
        }
        ScrolledText.draw(body, scroll: scroll, x: x + 2, y: y + 1, width: width - 4, height: height - 2, into: &grid)
        // Key names stand out.
        for row in (y + 1)..<(y + height - 1) {
            let text = grid.text(row: row)
            if text.hasPrefix(String(repeating: " ", count: x + 4)), !text.trimmingCharacters(in: .whitespaces).isEmpty,
               grid[x + 4, row].style == .normal {
                grid.restyle(x: x + 4, y: row, width: 16, style: .key)
            }
        }
    }
}

import Foundation
