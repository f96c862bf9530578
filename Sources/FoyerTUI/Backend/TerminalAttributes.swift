/// The eight colours every colour terminal has.
public enum TerminalColour: Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// A colour pair as the terminal is told it: its number and colours (no background: the terminal's own).
public struct ColourPair: Hashable, Sendable {
    public var number: Int
    public var foreground: TerminalColour
    public var background: TerminalColour?
}

/// What a terminal is told to draw a `Style` with: a colour pair and bold, reverse, dim, underline. One
/// pure mapping for the ncurses backend, which turns it into curses attributes, and the test backend,
/// which keeps it with every cell; with colour, or the monochrome scheme (NO_COLOR, or no colours).
public struct TerminalAttributes: Hashable, Sendable, CustomStringConvertible {
    public var pair: ColourPair?
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(pair: ColourPair? = nil, bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.pair = pair; self.bold = bold; self.reverse = reverse; self.dim = dim; self.underline = underline
    }

    public static let normal = TerminalAttributes()

    /// The colour pairs set up when there is colour, numbered from 1.
    public static let pairs: [ColourPair] = [
        ColourPair(number: 1, foreground: .cyan, background: nil),     // title
        ColourPair(number: 2, foreground: .black, background: .cyan),  // tabActive
        ColourPair(number: 3, foreground: .green, background: nil),    // now
        ColourPair(number: 4, foreground: .white, background: .red),   // error
        ColourPair(number: 5, foreground: .black, background: .green), // success
        ColourPair(number: 6, foreground: .black, background: .yellow),// warning
        ColourPair(number: 7, foreground: .blue, background: nil),     // border
        ColourPair(number: 8, foreground: .yellow, background: nil),   // key
        // The check-in results' own (with 4, 5 and 6): each result a background of its own.
        ColourPair(number: 9, foreground: .black, background: .cyan),  // outcomeAgain
        ColourPair(number: 10, foreground: .white, background: .magenta), // outcomeUndone
        ColourPair(number: 11, foreground: .white, background: .blue), // outcomeCheckID
    ]

    /// Whether to use colour: the terminal has colours and NO_COLOR is unset or empty (no-color.org).
    public static func usesColour(environment: [String: String], terminalHasColours: Bool) -> Bool {
        terminalHasColours && (environment["NO_COLOR"].map { $0.isEmpty } ?? true)
    }

    public init(style: Style, colour: Bool) {
        self.init()
        if colour {
            let pairs = Self.pairs
            switch style {
            case .normal: break
            case .heading: bold = true
            case .tabInactive, .statusBar, .fieldFocused: reverse = true
            case .selected: reverse = true; bold = true
            case .quiet: dim = true
            case .field: underline = true
            case .title: pair = pairs[0]; bold = true
            case .tabActive: pair = pairs[1]; bold = true
            case .now: pair = pairs[2]; bold = true
            case .error: pair = pairs[3]; bold = true
            case .success: pair = pairs[4]
            case .warning: pair = pairs[5]
            case .border: pair = pairs[6]
            case .key: pair = pairs[7]; bold = true; reverse = true
            // Green, cyan, yellow, red, magenta, blue: no two results alike. Black text is not bold
            // (bold black is grey on many terminals); white text is, to stand out on its colour.
            case .outcomeIn: pair = pairs[4]
            case .outcomeAgain: pair = pairs[8]
            case .outcomeOwed: pair = pairs[5]
            case .outcomeRefused: pair = pairs[3]; bold = true
            case .outcomeUndone: pair = pairs[9]; bold = true
            case .outcomeCheckID: pair = pairs[10]; bold = true
            }
        } else {
            switch style {
            case .normal, .border: break
            case .title, .heading, .tabActive, .now, .success, .warning: bold = true
            case .tabInactive, .selected, .statusBar, .fieldFocused: reverse = true
            case .quiet: dim = true
            case .key, .error: reverse = true; bold = true
            case .field: underline = true
            // Without colour: success alone is reverse (and bold), the whole band lit; the rest are
            // bold, refusals also underlined so "no" never looks like "take the money". Never blink.
            case .outcomeIn: reverse = true; bold = true
            case .outcomeAgain, .outcomeRefused: bold = true; underline = true
            case .outcomeOwed, .outcomeUndone, .outcomeCheckID: bold = true
            }
        }
    }

    /// As "white/red bold", "reverse", "normal": for failure messages.
    public var description: String {
        var words: [String] = []
        if let pair { words.append("\(pair.foreground)/\(pair.background.map { "\($0)" } ?? "default")") }
        if bold { words.append("bold") }
        if reverse { words.append("reverse") }
        if dim { words.append("dim") }
        if underline { words.append("underline") }
        return words.isEmpty ? "normal" : words.joined(separator: " ")
    }
}
