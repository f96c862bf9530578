import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The screens a Swedish volunteer sees, at 80x24 with the interface in Swedish: every pane, the check-in
/// desk's results, and the main overlays, each compared with its golden file in `Golden/sv/` (rewritten
/// with FOYER_UPDATE_GOLDEN=1, like the English ones) and checked to fit: no line wider than 80 columns,
/// since Swedish words are longer. The state is reached by keys through `update` and a real store (as
/// the runner has it), never by building a screen's state by hand, so the pictures follow the app.
///
/// The words asserted are the ones the brief fixes for the desk (INCHECKAD, REDAN INCHECKAD, OBETALD,
/// HITTADES INTE; dates in lower case), written out here rather than read from the catalogue, so that a
/// catalogue entry changed by mistake fails.
final class SwedishGoldenTests: XCTestCase {
    var desk: StoreDesk!

    override func setUpWithError() throws {
        Glyphs.current = .unicode
        // On the morning of the workshop, 200 generated people (the registrants pane's own seed).
        desk = try StoreDesk(count: 200, seed: 7, desk: "A", now: "2009-03-19 08:40")
    }
    override func tearDown() { desk = nil }

    /// The key the table gives a command in a context (the tests name no key of their own).
    func key(_ command: Command, _ context: KeyContext) throws -> Key {
        try XCTUnwrap(KeyTable.standard.binding(command, in: context)?.keys.first, "no key for \(command) in \(context)")
    }

    /// The desk's screen in Swedish on a pane ("1" to "4").
    func swedish(pane: Character = "1") -> AppState {
        var s = desk.state(pane: pane)
        s.language = .sv
        return s
    }

    /// Renders, compares with `Golden/sv/NAME-80x24.txt`, checks every line fits, and returns the text.
    @discardableResult
    func check(_ state: AppState, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        XCTAssertEqual(state.language, .sv, "\(name) is drawn in Swedish", file: file, line: line)
        let grid = RootView.render(state).grid
        try assertGolden(grid, "sv/\(name)-\(grid.width)x\(grid.height)", file: file, line: line)
        for row in 0..<grid.height {
            let text = grid.text(row: row)
            XCTAssertLessThanOrEqual(TextWidth.width(text), 80, "\(name) row \(row) is wider than 80: \(text)", file: file, line: line)
        }
        return grid.text
    }

    /// The Swedish words, each somewhere on the screen.
    func assertShows(_ text: String, _ words: [String], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        for word in words { XCTAssertTrue(text.contains(word), "\(name) lacks “\(word)”:\n\(text)", file: file, line: line) }
    }

    // MARK: The panes

    func testThePanes() throws {
        let agenda = try check(swedish(pane: "1"), "agenda")
        // The day in Swedish, in lower case, as DateText writes it.
        assertShows(agenda, [DateText.long(desk.store.event.date).sv, "torsdag 19 mars 2009"], "agenda")
        try check(swedish(pane: "2"), "registrants")
        try check(try press([key(.openDetail, .registrants)], swedish(pane: "2")), "registrants-detail")
        try check(swedish(pane: "3"), "fees")
        try check(swedish(pane: "4"), "checkin")
    }

    // MARK: The check-in desk's results

    func testTheCheckInResults() throws {
        let people = desk.store.registry.registrants
        let paid = try XCTUnwrap(people.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.isSettled && $0.price > .zero })
        let unpaid = try XCTUnwrap(people.first { $0.status == .registered && $0.feeCategoryID == "standard" && !$0.isSettled && $0.paid == .zero })

        var s = try enter(paid.code, swedish(pane: "4"))
        let checkedIn = try check(s, "checkin-checked-in")
        assertShows(checkedIn, ["INCHECKAD  \(paid.fullName) (\(paid.code))"], "checked in")

        s = try enter(paid.code, s)
        let again = try check(s, "checkin-already-in")
        assertShows(again, ["REDAN INCHECKAD", "kl. 08:40 vid disk A"], "already in")

        s = try enter(unpaid.code, s)
        let owed = try check(s, "checkin-unpaid")
        assertShows(owed, ["OBETALD", "att betala"], "unpaid")

        // The payment question answered with a method: the summary of what Enter will take.
        s = try press([key(.chooseMethod(.swish), .checkInPayment)], s)
        let summary = try check(s, "checkin-payment-swish")
        assertShows(summary, ["Swish", unpaid.fullName], "payment summary")
        s = try press([key(.back, .checkInPayment)], s)

        s = try enter("zzqx", s)
        let notFound = try check(s, "checkin-not-found")
        assertShows(notFound, ["HITTADES INTE"], "not found")
    }

    // MARK: The overlays

    func testTheOverlays() throws {
        let help = try check(try press([key(.help, .global)], swedish(pane: "1")), "help-agenda")
        // At its end, the keys of every pane: F8's own words among them.
        let helpEnd = try check(try press([key(.help, .global), key(.last, .help)], swedish(pane: "1")), "help-agenda-end")
        // (Its first words: the line wraps.)
        assertShows(help + helpEnd, [String(Catalogue.Keys.switchLanguage.sv.prefix(24))], "help")
        try check(try press([key(.newRegistrant, .registrants)], swedish(pane: "2")), "registrants-form")
        try check(try press([key(.recordPayment, .registrants)], swedish(pane: "2")), "registrants-money-form")
        try check(try press([key(.switchEvent, .global)], swedish(pane: "1")), "event-switcher")
        try check(try press([key(.toggleInfo, .agenda)], swedish(pane: "1")), "event-info")
        let confirm = try press([key(.deleteItem, .agenda)], swedish(pane: "1"))
        guard case .confirm? = confirm.overlay else { return XCTFail("deleting an item did not ask") }
        try check(confirm, "confirm-delete-item")
        // A changed form, then Ctrl-C: the one question before quitting.
        let editing = desk.press("Åsa".map { Key.char($0) }, try press([key(.newRegistrant, .registrants)], swedish(pane: "2")))
        let quit = try press([key(.forceQuit, .global)], editing)
        guard case .confirm? = quit.overlay else { return XCTFail("quitting with an edit open did not ask") }
        try check(quit, "confirm-quit-unsaved")
    }

    /// F8 turns the same screen English and back: the language is state, not a setting read at start.
    func testTheSwitchKeyRedrawsInTheOtherLanguage() throws {
        let s = swedish(pane: "1")
        let english = try press([key(.switchLanguage, .global)], s)
        XCTAssertEqual(english.language, .en)
        XCTAssertTrue(RootView.render(english).grid.text.contains("Thursday 19 March 2009"))
        let back = try press([key(.switchLanguage, .global)], english)
        XCTAssertEqual(back.language, .sv)
    }

    // MARK: Helpers

    /// Keys through `update`, effects through the store, as the runner does.
    func press(_ keys: [Key], _ state: AppState) throws -> AppState { desk.press(keys, state) }

    /// A search typed afresh at the desk, then Enter.
    func enter(_ query: String, _ state: AppState) throws -> AppState {
        var s = try press([key(.back, .checkIn)], state)
        s = desk.press(query.map { Key.char($0) }, s)
        return try press([key(.checkInSelected, .checkIn)], s)
    }
}
