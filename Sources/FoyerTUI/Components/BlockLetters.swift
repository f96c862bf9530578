/// Words in large letters three rows high, for the check-in result a volunteer must read from a step
/// away (figlet-style). The font is built in: figlet and toilet are programs that read font files, not
/// a library Foyer may link, and a dozen-line bitmap font needs no dependency.
///
/// Each glyph is drawn as pixels, five high and three (at most four) wide, under one spare pixel row
/// that holds the dots and rings of Å Ä Ö É Ü. Two pixel rows make one terminal row with the half and
/// full blocks "▀", "▄" and "█", so six pixel rows are three rows of text. Pixels, not finished
/// strings, so a glyph can be read and corrected by eye and the ASCII stand-ins follow from the same
/// drawing. Lowercase is drawn as uppercase.
public enum BlockLetters {
    /// Rows of text every rendering has.
    public static let height = 3
    /// Columns between two letters.
    public static let gap = 1

    /// The text's three rows, all of one width, or nil when a character has no glyph (the caller then
    /// writes the text plainly). Half blocks with Unicode glyphs; "#", "\"" and "_" with ASCII ones.
    public static func render(_ text: String) -> [String]? {
        guard let glyphs = glyphs(of: text) else { return nil }
        let cells = Glyphs.current.isASCII ? ascii : unicode
        var rows = [String](repeating: "", count: height)
        for (i, pixels) in glyphs.enumerated() {
            for row in 0..<height {
                if i > 0 { rows[row] += String(repeating: " ", count: gap) }
                let top = pixels[2 * row], bottom = pixels[2 * row + 1]
                for (t, b) in zip(top, bottom) { rows[row].append(cells[(t == "#" ? 1 : 0) + (b == "#" ? 2 : 0)]) }
            }
        }
        return rows
    }

    /// Columns the text takes in block letters, or nil when a character has no glyph.
    public static func width(of text: String) -> Int? {
        guard let glyphs = glyphs(of: text) else { return nil }
        return glyphs.reduce(0) { $0 + $1[0].count } + gap * max(0, glyphs.count - 1)
    }

    /// Every character the font draws (the uppercase ones; lowercase maps onto them).
    public static var characters: [Character] { Array(font.keys) + Array(accented.keys) }

    /// A cell from its two pixels, indexed by top + 2 × bottom: none, top, bottom, both.
    private static let unicode: [Character] = [" ", "▀", "▄", "█"]
    /// The same on a terminal without Unicode (vt100, a non-UTF-8 locale).
    private static let ascii: [Character] = [" ", "\"", "_", "#"]

    /// Each character's six pixel rows, or nil when one has no glyph.
    private static func glyphs(of text: String) -> [[String]]? {
        var out: [[String]] = []
        for character in text {
            // One character may uppercase to two ("ß" to "SS"): those have no glyph of their own.
            let uppercased = String(character).uppercased()
            guard uppercased.count == 1, let upper = uppercased.first else { return nil }
            if let (base, mark) = accented[upper], let body = font[base] {
                out.append([mark] + body)
            } else if let body = font[upper] {
                out.append([String(repeating: ".", count: body[0].count)] + body)
            } else {
                return nil
            }
        }
        return out
    }

    /// The accented capitals: their letter, and the mark drawn in the spare row above it.
    private static let accented: [Character: (Character, String)] = [
        "Å": ("A", ".#."), "Ä": ("A", "#.#"), "Ö": ("O", "#.#"), "É": ("E", ".#."), "Ü": ("U", "#.#"),
    ]

    /// Five pixel rows per character, "#" set: a 3×5 font, four wide where three cannot be read (M N W).
    private static let font: [Character: [String]] = [
        "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
        "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
        "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
        "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
        "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
        "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
        "M": ["#..#", "####", "#..#", "#..#", "#..#"], "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
        "O": [".#.", "#.#", "#.#", "#.#", ".#."], "P": ["##.", "#.#", "##.", "#..", "#.."],
        "Q": [".#.", "#.#", "#.#", "##.", ".##"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
        "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
        "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
        "W": ["#..#", "#..#", "#..#", "####", "#..#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
        "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["##.", "..#", ".#.", "#..", "###"], "3": ["##.", "..#", ".#.", "..#", "##."],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "##.", "..#", "##."],
        "6": [".##", "#..", "##.", "#.#", ".#."], "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": [".#.", "#.#", ".#.", "#.#", ".#."], "9": [".#.", "#.#", ".##", "..#", "##."],
        " ": ["..", "..", "..", "..", ".."], "-": ["...", "...", "###", "...", "..."],
        ":": [".", "#", ".", "#", "."], ".": [".", ".", ".", ".", "#"], "·": [".", ".", "#", ".", "."],
    ]
}
