import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The key table, the shell and help in Swedish: F8 switches the screen's language (at the desk too),
/// the tabs, the status line's hints and help read Swedish, and every line still fits 80 columns.
final class LanguageKeysTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    private func swedish(_ pane: Pane? = nil) throws -> AppState {
        var s = try Fixtures.state()
        s.language = .sv
        if let pane { s.pane = pane }
        return s
    }

    func testF8SwitchesTheLanguageAndBackInEveryPane() throws {
        for pane in Pane.allCases {
            var s = try Fixtures.state()
            s.pane = pane
            s = Fixtures.press([.function(8)], s).0
            XCTAssertEqual(s.language, .sv, pane.id)
            XCTAssertEqual(s.status?.text.sv, Catalogue.Common.languageNow.sv, pane.id)
            XCTAssertTrue(RootView.render(s).grid.text(row: 23).contains("Skärmen är nu på svenska"), pane.id)
            s = Fixtures.press([.function(8)], s).0
            XCTAssertEqual(s.language, .en, pane.id)
        }
        // At the desk F8 is the language, not a check-in's undo (that is Ctrl-X or F9).
        XCTAssertEqual(KeyTable.command(for: .function(8), in: .checkIn), .switchLanguage)
        XCTAssertEqual(KeyTable.command(for: .function(9), in: .checkIn), .undoCheckIn)
    }

    func testTheTabsAndTheHintsInSwedishFit80Columns() throws {
        let expected: [Pane: [String]] = [
            .agenda: ["visa", "ämnen", "sök", "hjälp", "Tab vyer", "q avsluta"],
            .registrants: ["sök", "ny", "redigera", "? hjälp"],
            .fees: ["lägg till", "redigera", "avveckla"],
            .checkIn: ["checka in", "rensa", "på plats", "F1 hjälp"],
        ]
        for pane in Pane.allCases {
            let grid = RootView.render(try swedish(pane)).grid
            let tabs = grid.text(row: 0)
            for title in ["Program", "Anmälda", "Avgifter", "Incheckning"] where pane != .checkIn {
                XCTAssertTrue(tabs.contains(title), "\(pane.id): \(tabs)")
            }
            XCTAssertTrue(tabs.contains(pane.title.sv), "\(pane.id): \(tabs)")
            let status = grid.text(row: 23)
            for word in expected[pane] ?? [] { XCTAssertTrue(status.contains(word), "\(pane.id): \(status)") }
            XCTAssertFalse(status.contains("help"), status)
            for row in 0..<24 { XCTAssertLessThanOrEqual(TextWidth.width(grid.text(row: row)), 80) }
            // A hint is shown whole or not at all: every hint on the line is one of the table's, complete.
            let shown = KeyTable.hints(for: try swedish(pane).keyContext).compactMap { $0.hint?.sv }
            let words = status.trimmingCharacters(in: .whitespaces)
            XCTAssertFalse(words.isEmpty)
            XCTAssertTrue(shown.contains { words.hasSuffix($0) }, "\(pane.id): the last hint is cut: \(status)")
        }
    }

    func testHelpInSwedish() throws {
        var s = try swedish(.agenda)
        s = Fixtures.press([.function(1)], s).0
        let text = RootView.render(s).grid.text
        XCTAssertTrue(text.contains("Tangenter: Program"), text)
        XCTAssertTrue(HelpText.lines(context: .agenda, language: .sv).contains { $0.text.contains("hjälp: alla tangenter i den här vyn") })
        XCTAssertTrue(text.contains("stänger"), text)
        XCTAssertTrue(HelpText.lines(context: .agenda, language: .sv).contains { $0.text.contains("PgDn/Mellanslag") })
        XCTAssertFalse(text.contains("Keys:"), text)
        // Every help page, at 80 columns: each key's line fits the box (a long description goes on under
        // itself; the editing keys' closing lines are cut with a mark in both languages).
        let layout = s.layout
        for context in KeyContext.allCases {
            let lines = HelpText.lines(context: context, language: .sv, keys: .standard, width: HelpView.textWidth(layout))
            for line in lines where line.style != .quiet {
                XCTAssertLessThanOrEqual(TextWidth.width(line.text), HelpView.textWidth(layout), "\(context.id): \(line.text)")
            }
            XCTAssertTrue(lines.contains { $0.text == "Överallt" }, context.id)
        }
        let editing = HelpText.lines(context: .agenda, language: .sv).map(\.text)
        XCTAssertTrue(editing.contains { $0.hasPrefix("I ett fält:") }, "\(editing)")
        XCTAssertTrue(editing.contains { $0.hasPrefix("I en text med flera rader:") }, "\(editing)")
    }

    func testEveryBindingSpeaksBothLanguages() {
        for b in KeyTable.bindings {
            XCTAssertFalse(b.label.sv.isEmpty, "\(b.context.id) \(b.command)")
            XCTAssertFalse(b.context.title.sv.isEmpty, b.context.id)
            if let hint = b.hint { XCTAssertFalse(hint.sv.isEmpty, "\(b.context.id) \(b.command)") }
        }
        // Words a person reads differ between the languages (a name such as Swish is the same).
        let same = KeyTable.bindings.filter { $0.label.en == $0.label.sv }.map(\.label.en)
        XCTAssertEqual(Set(same), ["Swish"])
    }

    func testTheWelcomeOffersSwedishAndSpeaksIt() {
        var s = WelcomeState(width: 80, height: 24, folder: "/home/anna/.local/share/foyer")
        XCTAssertTrue(Welcome.render(s).grid.text(row: 23).contains("F8 på svenska"))
        s = Welcome.update(s, .function(8)).0
        XCTAssertEqual(s.language, .sv)
        let text = Welcome.render(s).grid.text
        XCTAssertTrue(text.contains("Välkommen till Foyer"), text)
        XCTAssertTrue(text.contains("Skapa ett nytt evenemang"), text)
        XCTAssertTrue(text.contains("endagsseminarium)"), "the samples' line is shown whole at 80 columns: \(text)")
        XCTAssertTrue(text.contains("F8 in English"), text)
        s = Welcome.update(s, .enter).0
        XCTAssertNotNil(s.form, "Enter still opens the form")
        XCTAssertEqual(Welcome.update(s, .function(8)).0.language, .en)
    }

    func testATerminalTooSmallSaysSoInSwedish() {
        var grid = ScreenGrid(width: 40, height: 10)
        TooSmallView.draw(width: 40, height: 10, language: .sv, into: &grid)
        XCTAssertTrue(grid.text.contains("terminalen är för liten: 40x10"), grid.text)
        XCTAssertTrue(grid.text.contains("q avslutar"), grid.text)
    }

    func testAMessageRemembersBothLanguages() throws {
        var s = try swedish(.agenda)
        s = Update.apply(s, .registrantsLoadFailed("disk full")).0
        XCTAssertEqual(s.status?.text.sv, "Anmälningarna kunde inte läsas in: disk full")
        s.language = .en
        XCTAssertTrue(RootView.render(s).grid.text(row: 23).contains("The registrations could not be loaded: disk full"))
    }

    func testThePerformerReportsInTheScreensLanguage() throws {
        let desk = try StoreDesk(count: 0)
        let flyer = desk.folder.appendingPathComponent("flyer.txt")
        try "09:00-10:00 Opening\n10:00-11:00 Talk\n".write(to: flyer, atomically: true, encoding: .utf8)
        desk.performer.language = .sv
        guard case .actions(let actions) = desk.performer.perform(.previewImport(.programme, path: flyer.path)),
              case .importPreviewed(let preview)? = actions.first else { return XCTFail("no preview") }
        XCTAssertTrue(preview.lines.last?.sv.contains("ersätter programmets") == true, "\(preview.lines)")
        // A save's message and the store's notice are phrases: switching language redraws them.
        var s = desk.state()
        s.language = .sv
        s = Update.apply(s, .notice(Catalogue.App.importedRegistrations(file: "a.csv", added: 2, updated: 0))).0
        XCTAssertTrue(RootView.render(s).grid.text(row: 23).contains("Importerat från a.csv: 2 tillagda"))
        s = Fixtures.press([.function(8)], s).0
        s = Update.apply(s, .receiptIssued(number: 7, name: "Agnes Olsson", path: "r.html")).0
        XCTAssertEqual(s.status?.text.sv, "Kvitto nr 7 för Agnes Olsson: r.html (och .txt)")
        XCTAssertTrue(RootView.render(s).grid.text(row: 23).contains("Receipt no. 7 for Agnes Olsson"))
    }
}
