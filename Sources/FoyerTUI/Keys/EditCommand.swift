/// What an editing key asks of a text field, whatever the key was: the editors (`LineEditor`,
/// `TextArea`, a form's choice) act on these, and the key table says which keys mean them.
public enum EditCommand: Hashable, Sendable {
    case left, right, wordBack, wordForward, rowUp, rowDown, pageUp, pageDown
    case lineStart, lineEnd
    case deleteBackward, deleteForward, cutToEnd, cutToStart, cutWord
    case newline
    case nextChoice, previousChoice
}
