import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// Recording money from the registrants pane: the default amount is what is due, overpayment asks first,
/// a waiver needs its reason, a refund cannot exceed what was paid.
final class PaymentUpdateTests: XCTestCase {
    typealias helper = RegistrantsUpdateTests

    func unpaidState() throws -> (AppState, Registrant) {
        var s = try helper.makeState(count: 30)
        let unpaid = s.registry.registrants.first { $0.status == RegistrationStatus.registered && $0.paid.isZero && $0.price > Money.zero }!
        s.registrants.selectedCode = unpaid.code
        return (s, unpaid)
    }

    func testAPaymentOfWhatIsDue() throws {
        let (s, person) = try unpaidState()
        var (n, effects) = Fixtures.press([.char("m")], s)
        guard case .form(let fs)? = n.overlay else { return XCTFail("no form") }
        XCTAssertEqual(fs.form.value("amount"), MoneyFormat.swedish.string(person.price).replacingOccurrences(of: " kr", with: ""))
        n = Fixtures.press([.tab, .tab, .char(" "), .char(" "), .char(" ")], n).0 // method: Swish
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        guard case .commit(.recordPayment(let code, let payment), _, _, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(code, person.code)
        XCTAssertEqual(payment.amount, person.price)
        XCTAssertEqual(payment.method, .swish)
        n = helper.settle(n, effects)
        XCTAssertEqual(n.registry[person.code]?.due, .zero)
        XCTAssertTrue(n.status!.text.en.contains("; 0 kr due"), n.status!.text.en)
        XCTAssertEqual(FeeTotals(event: n.event, registrants: n.registry.registrants).byMethod.first { $0.method == .swish }?.amount,
                       FeeTotals(event: s.event, registrants: s.registry.registrants).byMethod.first { $0.method == .swish }!.amount + person.price)
    }

    func testPartialThenOverpaymentAsksFirst() throws {
        let (s, person) = try unpaidState()
        var (n, effects) = Fixtures.press([.char("m"), .tab, .ctrl("u")], s)
        n = Fixtures.type("100", n)
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        n = helper.settle(n, effects)
        XCTAssertEqual(n.registry[person.code]?.due, person.price - .major(100))
        (n, effects) = Fixtures.press([.char("m"), .tab, .ctrl("u")], n)
        n = Fixtures.type("99999", n)
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        XCTAssertTrue(effects.isEmpty)
        guard case .confirm(let c)? = n.overlay else { return XCTFail("overpayment did not ask") }
        XCTAssertTrue(c.question.en.contains("more than"))
        (n, effects) = Fixtures.press([.char("y")], n)
        n = helper.settle(n, effects)
        XCTAssertLessThan(n.registry[person.code]!.due, .zero, "overpaid")
    }

    func testWaiverNeedsAReasonAndRefundsAreBounded() throws {
        let (s, person) = try unpaidState()
        var (n, effects) = Fixtures.press([.char("m"), .char(" "), .char(" ")], s) // kind: waiver
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        XCTAssertTrue(effects.isEmpty)
        guard case .form(let fs)? = n.overlay else { return XCTFail() }
        XCTAssertEqual(fs.form.fields[4].error?.en, "say why it is waived (e.g. panellist)")
        n = Fixtures.type("panellist", n)
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        n = helper.settle(n, effects)
        XCTAssertEqual(n.registry[person.code]?.waived, person.price)
        XCTAssertTrue(n.registry[person.code]!.isSettled)
        (n, effects) = Fixtures.press([.char("m"), .char(" "), .tab, .ctrl("u")], n) // refund
        n = Fixtures.type("10", n)
        (n, effects) = Fixtures.press([.ctrl("s")], n)
        guard case .form(let refund)? = n.overlay else { return XCTFail("a refund of money never paid was accepted") }
        XCTAssertTrue(refund.form.fields[1].error!.en.hasPrefix("a refund cannot be more than was paid"))
    }

    func testReceiptKeyAsksTheStoreForTheNextReceipt() throws {
        let (s, person) = try unpaidState()
        let (next, effects) = Fixtures.press([.char("R")], s)
        XCTAssertEqual(effects, [.issueReceipt(code: person.code)])
        let done = Update.apply(next, .receiptIssued(number: 7, name: person.fullName, path: "/x/receipt-0007.html")).0
        XCTAssertEqual(done.status?.kind, .success)
        XCTAssertTrue(done.status!.text.en.hasPrefix("Receipt no. 7 for \(person.fullName)"))
    }
}
