import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The fees pane: screens with 200 generated registrants, and editing categories (with both answers to
/// the repricing question).
final class FeesTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }
    typealias helper = RegistrantsUpdateTests

    func state(width: Int = 80, height: Int = 24, count: Int = 200) throws -> AppState {
        var s = try helper.makeState(count: count)
        s = Update.apply(s, .resize(width: width, height: height)).0
        return Fixtures.press([.char("3")], s).0
    }

    func testScreens() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let s = try state(width: w, height: h)
            let grid = RootView.render(s).grid
            try assertGolden(grid, "fees-\(w)x\(h)")
            let totals = FeeTotals(event: s.event, registrants: s.registry.registrants)
            // What the registrations bring in once all have paid: paid and kept plus outstanding.
            XCTAssertTrue(grid.text.contains("Expected \(MoneyFormat.swedish.string(totals.gross))"))
            XCTAssertEqual(totals.gross, totals.paid - totals.refunded + totals.outstanding)
            XCTAssertFalse(grid.text.contains("Worth"))
            XCTAssertTrue(grid.text.contains("outstanding \(MoneyFormat.swedish.string(totals.outstanding))"))
            XCTAssertEqual(grid.style(of: "Standard", row: 3), .selected)
        }
        // The chart is below the fold at 80x24: PgDn shows it.
        let scrolled = Fixtures.press([.pageDown], try state())
        XCTAssertTrue(RootView.render(scrolled.0).grid.text.contains("Registrations per week"))
    }

    func testAddingACategory() throws {
        var s = Fixtures.press([.char("a")], try state(count: 5)).0
        s = Fixtures.type("Early bird", s)
        s = Fixtures.press([.tab, .tab, .tab], s).0
        s = Fixtures.type("1 500", s)
        let (next, effects) = Fixtures.press([.ctrl("s")], s)
        guard case .applyEvent(let operations, _, _, .edit)? = effects.first, case .addCategory(let added)? = operations.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(added.id, "early-bird")
        XCTAssertEqual(added.price, .major(1500))
        XCTAssertEqual(added.vatRate, .swedishStandard)
        XCTAssertEqual(added.vatSplit.vat, .major(300))
        let saved = Fixtures.settle(next, effects)
        XCTAssertEqual(saved.event.feeCategories.count, 5)
        XCTAssertTrue(RootView.render(saved).grid.text.contains("Early bird"))
    }

    func repriceStandard(_ s: AppState, to price: String) -> AppState {
        var n = Fixtures.press([.char("e"), .tab, .tab, .tab, .ctrl("u")], s).0
        n = Fixtures.type(price, n)
        return Fixtures.press([.ctrl("s")], n).0
    }

    /// The repricing question answered through the real store (the answer is applied there, to the
    /// latest event and registrations).
    func testRepricingKeepsTheUnpaidAtTheirPriceByDefault() throws {
        let desk = try StoreDesk(count: 40)
        let s = desk.state(pane: "3")
        let unpaid = CategoryForm.unpaid(at: "standard", price: .major(2000), in: s.registry)
        XCTAssertFalse(unpaid.isEmpty)
        let asked = repriceStandard(s, to: "2500")
        guard case .reprice(let q)? = asked.overlay else { return XCTFail("no repricing question") }
        XCTAssertEqual(q.codes, unpaid)
        let (kept, effects) = Fixtures.press([.enter], asked)
        XCTAssertEqual(effects.count, 1, "only the category is saved")
        guard case .reprice(let answer)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertFalse(answer.moveUnpaid)
        let after = Fixtures.perform(kept, effects, with: desk.performer)
        XCTAssertNil(after.overlay)
        XCTAssertEqual(after.event.feeCategory(id: "standard")?.price, .major(2500))
        XCTAssertTrue(unpaid.allSatisfy { after.registry[$0]?.price == .major(2000) }, "nobody silently re-priced")
    }

    func testRepricingCanMoveTheUnpaid() throws {
        let desk = try StoreDesk(count: 40)
        let s = desk.state(pane: "3")
        let unpaid = CategoryForm.unpaid(at: "standard", price: .major(2000), in: s.registry)
        let paidAlready = s.registry.registrants.filter { $0.feeCategoryID == "standard" && !$0.paid.isZero }.map(\.code)
        XCTAssertFalse(paidAlready.isEmpty)
        let (moved, effects) = Fixtures.press([.char("y")], repriceStandard(s, to: "2500"))
        guard case .reprice(let answer)? = effects.first, effects.count == 1 else { return XCTFail("\(effects)") }
        XCTAssertTrue(answer.moveUnpaid)
        let after = Fixtures.perform(moved, effects, with: desk.performer)
        XCTAssertTrue(unpaid.allSatisfy { after.registry[$0]?.price == .major(2500) })
        XCTAssertTrue(paidAlready.allSatisfy { after.registry[$0]?.price == .major(2000) }, "those who paid keep their price")
        XCTAssertEqual(after.changeUndo.count, unpaid.count, "each move can be undone")
        XCTAssertTrue(after.status?.text.en.contains("moved \(unpaid.count) unpaid to 2 500 kr") == true, after.status?.text.en ?? "")
    }

    func testRetireAndOfferAgain() throws {
        var (s, effects) = Fixtures.press([.char("j"), .char("x")], try state(count: 5))
        s = Fixtures.settle(s, effects)
        XCTAssertEqual(s.event.feeCategories[1].retired, true)
        XCTAssertFalse(s.event.offeredFeeCategories.contains { $0.id == s.event.feeCategories[1].id })
        let form = Fixtures.press([.char("2"), .char("a")], s).0
        guard case .form(let fs)? = form.overlay, case .choice(let options, _) = fs.form.fields[fs.form.index(of: "category")!].value else { return XCTFail() }
        XCTAssertFalse(options.contains { $0.en.hasPrefix("Full-time student") }, "a retired category is not offered")
        (s, effects) = Fixtures.press([.char("u")], s)
        s = Fixtures.settle(s, effects)
        XCTAssertEqual(s.event.feeCategories[1].retired, false)
    }

    func testWeeklyRegistrations() throws {
        let s = try state()
        let r = RegistrationsOverTime(event: s.event, registrants: s.registry.registrants)
        XCTAssertEqual(r.weeks.count, 8)
        XCTAssertEqual(r.weeks.last?.start, LocalDate(year: 2009, month: 2, day: 20))
        XCTAssertEqual(r.earlier + r.weeks.map(\.count).reduce(0, +) + r.late, s.registry.count)
        XCTAssertEqual(r.late, s.registry.registrants.filter { s.event.isLate($0.registeredAt) }.count)
    }

    /// Registrations before the chart's first week are not drawn in it (its label is its start date):
    /// a workshop in March whose registration opened in November.
    func testRegistrationsBeforeTheFirstWeekAreNotShownUnderIt() throws {
        let event = try Fixtures.sampleEvent() // deadline 26 Feb 2009: the weeks start on 2 Jan … 20 Feb
        let people = ["2008-11-03 09:00", "2008-11-20 14:00", "2008-11-28 10:00", "2009-02-16 12:00", "2009-02-17 12:00"].enumerated().map {
            Registrant(code: "T\($0.offset + 1)", firstName: "Ann", lastName: "Berg", feeCategoryID: "standard", price: .major(2000),
                       registeredAt: Clock.parse($0.element, zone: Fixtures.stockholm)!)
        }
        let r = RegistrationsOverTime(event: event, registrants: people)
        XCTAssertEqual(r.weeks.first?.start, LocalDate(year: 2009, month: 1, day: 2))
        XCTAssertEqual(r.weeks.map(\.count), [0, 0, 0, 0, 0, 0, 2, 0])
        XCTAssertEqual(r.earlier, 3)
        // On screen each count stands above its column's label.
        let chart = FeesPage.chart(r, width: 78, language: .en).map(\.text)
        let labels = chart[4].split(separator: " ").map(String.init), values = chart[3].split(separator: " ").map(String.init)
        XCTAssertEqual(labels.count, values.count, chart.joined(separator: "\n"))
        let column = Dictionary(uniqueKeysWithValues: zip(labels, values))
        XCTAssertEqual(column["2/1"], "0", chart.joined(separator: "\n"))
        XCTAssertEqual(column["13/2"], "2")
        XCTAssertEqual(column["before"], "3")
    }

    /// The line under the table says which category it describes.
    func testTheSelectedCategorysLineNamesIt() throws {
        var s = try state(width: 120, height: 40, count: 5)
        XCTAssertTrue(RootView.render(s).grid.text.contains(" Standard: for anyone · includes lunch and coffee · VAT 25 %\n"))
        s = Fixtures.press([.char("j")], s).0
        XCTAssertTrue(RootView.render(s).grid.text.contains(
            " Full-time student: for full-time university or college student · includes lunch and coffee · VAT 25 % · check ID\n"))
        s = Fixtures.press([.char("j"), .char("j")], s).0
        XCTAssertTrue(RootView.render(s).grid.text.contains(" Pensioner: includes lunch and coffee · VAT 25 % · check ID\n"),
                      "a category whose name says who may use it")
    }

    /// The event's information says what each category includes, not the first one's for all.
    func testEventInformationSaysWhatEachCategoryIncludes() throws {
        var event = try Fixtures.sampleEvent()
        var text = EventInfoText.lines(event: event, now: Fixtures.dayBefore, width: 76, language: .en).map(\.text)
        XCTAssertTrue(text.contains("  Included in every category: Lunch and coffee"), text.joined(separator: "\n"))
        event.feeCategories[1].includes = LocalizedText(["en": "Coffee"])
        text = EventInfoText.lines(event: event, now: Fixtures.dayBefore, width: 76, language: .en).map(\.text)
        XCTAssertFalse(text.contains { $0.contains("Included") }, text.joined(separator: "\n"))
        let student = try XCTUnwrap(text.firstIndex { $0.hasPrefix("  Full-time student") })
        XCTAssertEqual(text[student + 2], "    Includes coffee")
        XCTAssertEqual(text[student - 1], "    Includes lunch and coffee", "Standard's, under its line")
    }
}
