import FoyerCore

/// One row of the key table: what it does, which keys do it, how help and the status line name it.
public struct KeyBinding: Sendable {
    public var command: Command
    public var keys: [Key]
    public var label: Phrase
    public var context: KeyContext
    /// The short word for the status line's hints and a dialog's footer (only the keys a newcomer needs
    /// have one).
    public var hint: Phrase?

    public init(_ command: Command, _ keys: [Key], _ label: Phrase, _ context: KeyContext, hint: Phrase? = nil) {
        self.command = command; self.keys = keys; self.label = label; self.context = context; self.hint = hint
    }

    /// "Tab/F2" for the help screen.
    public var keyText: String { keyText(in: .en) }
    public func keyText(in language: Language) -> String { keys.map { $0.name(in: language) }.joined(separator: "/") }

    /// The row with only its keys that type nothing (for a pane whose letters are its search), or nil
    /// when it has none.
    public var withoutTypingKeys: KeyBinding? {
        let left = keys.filter { !$0.typesText }
        guard !left.isEmpty else { return nil }
        var shown = self
        shown.keys = left
        return shown
    }
}

/// The one table (as calcurse and tig keep it) that drives input, the status-line hints, the dialogs'
/// footers and the help screen: adding a key here is all it takes for all of them. The app's table is
/// `KeyTable.standard`; a screen registered from outside (`Screens.adding`) brings rows of its own.
public struct KeyTable: Sendable {
    public let bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    /// The app's own table, with the tabs of its own panes.
    public static let standard = Screens.standard.keys

    /// The command a key means in a context: its own rows first, then those of its fallbacks (pane
    /// contexts fall back to the global keys). Where letters are text, a typed character reaches no
    /// fallback: it belongs to the field.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return b.command }
        if context.lettersAreText, key.typesText { return nil }
        for id in context.fallback {
            if let b = bindings.first(where: { $0.context.id == id && $0.keys.contains(key) }) { return b.command }
        }
        return nil
    }

    /// The rows of one context, in the table's order.
    public func rows(in context: KeyContext) -> [KeyBinding] { bindings.filter { $0.context == context } }

    /// "t" for a command in a context: how messages name a key, from the table (never written by hand).
    public func keyName(_ command: Command, in context: KeyContext) -> String {
        binding(command, in: context)?.keys.first?.label ?? "?"
    }

    public func binding(_ command: Command, in context: KeyContext) -> KeyBinding? {
        if let own = bindings.first(where: { $0.context == context && $0.command == command }) { return own }
        for id in context.fallback {
            if let b = bindings.first(where: { $0.context.id == id && $0.command == command }) { return b }
        }
        return nil
    }

    /// The bindings the help screen lists for a context: its own, then the global ones.
    /// At a desk-only station the keys it refuses are left out.
    /// Where letters are text (the check-in pane), the global keys are listed by the keys that still
    /// work there (F2, not 1), and those with none (o, q) are left out.
    public func help(for context: KeyContext, deskOnly: Bool = false) -> [(KeyContext, [KeyBinding])] {
        let shown = deskOnly ? bindings.filter { !$0.command.refusedAtDesk } : bindings
        let own = shown.filter { $0.context == context }
        var global = shown.filter { $0.context == .global }
        if context.lettersAreText { global = global.compactMap { $0.withoutTypingKeys } }
        return context == .global ? [(.global, global)] : [(context, own), (.global, global)]
    }

    /// The short hints for the status line: the context's own, then its fallbacks'. Where letters are
    /// text, a fallback's key is named by one that types nothing (F1 rather than ?), and a key with only
    /// letters is left out; Ctrl-C is named there as the way to quit.
    /// At a desk-only station the keys it refuses are left out.
    public func hints(for context: KeyContext, deskOnly: Bool = false) -> [KeyBinding] {
        let bindings = deskOnly ? bindings.filter { !$0.command.refusedAtDesk } : bindings
        var out = bindings.filter { $0.context == context && $0.hint != nil }
        for id in context.hintFallback {
            let rows = bindings.filter { $0.context.id == id }
            guard context.lettersAreText else {
                out += rows.filter { $0.hint != nil }
                continue
            }
            out += rows.filter { $0.hint != nil || $0.command == .forceQuit }.compactMap { b in
                guard var shown = b.withoutTypingKeys else { return nil }
                shown.keys = [shown.keys[0]]
                if b.command == .forceQuit { shown.hint = Catalogue.Keys.quit }
                return shown
            }
        }
        return out
    }

    /// Pairs of bindings of one context that share a key: the key table must have none.
    public func clashes() -> [(KeyBinding, KeyBinding, Key)] {
        var out: [(KeyBinding, KeyBinding, Key)] = []
        for (i, a) in bindings.enumerated() {
            for b in bindings[(i + 1)...] where a.context == b.context {
                for key in a.keys where b.keys.contains(key) { out.append((a, b, key)) }
            }
        }
        return out
    }
}

extension KeyTable {
    // The app's table, for code that has no state at hand (the help of a context, a message naming a key).
    public static var bindings: [KeyBinding] { standard.bindings }
    public static func command(for key: Key, in context: KeyContext) -> Command? { standard.command(for: key, in: context) }
    public static func keyName(_ command: Command, in context: KeyContext) -> String { standard.keyName(command, in: context) }
    public static func help(for context: KeyContext, deskOnly: Bool = false) -> [(KeyContext, [KeyBinding])] { standard.help(for: context, deskOnly: deskOnly) }
    public static func hints(for context: KeyContext, deskOnly: Bool = false) -> [KeyBinding] { standard.hints(for: context, deskOnly: deskOnly) }
}

extension Key {
    /// A key that types text into a field (a character or a paste), rather than a command key.
    public var typesText: Bool {
        switch self {
        case .char, .paste: return true
        default: return false
        }
    }
}
