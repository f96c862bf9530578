import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// What the terminal is told: each style's attributes, with colour and without, and the test backend
/// that keeps them with every cell.
final class BackendTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    static let pair = Dictionary(uniqueKeysWithValues: TerminalAttributes.pairs.map { ($0.number, $0) })

    /// The scheme as ncurses has always been told it (colour pairs 1–8, the check-in results' 9–11, then
    /// the monochrome one).
    func testEachStyleHasTheAttributesOfItsScheme() {
        let colour: [Style: TerminalAttributes] = [
            .normal: .normal, .heading: .init(bold: true), .tabInactive: .init(reverse: true),
            .selected: .init(bold: true, reverse: true), .quiet: .init(dim: true), .statusBar: .init(reverse: true),
            .field: .init(underline: true), .fieldFocused: .init(reverse: true),
            .title: .init(pair: Self.pair[1], bold: true), .tabActive: .init(pair: Self.pair[2], bold: true),
            .now: .init(pair: Self.pair[3], bold: true), .error: .init(pair: Self.pair[4], bold: true),
            .success: .init(pair: Self.pair[5]), .warning: .init(pair: Self.pair[6]), .border: .init(pair: Self.pair[7]),
            .key: .init(pair: Self.pair[8], bold: true, reverse: true),
            .outcomeIn: .init(pair: Self.pair[5]), .outcomeAgain: .init(pair: Self.pair[9]), .outcomeOwed: .init(pair: Self.pair[6]),
            .outcomeRefused: .init(pair: Self.pair[4], bold: true), .outcomeUndone: .init(pair: Self.pair[10], bold: true),
            .outcomeCheckID: .init(pair: Self.pair[11], bold: true),
        ]
        let monochrome: [Style: TerminalAttributes] = [
            .normal: .normal, .title: .init(bold: true), .heading: .init(bold: true), .tabActive: .init(bold: true),
            .tabInactive: .init(reverse: true), .selected: .init(reverse: true), .quiet: .init(dim: true), .now: .init(bold: true),
            .key: .init(bold: true, reverse: true), .statusBar: .init(reverse: true), .error: .init(bold: true, reverse: true),
            .success: .init(bold: true), .warning: .init(bold: true), .border: .normal, .field: .init(underline: true),
            .fieldFocused: .init(reverse: true),
            .outcomeIn: .init(bold: true, reverse: true), .outcomeAgain: .init(bold: true, underline: true),
            .outcomeOwed: .init(bold: true), .outcomeRefused: .init(bold: true, underline: true), .outcomeUndone: .init(bold: true),
            .outcomeCheckID: .init(bold: true),
        ]
        for style in Style.allCases {
            XCTAssertEqual(TerminalAttributes(style: style, colour: true), colour[style], "\(style) with colour")
            XCTAssertEqual(TerminalAttributes(style: style, colour: false), monochrome[style], "\(style) without colour")
            XCTAssertNil(TerminalAttributes(style: style, colour: false).pair, "no colour pair without colour")
        }
        XCTAssertEqual(TerminalAttributes.pairs.map(\.number), Array(1...11))
        XCTAssertEqual(Self.pair[4].map { [$0.foreground, $0.background] }, [.white, .red], "errors are white on red")
        XCTAssertEqual(Self.pair[5].map { [$0.foreground, $0.background] }, [.black, .green])
        XCTAssertEqual(Self.pair[1]?.background, nil, "the title on the terminal's own background")
        XCTAssertEqual(TerminalAttributes(style: .error, colour: true).description, "white/red bold")
    }

    func testNoColorOrATerminalWithoutColoursIsMonochrome() {
        XCTAssertTrue(TerminalAttributes.usesColour(environment: [:], terminalHasColours: true))
        XCTAssertTrue(TerminalAttributes.usesColour(environment: ["NO_COLOR": ""], terminalHasColours: true), "empty is unset (no-color.org)")
        XCTAssertFalse(TerminalAttributes.usesColour(environment: ["NO_COLOR": "1"], terminalHasColours: true))
        XCTAssertFalse(TerminalAttributes.usesColour(environment: [:], terminalHasColours: false))
    }

    /// The cells as the terminal shows them: wide characters take two columns, a restyle that splits one
    /// draws it whole in the style of its left half, and the rest of the screen is erased.
    func testTheTestBackendKeepsEachCellWithItsAttributes() throws {
        var grid = ScreenGrid(width: 8, height: 2)
        grid.put("a漢b", x: 0, y: 0, style: .title)
        grid.restyle(x: 2, y: 0, width: 2, style: .error) // the right half of 漢, and b
        grid.put("ok", x: 6, y: 1, style: .selected)
        let backend = TestBackend(width: 8, height: 2, colour: true)
        backend.draw(Frame(grid: grid, cursor: (x: 3, y: 1)))
        XCTAssertEqual(backend.text, "a漢b\n      ok")
        XCTAssertEqual(backend[1, 0], TestBackend.Cell(character: "漢", attributes: TerminalAttributes(style: .title, colour: true)))
        XCTAssertEqual(backend[2, 0].character, "", "the right half of the wide character")
        XCTAssertEqual(backend[3, 0].attributes, TerminalAttributes(style: .error, colour: true))
        XCTAssertEqual(backend[4, 0], TestBackend.Cell(character: " ", attributes: .normal))
        XCTAssertEqual(backend.attributes(of: "ok"), TerminalAttributes(style: .selected, colour: true))
        XCTAssertEqual(backend.runs.map(\.text), ["a漢", "b", "    ", "      ", "ok"])
        XCTAssertEqual(backend.cursor?.x, 3)
        // Without colour, the same cells in the monochrome scheme.
        let plain = TestBackend(width: 8, height: 2, colour: false)
        plain.draw(Frame(grid: grid, cursor: nil))
        XCTAssertEqual(plain.attributes(of: "ok"), TerminalAttributes(reverse: true))
        XCTAssertEqual(plain[0, 0].attributes, TerminalAttributes(bold: true))
    }

    func testTheTestBackendReadsItsScriptThenNothing() {
        let backend = TestBackend(width: 80, height: 24, script: [.key(.char("q")), .resize(width: 100, height: 30)])
        XCTAssertEqual(backend.read(timeoutMilliseconds: 200), .key(.char("q")))
        XCTAssertEqual(backend.read(timeoutMilliseconds: 200), .resize(width: 100, height: 30))
        XCTAssertEqual(backend.size.width, 100, "a resize changes the size")
        XCTAssertEqual(backend.read(timeoutMilliseconds: 200), .none)
        backend.whenScriptEnds = { .key(.ctrl("c")) }
        XCTAssertEqual(backend.read(timeoutMilliseconds: 200), .key(.ctrl("c")))
    }
}
