import CNcurses
import Foundation

/// Display width of text in terminal columns, from the C library's wcwidth (so it agrees with what
/// ncurses draws), never `String.count`: "Å" is one column, "漢" two, a combining accent none.
public enum TextWidth {
    /// wcwidth answers only in a UTF-8 locale; make sure one is set for the character type.
    nonisolated(unsafe) private static var localeReady = false

    public static func prepareLocale() {
        guard !localeReady else { return }
        localeReady = true
        setlocale(LC_ALL, "")
        if foyer_wcwidth(0xE5) != 1 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Columns one scalar takes: 0 for combining marks and controls, 2 for wide ones.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        prepareLocale()
        let w = Int(foyer_wcwidth(v))
        if w >= 0 { return w }
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
