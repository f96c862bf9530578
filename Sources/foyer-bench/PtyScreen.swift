import FoyerTUI

/// The screen the launched foyer has drawn, kept by following what it writes to the pseudo-terminal:
/// enough of a terminal (xterm's cursor moves, erasing, repeating) to read a row back as text.
///
/// Why not look for a word in the bytes written: ncurses sends only the cells that change, so a hint
/// drawn over a progress line that had the same letter in the same column arrives cut ("hj", a cursor
/// move, "lp" for "hjälp") and the word is never seen in the bytes. No library here follows a terminal's
/// output (libvterm is not among the packages), and this needs only the few sequences ncurses sends.
struct PtyScreen {
    let width: Int, height: Int
    private var cells: [[String]]
    private var row = 0, column = 0
    private var last = " "
    /// Bytes of a sequence or a character not yet complete, kept for the next read.
    private var pending: [UInt8] = []

    init(width: Int, height: Int) {
        self.width = width; self.height = height
        cells = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    func text(row r: Int) -> String { cells[max(0, min(height - 1, r))].joined() }

    mutating func feed(_ bytes: ArraySlice<UInt8>) {
        pending.append(contentsOf: bytes)
        var i = 0
        while i < pending.count {
            guard let used = step(at: i) else { break }
            i += used
        }
        pending.removeFirst(i)
    }

    /// Interprets what starts at `i`; returns how many bytes it took, or nil when it is not complete yet.
    private mutating func step(at i: Int) -> Int? {
        let b = pending[i]
        switch b {
        case 0x1B: return escape(at: i)
        case 0x0D: column = 0; return 1
        case 0x0A: row = min(height - 1, row + 1); return 1
        case 0x08: column = max(0, column - 1); return 1
        case 0x09: column = min(width - 1, (column / 8 + 1) * 8); return 1
        case 0x00..<0x20, 0x7F: return 1
        default:
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + length <= pending.count else { return nil }
            put(String(decoding: pending[i..<(i + length)], as: UTF8.self))
            return length
        }
    }

    private mutating func put(_ character: String) {
        let w = max(1, TextWidth.width(character))
        if column < width { cells[row][column] = character }
        if w == 2, column + 1 < width { cells[row][column + 1] = "" }
        last = character
        column = min(width, column + w)
    }

    private mutating func escape(at i: Int) -> Int? {
        guard i + 1 < pending.count else { return nil }
        switch pending[i + 1] {
        case UInt8(ascii: "["):
            var j = i + 2
            while j < pending.count, !(0x40...0x7E).contains(pending[j]) { j += 1 }
            guard j < pending.count else { return nil }
            let parameters = String(decoding: pending[(i + 2)..<j], as: UTF8.self)
            csi(parameters, final: pending[j])
            return j - i + 1
        case UInt8(ascii: "]"):
            // An operating-system command, up to BEL or ESC \.
            var j = i + 2
            while j < pending.count, pending[j] != 0x07, !(pending[j] == 0x1B && j + 1 < pending.count && pending[j + 1] == UInt8(ascii: "\\")) { j += 1 }
            guard j < pending.count else { return nil }
            return j - i + (pending[j] == 0x07 ? 1 : 2)
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            return i + 2 < pending.count ? 3 : nil
        default:
            return 2
        }
    }

    private mutating func csi(_ parameters: String, final: UInt8) {
        guard !parameters.hasPrefix("?"), !parameters.hasPrefix(">") else { return }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        func n(_ k: Int, _ fallback: Int = 1) -> Int { k < numbers.count && numbers[k] > 0 ? numbers[k] : fallback }
        switch final {
        case UInt8(ascii: "H"), UInt8(ascii: "f"): row = min(height - 1, n(0) - 1); column = min(width - 1, n(1) - 1)
        case UInt8(ascii: "A"): row = max(0, row - n(0))
        case UInt8(ascii: "B"): row = min(height - 1, row + n(0))
        case UInt8(ascii: "C"): column = min(width - 1, column + n(0))
        case UInt8(ascii: "D"): column = max(0, column - n(0))
        case UInt8(ascii: "G"): column = min(width - 1, n(0) - 1)
        case UInt8(ascii: "d"): row = min(height - 1, n(0) - 1)
        case UInt8(ascii: "X"): for c in column..<min(width, column + n(0)) { cells[row][c] = " " }
        case UInt8(ascii: "b"): for _ in 0..<n(0) { put(last) }
        case UInt8(ascii: "K"):
            let range: Range<Int>
            switch n(0, 0) {
            case 1: range = 0..<min(width, column + 1)
            case 2: range = 0..<width
            default: range = min(width, column)..<width
            }
            for c in range { cells[row][c] = " " }
        case UInt8(ascii: "J"):
            let mode = n(0, 0)
            for r in 0..<height where mode == 2 || (mode == 0 && r > row) || (mode == 1 && r < row) {
                cells[r] = Array(repeating: " ", count: width)
            }
            if mode == 0 { for c in min(width, column)..<width { cells[row][c] = " " } }
        default: break // colours and attributes, scroll regions, modes: nothing a row's text needs
        }
    }
}
