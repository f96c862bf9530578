/// One character cell: a grapheme, its style, and whether it is the right half of a wide character.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    /// The second column of a two-column character: drawn by the cell before it.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.character = character; self.style = style; self.isContinuation = isContinuation
    }
    public static let blank = Cell()
}

/// The in-memory screen every view draws into (as ratatui's Buffer): tests render into it and compare
/// text; the ncurses backend copies it to the terminal. Drawing outside it is clipped, never a crash.
public struct ScreenGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes text from (x, y), at most `maxWidth` columns (default: to the right edge). Returns the
    /// columns used. Control characters are shown as "?" so text from files can never steer the terminal.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let (end, overflow) = x.addingReportingOverflow(maxWidth ?? width)
        let limit = overflow ? ((maxWidth ?? width) > 0 ? width : x) : min(width, end)
        guard limit > x else { return 0 }
        var col = x
        for ch in text {
            var ch = ch
            var w = TextWidth.width(of: ch)
            if w == 0 {
                if ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
                    ch = "?"; w = 1
                } else if col > x, col - 1 < width, col - 1 >= 0 {
                    // A lone combining mark joins the previous cell.
                    continue
                } else { continue }
            }
            if col + w > limit { break }
            if col >= 0 {
                clearWide(at: col, y: y)
                self[col, y] = Cell(ch, style: style)
                if w == 2 {
                    clearWide(at: col + 1, y: y)
                    self[col + 1, y] = Cell(" ", style: style, isContinuation: true)
                }
            }
            col += w
        }
        return col - x
    }

    /// Overwriting half of a wide character blanks the other half, so no column is ever torn.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        if self[x, y].isContinuation, x > 0 { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
        if x + 1 < width, self[x + 1, y].isContinuation { self[x + 1, y] = Cell(" ", style: self[x + 1, y].style) }
    }

    /// The part of `start ..< start + length` inside `0 ..< limit`: empty (never a trap) when the span
    /// lies outside, is empty or negative, or would overflow.
    static func clip(_ start: Int, _ length: Int, to limit: Int) -> Range<Int> {
        guard length > 0, start < limit else { return 0..<0 }
        let (end, overflow) = start.addingReportingOverflow(length)
        let lower = max(0, start), upper = overflow ? limit : min(limit, end)
        return lower < upper ? lower..<upper : 0..<0
    }

    /// Fills a rectangle with spaces of a style (a background for a bar or a dialog).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .normal) {
        let cols = Self.clip(x, w, to: width)
        for row in Self.clip(y, h, to: height) {
            for col in cols { self[col, row] = Cell(" ", style: style) }
        }
    }

    /// Sets the style of a rectangle, keeping its text (for highlighting a row).
    public mutating func restyle(x: Int, y: Int, width w: Int, height h: Int = 1, style: Style) {
        let cols = Self.clip(x, w, to: width)
        for row in Self.clip(y, h, to: height) {
            for col in cols { cells[row * width + col].style = style }
        }
    }

    /// A horizontal rule.
    public mutating func hline(x: Int, y: Int, width w: Int, style: Style = .border) {
        put(String(repeating: Glyphs.current.horizontal, count: max(0, w)), x: x, y: y, style: style, maxWidth: w)
    }

    public mutating func vline(x: Int, y: Int, height h: Int, style: Style = .border) {
        for row in Self.clip(y, h, to: height) { put(String(Glyphs.current.vertical), x: x, y: row, style: style, maxWidth: 1) }
    }

    /// A box outline.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, style: Style = .border) {
        guard w >= 2, h >= 2, x < width, y < height else { return }
        let g = Glyphs.current
        put(String(g.topLeft) + String(repeating: g.horizontal, count: w - 2) + String(g.topRight), x: x, y: y, style: style)
        for row in Self.clip(y + 1, h - 2, to: height) {
            put(String(g.vertical), x: x, y: row, style: style)
            put(String(g.vertical), x: x + w - 1, y: row, style: style)
        }
        put(String(g.bottomLeft) + String(repeating: g.horizontal, count: w - 2) + String(g.bottomRight), x: x, y: y + h - 1, style: style)
    }

    /// The text of one row, trailing spaces trimmed (continuation cells skipped).
    public func text(row y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s.append(self[x, y].character) }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row: what golden files hold.
    public var text: String { (0..<height).map { text(row: $0) }.joined(separator: "\n") }

    /// The style of the first cell of `row` whose text starts `needle`, for tests.
    public func style(of needle: String, row y: Int) -> Style? {
        let line = text(row: y)
        guard let r = line.range(of: needle) else { return nil }
        let col = TextWidth.width(String(line[..<r.lowerBound]))
        return col < width ? self[col, y].style : nil
    }
}

/// Box, block and marker characters, with ASCII stand-ins for terminals that cannot draw Unicode.
public struct Glyphs: Sendable {
    public var horizontal: Character, vertical: Character
    public var topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character
    public var bullet: Character, pointer: Character, block: Character, lightBlock: Character
    public var ellipsis: Character
    /// "More above" and "more below" beside a scrolled list.
    public var up: Character, down: Character
    /// Either side of a choice field's value.
    public var choiceLeft: Character, choiceRight: Character
    /// Before a field's error.
    public var cross: Character
    /// The current event in the switcher.
    public var mark: Character
    /// Between the parts of a line ("a · b").
    public var separator: Character
    /// In time ranges ("08:30–09:00").
    public var dash: Character

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
                                       bottomRight: "┘", bullet: "·", pointer: "▶", block: "█", lightBlock: "░", ellipsis: "…",
                                       up: "↑", down: "↓", choiceLeft: "◀", choiceRight: "▶", cross: "✗", mark: "●",
                                       separator: "·", dash: "–")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
                                     bottomRight: "+", bullet: "-", pointer: ">", block: "#", lightBlock: ".", ellipsis: "~",
                                     up: "^", down: "v", choiceLeft: "<", choiceRight: ">", cross: "x", mark: "*",
                                     separator: "|", dash: "-")
    /// Chosen once at start-up by the backend (ASCII for vt100 or a non-UTF-8 locale); Unicode in tests.
    nonisolated(unsafe) public static var current = Glyphs.unicode

    /// Eight heights of a column, lowest first, for small charts: block characters, or ASCII when the
    /// blocks are ASCII (vt100, a non-UTF-8 locale, or monochrome).
    public var ramp: [Character] { block == "█" ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [".", ":", "-", "=", "+", "*", "#", "@"] }

    /// Whether this is the ASCII set (the backend may still swap single glyphs, as monochrome does the
    /// blocks): what large letters (`BlockLetters`) are drawn with follows it.
    public var isASCII: Bool { topLeft == Glyphs.ascii.topLeft }

    /// " · " with this set's separator: what joins the parts of a line.
    public var joiner: String { " " + String(separator) + " " }

    /// Text from elsewhere (a time range such as "08:30–09:00", a date span) with its en dashes in this set.
    public func dashed(_ text: String) -> String {
        dash == "–" ? text : String(text.map { $0 == "–" ? dash : $0 })
    }
}
