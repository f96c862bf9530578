import FoyerCore

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

    /// "Space or ←/→" / "Mellanslag eller ←/→": how a choice is changed.
    public static var choosing: Phrase {
        let next = KeyTable.standard.binding(.edit(.nextChoice), in: .choiceField)?.keys.first
        let nextName = next.map { key in Phrase(en: key.name(in: .en), sv: key.name(in: .sv)) } ?? Phrase(verbatim: "?")
        return Catalogue.Keys.Editing.choiceKeys(next: nextName, previous: key(.edit(.previousChoice), in: .choiceField),
                                                 nextOther: key(.edit(.nextChoice), in: .choiceField, at: 1))
    }

    /// `choosing` in English (for notes not yet phrases; use `choosing`).
    public static var choice: String { choosing.en }

    /// The editing keys of a field, as help's closing lines name them.
    static var lineEditing: Phrase {
        func k(_ c: EditCommand, _ i: Int = 0) -> String { key(.edit(c), in: .lineEditing, at: i) }
        func ctrlPair(_ a: EditCommand, _ b: EditCommand, _ i: Int = 0) -> String {
            k(a, i) + "/" + (k(b, i).hasPrefix("Ctrl-") ? String(k(b, i).dropFirst(5)) : k(b, i))
        }
        return Catalogue.Keys.Editing.lineSummary(left: k(.left), right: k(.right), home: k(.lineStart), end: k(.lineEnd),
                                                  backspace: k(.deleteBackward), delete: k(.deleteForward),
                                                  startEnd: ctrlPair(.lineStart, .lineEnd, 1), cut: ctrlPair(.cutToEnd, .cutToStart), cutWord: k(.cutWord))
    }

    static var textEditing: Phrase {
        func k(_ c: EditCommand, _ i: Int = 0) -> String { key(.edit(c), in: .textEditing, at: i) }
        func ctrlPair(_ a: EditCommand, _ b: EditCommand) -> String {
            k(a) + "/" + (k(b).hasPrefix("Ctrl-") ? String(k(b).dropFirst(5)) : k(b))
        }
        return Catalogue.Keys.Editing.textSummary(newline: k(.newline), rows: k(.rowUp) + "/" + k(.rowDown), pages: k(.pageUp) + "/" + k(.pageDown),
                                                  words: ctrlPair(.wordBack, .wordForward), cut: ctrlPair(.cutToStart, .cutToEnd),
                                                  nextField: key(.nextField, in: .form))
    }
}
