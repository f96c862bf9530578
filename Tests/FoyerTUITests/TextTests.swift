import XCTest
@testable import FoyerTUI

final class TextTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testDisplayWidth() {
        XCTAssertEqual(TextWidth.width("Öberg"), 5)
        XCTAssertEqual(TextWidth.width("Åsa Ängström"), 12)
        XCTAssertEqual(TextWidth.width("e\u{301}"), 1, "a combining accent takes no column")
        XCTAssertEqual(TextWidth.width("漢字"), 4)
        XCTAssertEqual(TextWidth.width("“–”"), 3)
    }

    func testTruncateNeverTearsAWideCharacter() {
        XCTAssertEqual(TextLayout.truncate("Öberg", to: 5), "Öberg")
        XCTAssertEqual(TextLayout.truncate("Ängström", to: 5), "Ängs…")
        XCTAssertEqual(TextLayout.truncate("漢字漢字", to: 4), "漢…")
        XCTAssertEqual(TextWidth.width(TextLayout.truncate("漢字漢字", to: 4)), 3)
        XCTAssertEqual(TextLayout.truncate("abc", to: 0), "")
        XCTAssertEqual(TextLayout.fit("å", to: 3), "å  ")
    }

    func testWrapByWidth() {
        XCTAssertEqual(TextLayout.wrap("Åsa Öberg är här idag", to: 9), ["Åsa Öberg", "är här", "idag"])
        XCTAssertEqual(TextLayout.wrap("psykoterapiintegration", to: 8), ["psykoter", "apiinteg", "ration"])
        XCTAssertEqual(TextLayout.wrap("a\n\nb", to: 5), ["a", "", "b"])
    }

    func testGridClipsAndKeepsWideCharactersWhole() {
        var grid = ScreenGrid(width: 5, height: 2)
        grid.put("漢字漢", x: 0, y: 0)
        XCTAssertEqual(grid.text(row: 0), "漢字")
        grid.put("x", x: 1, y: 0) // overwrites the right half of 漢
        XCTAssertEqual(grid.text(row: 0), " x字")
        grid.put("far away", x: 10, y: 5)
        grid.put("\u{1b}[31mred", x: 0, y: 1)
        XCTAssertEqual(grid.text(row: 1), "?[31m", "escape sequences are shown, never sent")
    }

    func testLineEditorWithUTF8() {
        var e = LineEditor("Asa")
        e.handle(.home); e.handle(.delete); e.insert("Å")
        XCTAssertEqual(e.text, "Åsa")
        XCTAssertEqual(e.cursorColumn, 1)
        e.handle(.end); e.insert(" Öberg")
        XCTAssertEqual(e.text, "Åsa Öberg")
        e.handle(.ctrl("w"))
        XCTAssertEqual(e.text, "Åsa ")
        e.insert("漢字"); XCTAssertEqual(e.cursorColumn, 8)
        e.handle(.left); e.handle(.backspace)
        XCTAssertEqual(e.text, "Åsa 字")
        e.handle(.ctrl("a")); e.handle(.right); e.handle(.ctrl("k"))
        XCTAssertEqual(e.text, "Å")
        e.handle(.ctrl("e")); e.insert("sa"); e.handle(.left); e.handle(.ctrl("u"))
        XCTAssertEqual(e.text, "a")
        var paste = LineEditor("", limit: 10)
        paste.insert("line one\nline two and more")
        XCTAssertEqual(paste.text, "line one l")
        var scrolled = LineEditor(String(repeating: "ö", count: 30))
        let v = scrolled.visible(width: 10)
        XCTAssertEqual(v.cursorColumn, 9)
        XCTAssertEqual(TextWidth.width(v.text), 9)
        scrolled.handle(.home)
        XCTAssertEqual(scrolled.visible(width: 10).cursorColumn, 0)
    }

    func testDrawingOutsideTheGridIsClippedNeverATrap() {
        let spans: [(Int, Int)] = [(-3, 2), (-1, 3), (0, 0), (0, -1), (2, -5), (4, 2), (10, 3), (-10, -10),
                                   (Int.min, Int.max), (Int.max, Int.max), (Int.max, Int.min), (1, Int.max), (Int.min, 5)]
        for (w, h) in [(0, 0), (1, 1), (5, 2)] {
            var grid = ScreenGrid(width: w, height: h)
            for (x, width) in spans {
                for (y, height) in spans {
                    grid.fill(x: x, y: y, width: width, height: height, style: .selected)
                    grid.restyle(x: x, y: y, width: width, height: height, style: .quiet)
                    grid.box(x: x, y: y, width: min(width, 50), height: min(height, 50))
                }
                for y in [-1, 0, 1, 2, 5, Int.max, Int.min] {
                    grid.put("漢字 ab", x: x, y: y, maxWidth: width)
                    grid.put("ab", x: x, y: y)
                    grid.hline(x: x, y: y, width: min(width, 50))
                    grid.vline(x: x, y: y, height: min(width, 50))
                }
            }
            XCTAssertEqual(grid.cells.count, w * h)
            XCTAssertEqual(grid.text(row: -1), "")
            XCTAssertEqual(grid.text(row: h), "")
        }
        // Clipping keeps what is inside.
        var grid = ScreenGrid(width: 5, height: 2)
        grid.fill(x: -2, y: -1, width: 4, height: 2, style: .selected)
        XCTAssertEqual(grid[1, 0].style, .selected)
        XCTAssertEqual(grid[2, 0].style, .normal)
        XCTAssertEqual(grid[0, 1].style, .normal)
        grid.restyle(x: 3, y: 1, width: 100, style: .quiet)
        XCTAssertEqual(grid[4, 1].style, .quiet)
        XCTAssertEqual(grid[2, 1].style, .normal)
        grid.fill(x: 6, y: 0, width: -3, height: 1)
        grid.restyle(x: 4, y: 0, width: -2, height: -1, style: .error)
        XCTAssertFalse(grid.cells.contains { $0.style == .error })
        XCTAssertEqual(grid.put("abc", x: -1, y: 0), 3)
        XCTAssertEqual(grid.text(row: 0), "bc")
        XCTAssertEqual(grid.put("abc", x: 1, y: 1, maxWidth: -2), 0)
        grid.box(x: -1, y: -1, width: 3, height: 3)
        XCTAssertEqual(grid.text(row: 0), "b│")
        XCTAssertEqual(grid.text(row: 1), "─┘")
        var one = ScreenGrid(width: 1, height: 1)
        one.hline(x: -4, y: 0, width: 9)
        XCTAssertEqual(one.text, "─")
        one.put("漢", x: 0, y: 0)
        XCTAssertEqual(one.text, "─", "a wide character that does not fit is not drawn")
    }

    func testStringWidthAgreesWithCharacterWidths() {
        let family = "👨\u{200D}👩\u{200D}👧"
        XCTAssertEqual(family.count, 1)
        XCTAssertEqual(TextWidth.width(of: Character(family)), 2)
        XCTAssertEqual(TextWidth.width(family), 2, "a ZWJ sequence is one grapheme, two columns")
        for text in ["a" + family + "b", "Åsa 漢字", "e\u{301}x", "❤\u{FE0F} ok", "plain ascii"] {
            XCTAssertEqual(TextWidth.width(text), text.reduce(0) { $0 + TextWidth.width(of: $1) }, text)
        }
        // truncate, fit and put agree on where the text ends.
        let text = "a" + family + "b"
        XCTAssertEqual(TextLayout.truncate(text, to: 4), text)
        XCTAssertEqual(TextWidth.width(TextLayout.fit(text, to: 6)), 6)
        var grid = ScreenGrid(width: 6, height: 1)
        XCTAssertEqual(grid.put(text, x: 0, y: 0), TextWidth.width(text))
    }

    func testASCIIGlyphs() {
        defer { Glyphs.current = .unicode }
        Glyphs.current = .ascii
        XCTAssertEqual(TextLayout.truncate("Ängström", to: 5), "Ängs~")
        XCTAssertEqual(Glyphs.current.dashed("08:30–09:00"), "08:30-09:00")
        XCTAssertEqual(Glyphs.current.joiner, " | ")
        Glyphs.current = .unicode
        XCTAssertEqual(TextLayout.ellipsis, "…")
        XCTAssertEqual(Glyphs.current.dashed("08:30–09:00"), "08:30–09:00")
    }

    func testStyleRunsStartAtTheirFirstWholeCharacter() {
        var grid = ScreenGrid(width: 6, height: 1)
        grid.put("漢字ab", x: 0, y: 0)
        // Splits 字: its right half (column 3) starts the selected run.
        grid.restyle(x: 3, y: 0, width: 3, style: .selected)
        let runs = NcursesBackend.runs(grid, row: 0, columns: 6)
        XCTAssertEqual(runs.map(\.x), [0, 4])
        XCTAssertEqual(runs.map(\.text), ["漢字", "ab"])
        XCTAssertEqual(runs.map(\.style), [.normal, .selected])
        // A run that is only the right half of a wide character draws nothing.
        var lone = ScreenGrid(width: 4, height: 1)
        lone.put("漢", x: 0, y: 0)
        lone.restyle(x: 1, y: 0, width: 1, style: .selected)
        XCTAssertEqual(NcursesBackend.runs(lone, row: 0, columns: 4).map(\.x), [0, 2])
        XCTAssertEqual(NcursesBackend.runs(lone, row: 0, columns: 4).map(\.style), [.normal, .normal])
        XCTAssertTrue(NcursesBackend.runs(lone, row: 3, columns: 4).isEmpty)
    }

    func testNarrowEventHeaderStillShowsTheDeadline() throws {
        for width in [60, 80, 120] {
            let grid = RootView.render(try Fixtures.state(width: width, height: 24)).grid
            XCTAssertTrue(grid.text(row: 2).contains("registration closed 26 Feb 2009"), "\(width): " + grid.text(row: 2))
        }
    }

    func testASCIIScreensDrawNoUnicodeSymbols() throws {
        defer { Glyphs.current = .unicode }
        Glyphs.current = .ascii
        var state = try Fixtures.state(width: 60, height: 16)
        // All but the status line, whose key names (Keys/Key.swift) are not glyphs.
        func body(_ s: AppState) -> String { RootView.render(s).grid.text.split(separator: "\n").dropLast().joined(separator: "\n") }
        var screens = [body(state)]
        state = Fixtures.press([.enter], state).0
        screens.append(body(state))
        state = Fixtures.press([.escape, .char("i")], state).0
        screens.append(body(state))
        for screen in screens {
            for symbol in ["…", "↑", "↓", "◀", "▶", "✗", "●", "·", "–", "─", "│"] {
                XCTAssertFalse(screen.contains(symbol), symbol + " in\n" + screen)
            }
        }
        XCTAssertTrue(screens[0].contains("08:30-09:00"))
        XCTAssertTrue(screens[0].contains("> now"))
    }
}
