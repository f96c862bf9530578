import Foundation

/// A terminal for tests and the benchmark: keys come from a script, and each frame is kept as the
/// terminal would have shown it, every cell with the `TerminalAttributes` the ncurses backend would have
/// set for it (the same runs, the same style mapping, with colour or the monochrome scheme).
public final class TestBackend: Backend {
    /// One column of the screen: its character (empty in the right half of a wide one) and attributes.
    public struct Cell: Hashable, Sendable {
        public var character: String
        public var attributes: TerminalAttributes
    }

    /// One call to draw text: where, with what attributes, what (as ncurses' `mvaddnwstr` gets it).
    public struct Run: Hashable, Sendable {
        public var x: Int, y: Int
        public var attributes: TerminalAttributes
        public var text: String
    }

    public let colour: Bool
    public private(set) var size: (width: Int, height: Int)
    /// The keys and resizes still to come; `read` takes them one at a time.
    public private(set) var script: [BackendInput]
    public private(set) var isStarted = false
    public private(set) var stops = 0
    public private(set) var draws = 0
    public private(set) var fullRedraws = 0
    /// Times the bell rang.
    public private(set) var bells = 0
    /// The text runs of the last frame drawn, in the order ncurses would be told them.
    public private(set) var runs: [Run] = []
    /// The screen after the last frame: `size.width` × `size.height` cells, row by row.
    public private(set) var cells: [Cell]
    public private(set) var cursor: (x: Int, y: Int)?
    /// Called by `read` when the script is used up (e.g. to end a run with a key); nil: `read` says `.none`.
    public var whenScriptEnds: (() -> BackendInput)?

    /// A terminal of `width` × `height`, with colour or without (as with NO_COLOR), and keys to read.
    public init(width: Int = 80, height: Int = 24, colour: Bool = true, script: [BackendInput] = []) {
        self.colour = colour
        self.size = (width, height)
        self.script = script
        cells = Array(repeating: Cell(character: " ", attributes: .normal), count: max(0, width) * max(0, height))
    }

    /// More keys, after those still to come.
    public func type(_ input: [BackendInput]) { script += input }

    public func start() throws { isStarted = true }
    public func stop() { if isStarted { isStarted = false; stops += 1 } }

    public func read(timeoutMilliseconds: Int) -> BackendInput {
        guard !script.isEmpty else { return whenScriptEnds?() ?? .none }
        let input = script.removeFirst()
        if case .resize(let w, let h) = input { size = (w, h) }
        return input
    }

    public func draw(_ frame: Frame) {
        draws += 1
        let (width, height) = size
        cells = Array(repeating: Cell(character: " ", attributes: .normal), count: max(0, width) * max(0, height))
        runs = []
        for y in 0..<min(frame.grid.height, height) {
            for run in NcursesBackend.runs(frame.grid, row: y, columns: width) {
                let attributes = TerminalAttributes(style: run.style, colour: colour)
                runs.append(Run(x: run.x, y: y, attributes: attributes, text: run.text))
                var x = run.x
                for character in run.text where x < width {
                    cells[y * width + x] = Cell(character: String(character), attributes: attributes)
                    let columns = TextWidth.width(of: character)
                    if columns == 2, x + 1 < width { cells[y * width + x + 1] = Cell(character: "", attributes: attributes) }
                    x += max(columns, 1)
                }
            }
        }
        cursor = frame.cursor
    }

    public func forceFullRedraw() { fullRedraws += 1 }

    public func bell() { bells += 1 }

    public var restoreTerminal: () -> Void { {} }

    // MARK: Reading the screen

    public subscript(x: Int, y: Int) -> Cell { cells[y * size.width + x] }

    /// The text of one row, trailing spaces trimmed.
    public func text(row y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var s = (0..<size.width).map { self[$0, y].character }.joined()
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    public var text: String { (0..<size.height).map { text(row: $0) }.joined(separator: "\n") }

    /// The first row that holds `needle`.
    public func row(containing needle: String) -> Int? {
        (0..<size.height).first { text(row: $0).contains(needle) }
    }

    /// The attributes of the cell where `needle` starts in `row` (its first match), nil when not there.
    public func attributes(of needle: String, row y: Int) -> TerminalAttributes? {
        let line = text(row: y)
        guard let r = line.range(of: needle) else { return nil }
        let column = TextWidth.width(String(line[..<r.lowerBound]))
        return column < size.width ? self[column, y].attributes : nil
    }

    /// The attributes of the cell where `needle` first starts on the screen.
    public func attributes(of needle: String) -> TerminalAttributes? {
        row(containing: needle).flatMap { attributes(of: needle, row: $0) }
    }
}
