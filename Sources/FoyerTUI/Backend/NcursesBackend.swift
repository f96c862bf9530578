import CNcurses
import Foundation

/// The one file that calls curses: starts and restores the terminal, turns key codes into `Key`s, and
/// copies a `Frame` to the screen. Everything else draws into a `ScreenGrid`.
public final class NcursesBackend {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal, unusableTerm(String)
        public var description: String {
            switch self {
            case .notATerminal: return "the full-screen front end needs a terminal; run foyer in one, or use a subcommand (foyer --help)"
            case .unusableTerm(let term): return "the terminal type \"\(term)\" cannot drive a full-screen program; set TERM (e.g. xterm-256color) or use a subcommand (foyer --help)"
            }
        }
    }

    private var screen: OpaquePointer?
    private var attributes: [Style: UInt32] = [:]
    public private(set) var monochrome = false
    private let mouse: Bool

    public init(mouse: Bool) { self.mouse = mouse }

    /// Takes over the terminal. Throws, leaving the terminal untouched, when there is none or TERM is useless.
    public func start(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(0) != 0, isatty(1) != 0 else { throw StartError.notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw StartError.unusableTerm(term.isEmpty ? "(unset)" : term) }
        // The user's own locale decides ASCII or Unicode: read its codeset before the character type
        // may be switched to C.UTF-8, so that curses can still draw wide characters.
        setlocale(LC_ALL, "")
        let codeset = String(cString: foyer_codeset())
        let localeIsUTF8 = codeset.uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8")
        if foyer_wcwidth(0xE5) != 1 { setlocale(LC_CTYPE, "C.UTF-8") }
        guard let screen = foyer_newterm() else { throw StartError.unusableTerm(term) }
        self.screen = screen
        set_term(screen)
        _ = foyer_setup(25, 200)
        curs_set(0)
        if mouse { foyer_enable_mouse() }
        foyer_enable_bracketed_paste()
        let asciiOnly = !localeIsUTF8 || term.hasPrefix("vt1") || term.hasPrefix("vt2")
        Glyphs.current = asciiOnly ? .ascii : .unicode
        monochrome = (environment["NO_COLOR"].map { !$0.isEmpty } ?? false) || !has_colors()
        // Without colour, bars and charts read better in ASCII: "#" for paid, "." for not yet.
        if monochrome { Glyphs.current.block = "#"; Glyphs.current.lightBlock = "." }
        setUpStyles()
    }

    /// Gives the terminal back. Safe to call more than once and from any exit path.
    public func stop() {
        guard screen != nil else { return }
        _ = foyer_endwin()
    }

    public var size: (width: Int, height: Int) { (Int(foyer_cols()), Int(foyer_lines())) }

    // MARK: Styles

    private func setUpStyles() {
        let bold = foyer_a_bold(), reverse = foyer_a_reverse(), dim = foyer_a_dim(), underline = foyer_a_underline()
        let normal = foyer_a_normal()
        if monochrome {
            attributes = [.normal: normal, .title: bold, .heading: bold, .tabActive: bold, .tabInactive: reverse,
                          .selected: reverse, .quiet: dim, .now: bold, .key: reverse | bold, .statusBar: reverse,
                          .error: reverse | bold, .success: bold, .warning: bold, .border: normal,
                          .field: underline, .fieldFocused: reverse]
            return
        }
        start_color()
        use_default_colors()
        let pairs: [(Style, Int16, Int16, UInt32)] = [
            (.title, Int16(COLOR_CYAN), -1, bold),
            (.tabActive, Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold),
            (.now, Int16(COLOR_GREEN), -1, bold),
            (.error, Int16(COLOR_WHITE), Int16(COLOR_RED), bold),
            (.success, Int16(COLOR_BLACK), Int16(COLOR_GREEN), normal),
            (.warning, Int16(COLOR_BLACK), Int16(COLOR_YELLOW), normal),
            (.border, Int16(COLOR_BLUE), -1, normal),
            (.key, Int16(COLOR_YELLOW), -1, bold | reverse),
        ]
        attributes = [.normal: normal, .heading: bold, .tabInactive: reverse, .selected: reverse | bold, .quiet: dim,
                      .statusBar: reverse, .field: underline, .fieldFocused: reverse]
        for (n, (style, fg, bg, extra)) in pairs.enumerated() {
            init_pair(Int16(n + 1), fg, bg)
            attributes[style] = foyer_color_pair(Int32(n + 1)) | extra
        }
    }

    // MARK: Drawing

    public func draw(_ frame: Frame) {
        _ = foyer_erase()
        let grid = frame.grid
        let (cols, rows) = size
        for y in 0..<min(grid.height, rows) {
            for run in Self.runs(grid, row: y, columns: cols) {
                var buffer = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                _ = foyer_attrset(attributes[run.style] ?? foyer_a_normal())
                buffer.append(0)
                _ = foyer_mvaddnwstr(Int32(y), Int32(run.x), buffer, Int32(buffer.count - 1))
            }
        }
        _ = foyer_attrset(foyer_a_normal())
        if let cursor = frame.cursor {
            curs_set(1)
            _ = foyer_move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        _ = foyer_refresh()
    }

    /// One row as runs of one style: each run's text and the column it is drawn from, which is its first
    /// cell that is not the right half of a wide character (a restyle can split one; its left half is
    /// drawn, both columns, by the run before). A run of only such halves draws nothing.
    static func runs(_ grid: ScreenGrid, row y: Int, columns: Int) -> [(x: Int, style: Style, text: String)] {
        guard y >= 0, y < grid.height else { return [] }
        let end = min(grid.width, columns)
        var out: [(x: Int, style: Style, text: String)] = []
        var x = 0
        while x < end {
            let style = grid[x, y].style
            var startX: Int?
            var text = ""
            while x < end, grid[x, y].style == style {
                let cell = grid[x, y]
                if !cell.isContinuation {
                    if startX == nil { startX = x }
                    text.unicodeScalars.append(contentsOf: cell.character.unicodeScalars)
                }
                x += 1
            }
            if let startX, !text.isEmpty { out.append((startX, style, text)) }
        }
        return out
    }

    public func forceFullRedraw() { _ = foyer_clearok() }

    /// How long `read` waits for a key: short while something loads in the background, so it shows at once.
    public func setReadTimeout(milliseconds: Int) { foyer_timeout(Int32(milliseconds)) }

    // MARK: Keys

    public enum Input { case key(Key), resize(width: Int, height: Int), none }

    /// Waits briefly for a key (200 ms), so the clock, other desks and signals are noticed.
    public func read() -> Input {
        var value: UInt32 = 0
        let result = foyer_get_wch(&value)
        if result == ERR { return .none }
        if result == KEY_CODE_YES, Int32(value) == foyer_paste_start_code() { return readPaste() }
        if result == KEY_CODE_YES { return functionKey(Int32(value)) }
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(value + 96)!)))
        case 0..<32: return .none
        default:
            guard let scalar = Unicode.Scalar(value) else { return .none }
            return .key(.char(Character(scalar)))
        }
    }

    /// What was pasted, up to the end marker (or a quiet half second: a terminal that lost the marker
    /// must not swallow the keys after it). Line breaks come as CR or LF and are kept as "\n".
    private func readPaste() -> Input {
        var scalars = String.UnicodeScalarView()
        foyer_timeout(500)
        defer { foyer_timeout(200) }
        while true {
            var value: UInt32 = 0
            let result = foyer_get_wch(&value)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                if Int32(value) == foyer_paste_end_code() { break }
                if Int32(value) == KEY_ENTER { scalars.append("\n") }
                continue
            }
            if value == 13 || value == 10 { scalars.append("\n"); continue }
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return .key(.paste(String(scalars)))
    }

    private func functionKey(_ code: Int32) -> Input {
        switch code {
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_MOUSE:
            var x: Int32 = 0, y: Int32 = 0
            return foyer_get_click(&x, &y) != 0 ? .key(.click(x: Int(x), y: Int(y))) : .none
        default:
            for n in 1...12 where code == foyer_key_f(Int32(n)) { return .key(.function(n)) }
            return .none
        }
    }
}
