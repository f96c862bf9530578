/// The one way lists and texts scroll on screen: the visible lines from the scroll position (kept
/// within the text while drawing) and the scroll marks (↑ more above, ↓ more below). The arithmetic
/// (moving, keeping a row in view) is `ListScroll`.
/// A line of text with its style, for the scrollable detail and information views.
struct StyledLine: Hashable {
    var text: String
    var style: Style
    init(_ text: String, _ style: Style = .normal) { self.text = text; self.style = style }
}

enum ScrolledText {
    static func draw(_ lines: [StyledLine], scroll: Int, x: Int, y: Int, width: Int, height: Int, into grid: inout ScreenGrid) {
        guard width > 0, height > 0 else { return }
        let maxScroll = max(0, lines.count - height)
        let start = min(scroll, maxScroll)
        for row in 0..<height {
            let i = start + row
            guard lines.indices.contains(i) else { break }
            grid.put(TextLayout.truncate(lines[i].text, to: width), x: x, y: y + row, style: lines[i].style)
        }
        if start > 0 { grid.put(String(Glyphs.current.up), x: x + width, y: y, style: .quiet, maxWidth: 1) }
        if start < maxScroll { grid.put(String(Glyphs.current.down), x: x + width, y: y + height - 1, style: .quiet, maxWidth: 1) }
    }

    /// Appends wrapped paragraphs, indented.
    static func wrapped(_ text: String, width: Int, indent: Int = 0, style: Style = .normal) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        return TextLayout.wrap(text, to: max(1, width - indent)).map { StyledLine(pad + $0, style) }
    }
}
