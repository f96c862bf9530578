import XCTest
@testable import FoyerTUI

final class TextTests: XCTestCase {
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
}
