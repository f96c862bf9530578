/// A result the desk must not misread, as a band across the screen in its outcome's style: the word in
/// block letters (three rows) above a row of detail, when the screen has room; else the word as plain
/// text above the detail.
///
/// The detail row should name the result in words too ("CHECKED IN  Ada Lovelace · Student"): block
/// letters are a picture, which a screen reader, a copy of the screen and a search of it cannot read.
public enum ResultBand {
    /// Screens at least this high have room for the block letters and the list under them.
    public static let minimumHeight = 24
    /// Columns kept free: two either side of the letters.
    static let margin = 2

    /// Whether the word is drawn in block letters: a screen of 24 rows or more, the word fits with a
    /// margin either side, and the font draws every character of it.
    public static func usesBlockLetters(layout: ScreenLayout, word: String) -> Bool {
        guard layout.height >= minimumHeight, let width = BlockLetters.width(of: word) else { return false }
        return width <= layout.width - 2 * margin
    }

    /// Rows the band takes: four with block letters (three and the detail), else two.
    public static func rows(layout: ScreenLayout, word: String) -> Int {
        usesBlockLetters(layout: layout, word: word) ? BlockLetters.height + 1 : 2
    }

    /// Draws the band from row `y`, the whole width, and returns the rows it took.
    @discardableResult
    public static func draw(word: String, detail: String, outcome: Outcome, y: Int, layout: ScreenLayout,
                            into grid: inout ScreenGrid) -> Int {
        let style = outcome.style, rows = rows(layout: layout, word: word)
        let textWidth = max(0, layout.width - 2)
        grid.fill(x: 0, y: y, width: layout.width, height: rows, style: style)
        if usesBlockLetters(layout: layout, word: word), let letters = BlockLetters.render(word) {
            for (i, line) in letters.enumerated() { grid.put(line, x: margin, y: y + i, style: style) }
        } else {
            grid.put(" " + TextLayout.truncate(word, to: textWidth), x: 0, y: y, style: style)
        }
        grid.put(" " + TextLayout.truncate(detail, to: textWidth), x: 0, y: y + rows - 1, style: style)
        return rows
    }
}
