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
        XCTAssertEqual(options[index], "(choose a category)", "nothing is chosen for them by itself")
        XCTAssertTrue(fs.form.fields[i].note?.contains("the price as imported (1 000 kr) is kept") == true, fs.form.fields[i].note ?? "")
        // A save without a category is refused, as for a new registration.
        var (n, effects) = Fixtures.press([.ctrl("s")], s)
        XCTAssertTrue(effects.isEmpty)
        guard case .form(let refused)? = n.overlay else { return XCTFail("the form closed") }
        XCTAssertEqual(refused.form.fields[i].error, "choose a fee category")
        XCTAssertEqual(refused.form.focus, i, "the refusal puts the picker in focus")
        // Step to the pensioner category, save.
        let pensioner = try XCTUnwrap(options.firstIndex { $0.hasPrefix("Pensioner") })
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
}
