/// Display width of text in terminal columns, never `String.count`: "Å" is one column, "漢" two, a
/// combining accent none. From a table generated from Unicode's data (`UnicodeWidthTable`, by
/// Scripts/generate-width-table) with the rules glibc's wcwidth follows, so it agrees with what ncurses
/// draws, whatever the locale of the process.
public enum TextWidth {
    /// Columns one scalar takes: 0 for combining marks and controls, 2 for wide ones.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        // Latin-1 and Latin Extended (Å, Ö, ł …): one column each, the combining marks start at U+0300.
        if v < 0x300 { return 1 }
        let width = UnicodeWidthTable.lookup(v)
        if width != UnicodeWidthTable.unassigned { return Int(width) }
        // Unassigned in the table's Unicode: an emoji the Swift runtime already knows is wide.
        return scalar.properties.isEmojiPresentation ? 2 : 1
    }

    /// The sum of the characters' widths (`width(of: Character)`), so a grapheme such as an emoji
    /// joined with ZWJ counts as `put`, `truncate` and `fit` place it: at most two columns.
    public static func width(_ text: String) -> Int {
        // Printable ASCII: one column a byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    public static func width(of character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += width(of: scalar) }
        // A grapheme such as an emoji with a variation selector is at most two columns.
        return min(total, 2)
    }
}
