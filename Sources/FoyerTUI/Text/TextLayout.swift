/// Fitting text into columns by display width: truncation with an ellipsis, padding, and word wrap.
public enum TextLayout {
    /// What marks cut text: "…", or its ASCII stand-in (`Glyphs.current`).
    public static var ellipsis: Character { Glyphs.current.ellipsis }

    /// The text cut to at most `width` columns, ending in the ellipsis ("…") when something was cut. A wide character
    /// that would straddle the edge is dropped whole, never torn.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.width(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = TextWidth.width(of: ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        out.append(ellipsis)
        return out
    }

    /// Truncated, then padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(text, to: width)
        let pad = String(repeating: " ", count: max(0, width - TextWidth.width(t)))
        return alignRight ? pad + t : t + pad
    }

    /// Wraps text into lines of at most `width` columns, at spaces where possible; a word longer than a
    /// line is broken by width. Newlines in the text start new lines (an empty line between paragraphs stays).
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var w = TextWidth.width(word)
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + word; lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while w > width {
                    // Break an over-long word by width.
                    var head = "", used = 0
                    var rest = Substring(word)
                    while let ch = rest.first, used + TextWidth.width(of: ch) <= width {
                        head.append(ch); used += TextWidth.width(of: ch); rest = rest.dropFirst()
                    }
                    if head.isEmpty { head = String(rest.removeFirst()) } // a wide char in a 1-column line
                    lines.append(head)
                    word = String(rest); w = TextWidth.width(word)
                }
                line = word; lineWidth = w
            }
            lines.append(line)
        }
        return lines
    }
}
