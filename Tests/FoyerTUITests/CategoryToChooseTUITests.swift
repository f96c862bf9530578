import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// People imported with the category to choose: the registrants pane's filter shows exactly them, and the
/// registrant form (`e`) chooses it, which clears the mark.
final class CategoryToChooseTUITests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    /// 60 generated people, three of them imported with the category to choose at 1 000 kr (a price the
    /// psychotherapy student and pensioner categories share).
    func state() throws -> (AppState, marked: Set<String>) {
        let e = try Fixtures.sampleEvent()
        var people = RegistrantGenerator(event: e, seed: 11).make(count: 60)
        for i in [4, 17, 42] { people[i].feeCategoryID = ""; people[i].price = .major(1000) }
        var s = AppState(event: e, width: 100, height: 30, now: RegistrantsUpdateTests.beforeDeadline, registry: Registry(registrants: people))
        s = Fixtures.press([.char("2")], s).0
        return (s, Set([4, 17, 42].map { people[$0].code }))
    }

    func filtered(_ s: AppState) -> AppState {
        var s = s
        for _ in 0..<RegistrantFilter.cycle(event: s.event).count where s.registrants.filter != .categoryToChoose {
            s = Fixtures.press([.char("f")], s).0
        }
        return s
    }

    func testTheFilterShowsExactlyThePeopleWithACategoryToChoose() throws {
        let (start, marked) = try state()
        let s = filtered(start)
        XCTAssertEqual(s.registrants.filter, .categoryToChoose)
        XCTAssertEqual(Set(Update.rows(s).map(\.code)), marked)
        let screen = RootView.render(s).grid.text
        XCTAssertTrue(screen.contains("filter: category to choose"), screen)
        XCTAssertTrue(screen.contains(RegistrantList.countLine(shown: 3, registry: s.registry)), screen)
        for code in marked { XCTAssertTrue(screen.contains(code), "\(code) is listed\n\(screen)") }
        XCTAssertTrue(screen.contains("category to ch"), "the category column names the mark\n\(screen)")
        XCTAssertEqual(Update.rows(Fixtures.press([.char("f")], s).0).filter(\.needsCategory), [], "the next filter is a category's")
    }

    func testEditingChoosesTheCategoryAndClearsTheMark() throws {
        let (start, marked) = try state()
        var s = filtered(start)
        let code = try XCTUnwrap(s.registrants.selectedCode)
        XCTAssertTrue(marked.contains(code))
        s = Fixtures.press([.char("e")], s).0
        guard case .form(let fs)? = s.overlay, let i = fs.form.index(of: "category"),
              case .choice(let options, let index) = fs.form.fields[i].value else { return XCTFail("no registrant form") }
        XCTAssertEqual(options[index].en, "(choose a category)", "nothing is chosen for them by itself")
        XCTAssertTrue(fs.form.fields[i].note?.en.contains("the price as imported (1 000 kr) is kept") == true, fs.form.fields[i].note?.en ?? "")
        // A save without a category is refused, as for a new registration.
        var (n, effects) = Fixtures.press([.ctrl("s")], s)
        XCTAssertTrue(effects.isEmpty)
        guard case .form(let refused)? = n.overlay else { return XCTFail("the form closed") }
        XCTAssertEqual(refused.form.fields[i].error?.en, "choose a fee category")
        XCTAssertEqual(refused.form.focus, i, "the refusal puts the picker in focus")
        // Step to the pensioner category, save.
        let pensioner = try XCTUnwrap(options.firstIndex { $0.en.hasPrefix("Pensioner") })
        n = Fixtures.press(Array(repeating: .char(" "), count: pensioner), n).0
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        guard case .commit(.edit(let c, let edit), _, _, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(c, code)
        XCTAssertEqual(edit.feeCategoryID, "pensioner")
        XCTAssertNil(edit.price, "the price as imported is kept")
        n = RegistrantsUpdateTests.settle(n, effects)
        XCTAssertEqual(n.registry[code]?.feeCategoryID, "pensioner")
        XCTAssertEqual(n.registry[code]?.price, .major(1000))
        XCTAssertEqual(Set(Update.rows(n).map(\.code)), marked.subtracting([code]), "the mark is gone, so the filter no longer shows them")
    }

    /// From the registrants pane's import to the filter: the preview lists them, the notice says where to
    /// find them, and the filter shows them.
    func testAnImportFromThePaneSaysWhereThePeopleToSortOutAre() throws {
        let desk = try StoreDesk(count: 0)
        let csv = desk.folder.appendingPathComponent("indico.csv")
        try "First Name,Last Name,Email,Registration state,Price\nMärta,Åberg,marta@example.se,Completed,1000\nLars,Ek,lars@example.se,Completed,2000\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        var s = desk.state(pane: "2", width: 120, height: 30)
        var effects: [Effect]
        (s, effects) = Fixtures.press([.char("I")], s)
        s = Fixtures.type(csv.path, s)
        (s, effects) = Fixtures.press([.enter], s)
        s = Fixtures.perform(s, effects, with: desk.performer)
        let preview = RootView.render(s).grid.text
        XCTAssertTrue(preview.contains("category to choose (1 000 kr: Psychotherapy student or Pensioner)"), preview)
        XCTAssertTrue(preview.contains("2 to add, 0 to update, 0 rejected, 1 with the category to choose"), preview)
        (s, effects) = Fixtures.press([.char("y")], s)
        s = Fixtures.perform(s, effects, with: desk.performer)
        XCTAssertEqual(s.status?.text.en, "Imported from indico.csv: 2 added, 0 updated; 1 with the category to choose (f to that filter, e chooses)")
        s = filtered(s)
        XCTAssertEqual(Update.rows(s).map(\.fullName), ["Märta Åberg"])
        XCTAssertEqual(desk.store.registry.registrants.first { $0.needsCategory }?.paid, .major(1000))
    }
}
