import CNcurses
import Foundation
import FoyerCore

/// The one file that calls curses: starts and restores the terminal, turns key codes into `Key`s, and
/// copies a `Frame` to the screen. Everything else draws into a `ScreenGrid`.
public final class NcursesBackend: Backend {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal, unusableTerm(String)
        /// What the command line says (in `Interface.language`).
        public var phrase: Phrase {
            switch self {
            case .notATerminal: return Catalogue.Shell.notATerminal
            case .unusableTerm(let term): return Catalogue.Shell.unusableTerm(term)
            }
        }
        public var description: String { phrase.en }
    }

    private var screen: OpaquePointer?
    private var attributes: [Style: UInt32] = [:]
    public private(set) var monochrome = false
    private let mouse: Bool

    public init(mouse: Bool) { self.mouse = mouse }

    /// Takes over the terminal. Throws, leaving the terminal untouched, when there is none or TERM is useless.
    public func start() throws { try start(environment: ProcessInfo.processInfo.environment) }

    /// Takes over the terminal, with NO_COLOR and TERM read from `environment`.
    public func start(environment: [String: String]) throws {
        guard isatty(0) != 0, isatty(1) != 0 else { throw StartError.notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw StartError.unusableTerm(term.isEmpty ? Catalogue.Shell.unset.en : term) }
        // The user's own locale decides ASCII or Unicode: read its codeset before the character type
        // may be switched to C.UTF-8, so that curses can still draw wide characters.
        // A locale named but not installed (LANG=sv_SE.UTF-8 with only C.UTF-8 on the machine) leaves "C":
        // then the name itself says whether the terminal is UTF-8.
        let named = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let installed = setlocale(LC_ALL, "") != nil
        let codeset = installed ? String(cString: foyer_codeset()) : named
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
        monochrome = !TerminalAttributes.usesColour(environment: environment, terminalHasColours: has_colors())
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

    /// Sets up the colour pairs (with colour) and each style's curses attributes, from `TerminalAttributes`.
    private func setUpStyles() {
        let colour = !monochrome
        if colour {
            start_color()
            use_default_colors()
            for pair in TerminalAttributes.pairs {
                init_pair(Int16(pair.number), Self.curses(pair.foreground), pair.background.map(Self.curses) ?? -1)
            }
        }
        attributes = [:]
        for style in Style.allCases { attributes[style] = Self.curses(TerminalAttributes(style: style, colour: colour)) }
    }

    private static func curses(_ a: TerminalAttributes) -> UInt32 {
        var value = foyer_a_normal()
        if let pair = a.pair { value |= foyer_color_pair(Int32(pair.number)) }
        if a.bold { value |= foyer_a_bold() }
        if a.reverse { value |= foyer_a_reverse() }
        if a.dim { value |= foyer_a_dim() }
        if a.underline { value |= foyer_a_underline() }
        return value
    }

    private static func curses(_ colour: TerminalColour) -> Int16 {
        switch colour {
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
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

    public func bell() { _ = foyer_beep() }

    /// `foyer_endwin`, which needs no instance: for signal handlers and `atexit`.
    public var restoreTerminal: () -> Void { { _ = NcursesBackendExit.restore() } }

    // MARK: Keys

    public typealias Input = BackendInput
    private var readTimeout: Int32 = 200

    /// Waits briefly for a key (the runner asks for 200 ms; less while something loads in the
    /// background, so it shows at once), so the clock, other desks and signals are noticed.
    public func read(timeoutMilliseconds: Int) -> Input {
        if Int32(timeoutMilliseconds) != readTimeout {
            readTimeout = Int32(timeoutMilliseconds)
            foyer_timeout(readTimeout)
        }
        var value: UInt32 = 0
        let result = foyer_get_wch(&value)
        if result == ERR {
            // A hung-up terminal answers every read at once with nothing, and is no terminal any more
            // (its ioctls fail): without this the loop would spin at full speed where no SIGHUP came.
            return isatty(0) == 0 ? .hungUp : .none
        }
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
        defer { foyer_timeout(readTimeout) }
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

/// For `atexit` and the crash handlers: restores the terminal even if something exits the process
/// without unwinding.
enum NcursesBackendExit {
    static func restore() -> Int32 { foyer_endwin() }
}
