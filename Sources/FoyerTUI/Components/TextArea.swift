/// A multi-line text field (descriptions, practical information, biographies): wrapped at the field's
/// width, the cursor moved by character, word, visual line and page, line breaks kept, a paste of
/// several lines taken as text. Written here because curses' own form library edits one fixed-size
/// buffer without wrapping by display width or UTF-8 clusters, and nothing in the package list does it.
public struct TextArea: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// An index into `characters`: the cursor stands before that character.
    public private(set) var cursor: Int
    public var limit: Int
    /// How many rows the form shows; the view scrolls to keep the cursor in them.
    public static let visibleRows = 4

    public init(_ text: String = "", limit: Int = 20_000) {
        self.characters = Array(Self.clean(text).prefix(limit))
        self.cursor = characters.count
        self.limit = limit
    }

    public var text: String { String(characters) }
    /// Lines as written (a line break starts one), for the "3 lines" beside the field.
    public var lineCount: Int { characters.isEmpty ? 0 : characters.filter { $0 == "\n" }.count + 1 }

    /// The visual rows at `width` columns: ranges of `characters`, breaking at spaces where a word fits
    /// on the next row, and at every line break (which belongs to the row it ends).
    public func rows(width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var rows: [Range<Int>] = []
        var start = 0, used = 0, lastSpace: Int?
        var i = 0
        while i < characters.count {
            let ch = characters[i]
            if ch == "\n" {
                rows.append(start..<(i + 1)); start = i + 1; used = 0; lastSpace = nil; i += 1; continue
            }
            let w = TextWidth.width(of: ch)
            if used + w > width, i > start {
                // Break after the last space on the row when there is one, else here.
                let breakAt = lastSpace.map { $0 + 1 } ?? i
                rows.append(start..<breakAt)
                start = breakAt; used = 0; lastSpace = nil
                i = breakAt
                continue
            }
            if ch == " " { lastSpace = i }
            used += w
            i += 1
        }
        rows.append(start..<characters.count)
        return rows
    }

    /// The last cursor position on a row: before its line break, before the next row's first character
    /// for a wrapped row, or the end of the text on the last row.
    private func lastPosition(of range: Range<Int>, isLast: Bool) -> Int {
        if !range.isEmpty, characters[range.upperBound - 1] == "\n" { return range.upperBound - 1 }
        return isLast ? range.upperBound : max(range.lowerBound, range.upperBound - 1)
    }

    /// The cursor's row and column at `width`.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let all = rows(width: width)
        for (r, range) in all.enumerated() where cursor >= range.lowerBound && cursor <= lastPosition(of: range, isLast: r == all.count - 1) {
            return (r, characters[range.lowerBound..<cursor].reduce(0) { $0 + TextWidth.width(of: $1) })
        }
        return (max(0, all.count - 1), 0)
    }

    /// The position in row `r` nearest to `column` (for moving up and down).
    private func position(inRow r: Int, of all: [Range<Int>], column target: Int) -> Int {
        let range = all[r]
        var used = 0, i = range.lowerBound
        while i < range.upperBound, characters[i] != "\n" {
            let w = TextWidth.width(of: characters[i])
            if used + w > target { break }
            used += w
            i += 1
        }
        return min(i, lastPosition(of: range, isLast: r == all.count - 1))
    }

    /// Applies a key at `width` columns; false when the key is not one the area uses (Tab, Esc, Ctrl-S).
    @discardableResult
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        switch key {
        case .char(let c): insert(String(c)); return true
        case .paste(let text): insert(text); return true
        default:
            // The editing keys are the key table's `textEditing` rows.
            guard case .edit(let command)? = KeyTable.command(for: key, in: .textEditing) else { return false }
            return edit(command, width: width)
        }
    }

    /// Applies an editing command at `width` columns; false for one an area does not have (choices).
    @discardableResult
    public mutating func edit(_ command: EditCommand, width: Int) -> Bool {
        switch command {
        case .newline: insert("\n")
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordBack: moveWord(-1)
        case .wordForward: moveWord(1)
        case .rowUp: moveRows(-1, width: width)
        case .rowDown: moveRows(1, width: width)
        case .pageUp: moveRows(-Self.visibleRows, width: width)
        case .pageDown: moveRows(Self.visibleRows, width: width)
        case .lineStart:
            let all = rows(width: width)
            cursor = all[cursorPosition(width: width).row].lowerBound
        case .lineEnd:
            let all = rows(width: width)
            let row = cursorPosition(width: width).row
            cursor = lastPosition(of: all[row], isLast: row == all.count - 1)
        case .deleteBackward:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .cutToEnd:
            // To the end of the written line (not the wrapped row), as a shell would.
            var end = cursor
            while end < characters.count, characters[end] != "\n" { end += 1 }
            if end == cursor, end < characters.count { end += 1 }
            characters.removeSubrange(cursor..<end)
        case .cutToStart:
            // To the start of the written line.
            var start = cursor
            while start > 0, characters[start - 1] != "\n" { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .cutWord:
            let end = cursor
            moveWord(-1)
            characters.removeSubrange(cursor..<end)
        case .nextChoice, .previousChoice: return false
        }
        return true
    }

    private mutating func moveRows(_ delta: Int, width: Int) {
        let all = rows(width: width)
        let here = cursorPosition(width: width)
        let target = max(0, min(all.count - 1, here.row + delta))
        if target == here.row { cursor = delta < 0 ? 0 : characters.count; return }
        cursor = position(inRow: target, of: all, column: here.column)
    }

    private mutating func moveWord(_ direction: Int) {
        func isWord(_ i: Int) -> Bool { !characters[i].isWhitespace }
        if direction < 0 {
            while cursor > 0, !isWord(cursor - 1) { cursor -= 1 }
            while cursor > 0, isWord(cursor - 1) { cursor -= 1 }
        } else {
            while cursor < characters.count, isWord(cursor) { cursor += 1 }
            while cursor < characters.count, !isWord(cursor) { cursor += 1 }
        }
    }

    /// Inserts typed or pasted text: line breaks kept (CR LF and CR become one), tabs as spaces, other
    /// control characters dropped, and text past the limit cut.
    public mutating func insert(_ text: String) {
        let room = max(0, limit - characters.count)
        let accepted = Array(Self.clean(text).prefix(room))
        characters.insert(contentsOf: accepted, at: cursor)
        cursor += accepted.count
    }

    static func clean(_ text: String) -> [Character] {
        text.compactMap { ch -> Character? in
            if ch == "\r\n" || ch == "\r" || ch == "\n" { return "\n" }
            if ch == "\t" { return " " }
            if ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { return nil }
            return ch
        }
    }
}
