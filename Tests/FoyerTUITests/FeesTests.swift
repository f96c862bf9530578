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
            XCTAssertTrue(grid.text.contains("Worth \(MoneyFormat.swedish.string(totals.gross))"))
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
        XCTAssertTrue(after.status?.text.contains("moved \(unpaid.count) unpaid to 2 500 kr") == true, after.status?.text ?? "")
    }

    func testRetireAndOfferAgain() throws {
        var (s, effects) = Fixtures.press([.char("j"), .char("x")], try state(count: 5))
        s = Fixtures.settle(s, effects)
        XCTAssertEqual(s.event.feeCategories[1].retired, true)
        XCTAssertFalse(s.event.offeredFeeCategories.contains { $0.id == s.event.feeCategories[1].id })
        let form = Fixtures.press([.char("2"), .char("a")], s).0
        guard case .form(let fs)? = form.overlay, case .choice(let options, _) = fs.form.fields[fs.form.index(of: "category")!].value else { return XCTFail() }
        XCTAssertFalse(options.contains { $0.hasPrefix("Full-time student") }, "a retired category is not offered")
        (s, effects) = Fixtures.press([.char("u")], s)
        s = Fixtures.settle(s, effects)
        XCTAssertEqual(s.event.feeCategories[1].retired, false)
    }

    func testWeeklyRegistrations() throws {
        let s = try state()
        let r = RegistrationsOverTime(event: s.event, registrants: s.registry.registrants)
        XCTAssertEqual(r.weeks.count, 8)
        XCTAssertEqual(r.weeks.last?.start, LocalDate(year: 2009, month: 2, day: 20))
        XCTAssertEqual(r.weeks.map(\.count).reduce(0, +) + r.late, s.registry.count)
        XCTAssertEqual(r.late, s.registry.registrants.filter { s.event.isLate($0.registeredAt) }.count)
    }
}
