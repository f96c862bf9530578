/// Messages and notes that name a key take its name from the key table, so a key changed there is
/// changed in every sentence too. `KeyWords.name(.addItem, in: .agenda)` is "a".
public enum KeyWords {
    public static func name(_ command: Command, in context: KeyContext, _ keys: KeyTable = .standard) -> String {
        keys.keyName(command, in: context)
    }

    /// The n-th key of a command ("Ctrl-A" for the second key of `lineStart`), for a summary line.
    static func key(_ command: Command, in context: KeyContext, at index: Int = 0, _ keys: KeyTable = .standard) -> String {
        keys.binding(command, in: context)?.keys[safe: index]?.label ?? "?"
    }

    /// "Space or ←/→": how a choice is changed.
    public static var choice: String {
        key(.edit(.nextChoice), in: .choiceField) + " or " + key(.edit(.previousChoice), in: .choiceField) + "/" + key(.edit(.nextChoice), in: .choiceField, at: 1)
    }

    /// The editing keys of a field, as help's closing lines name them.
    static var lineEditing: String {
        func k(_ c: EditCommand, _ i: Int = 0) -> String { key(.edit(c), in: .lineEditing, at: i) }
        func ctrlPair(_ a: EditCommand, _ b: EditCommand, _ i: Int = 0) -> String {
            k(a, i) + "/" + (k(b, i).hasPrefix("Ctrl-") ? String(k(b, i).dropFirst(5)) : k(b, i))
        }
        return "In a field: \(k(.left))/\(k(.right)) \(k(.lineStart))/\(k(.lineEnd)) \(k(.deleteBackward))/\(k(.deleteForward)), "
            + "\(ctrlPair(.lineStart, .lineEnd, 1)) start/end, \(ctrlPair(.cutToEnd, .cutToStart)) cut to end/start, \(k(.cutWord)) cut word"
    }

    static var textEditing: String {
        func k(_ c: EditCommand, _ i: Int = 0) -> String { key(.edit(c), in: .textEditing, at: i) }
        func ctrlPair(_ a: EditCommand, _ b: EditCommand) -> String {
            k(a) + "/" + (k(b).hasPrefix("Ctrl-") ? String(k(b).dropFirst(5)) : k(b))
        }
        return "In a text of several lines: \(k(.newline)) a new line, \(k(.rowUp))/\(k(.rowDown)) and \(k(.pageUp))/\(k(.pageDown)) by row, "
            + "\(ctrlPair(.wordBack, .wordForward)) a word back/on, \(ctrlPair(.cutToStart, .cutToEnd)) cut to the line's start/end, "
            + "\(key(.nextField, in: .form)) the next field"
    }
}
