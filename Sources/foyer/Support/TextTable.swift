import FoyerCore
import FoyerTUI

/// A plain text table for the command line, aligned by display width (so "Öberg" lines up).
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns aligned to the right (amounts).
    var rightAligned: Set<Int> = []

    init(_ headers: [String], rightAligned: Set<Int> = []) { self.headers = headers; self.rightAligned = rightAligned }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let all = ([headers] + rows).map { $0.map(TerminalText.safe) }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.width(cell)) } }
        var out = ""
        for (n, row) in all.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - TextWidth.width(cell))
                let isLast = i == row.count - 1
                if rightAligned.contains(i) { line += pad + cell } else { line += cell + (isLast ? "" : pad) }
                if !isLast { line += "  " }
            }
            out += line + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
