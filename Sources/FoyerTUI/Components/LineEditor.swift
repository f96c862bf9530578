/// A one-line text editor, as a shell's line editor behaves: ←/→, Home/End, Backspace/Delete,
/// Ctrl-A/E (start/end), Ctrl-K (cut to end), Ctrl-U (cut to start), Ctrl-W (cut the word before).
/// The cursor is a position between characters (graphemes), shown at the display width before it.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// The longest text a field accepts; longer pastes are cut here, not drawn.
    public var limit: Int

    public init(_ text: String = "", limit: Int = 500) {
        characters = Array(text.prefix(limit))
        cursor = characters.count
        self.limit = limit
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }
    /// The display column of the cursor from the start of the text.
    public var cursorColumn: Int { characters[..<cursor].reduce(0) { $0 + TextWidth.width(of: $1) } }

    /// Applies a key: typed or pasted text is inserted, an editing key (the key table's `lineEditing`
    /// rows) edits; returns false for any other key (so the form may use it).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c)); return true
        case .paste(let text): insert(text); return true
        default:
            guard case .edit(let command)? = KeyTable.command(for: key, in: .lineEditing) else { return false }
            return edit(command)
        }
    }

    /// Applies an editing command; false for one a line does not have (rows, pages, choices).
    @discardableResult
    public mutating func edit(_ command: EditCommand) -> Bool {
        switch command {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = characters.count
        case .deleteBackward:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .cutToEnd: characters.removeSubrange(cursor...)
        case .cutToStart: characters.removeSubrange(..<cursor); cursor = 0
        case .cutWord:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor); cursor = start
        default: return false
        }
        return true
    }

    /// Inserts typed or pasted text at the cursor; line breaks in a paste become spaces, control
    /// characters are dropped, and text past the limit is cut.
    public mutating func insert(_ text: String) {
        let clean = text.compactMap { ch -> Character? in
            if ch == "\n" || ch == "\r" || ch == "\t" || ch == "\r\n" { return " " }
            if ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { return nil }
            return ch
        }
        let room = max(0, limit - characters.count)
        let accepted = clean.prefix(room)
        characters.insert(contentsOf: accepted, at: cursor)
        cursor += accepted.count
    }

    /// The part of the text to show in a field `width` columns wide, scrolled so the cursor is visible,
    /// and the cursor's column within it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        var col = cursorColumn
        while col > width - 1, start < cursor {
            col -= TextWidth.width(of: characters[start])
            start += 1
        }
        var out = "", used = 0
        for ch in characters[start...] {
            let w = TextWidth.width(of: ch)
            if used + w > width { break }
            out.append(ch); used += w
        }
        return (out, col)
    }
}
