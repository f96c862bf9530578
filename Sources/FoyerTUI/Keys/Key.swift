import FoyerCore

/// A key press, decoded from curses into something views and tests can name.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter: .ctrl("s") is Ctrl-S.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// A mouse click at a screen position.
    case click(x: Int, y: Int)
    /// Text pasted in the terminal (bracketed paste): always text, never keys; line breaks are "\n".
    case paste(String)

    /// How the help screen and the status line write the key: "Tab", "Ctrl-S", "F1", "↑", as the keys
    /// are printed (the same in every language, but Space: `name(in:)`).
    public var label: String { name(in: .en) }

    /// The key's name in a language: as printed on the key, but the space bar ("Mellanslag").
    public func name(in language: Language) -> String {
        switch self {
        case .char(" "): return Catalogue.Keys.space[language]
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .click: return "click"
        case .paste: return "paste"
        }
    }

    /// A printable character typed into a field (not a command key).
    public var typedCharacter: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}
