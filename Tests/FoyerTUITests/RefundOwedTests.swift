import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// Someone who paid and was then cancelled is owed their money back: the person, the fees pane and the
/// totals say so until a refund is recorded, and a payment recorded on a cancelled person asks first,
/// saying they are cancelled (issue 18).
final class RefundOwedTests: XCTestCase {
    typealias helper = RegistrantsUpdateTests

    /// A paid person, cancelled.
    func cancelledPaid() throws -> (AppState, Registrant) {
        var s = try helper.makeState(count: 30)
        let paid = try XCTUnwrap(s.registry.registrants.first { $0.status == .registered && $0.paid > .zero && $0.refunded.isZero })
        var registry = s.registry
        try registry.apply(.setStatus(code: paid.code, .cancelled))
        s = Update.apply(s, .refreshed(registry: registry, journal: s.journal, codes: [paid.code])).0
        s.registrants.selectedCode = paid.code
        return (s, try XCTUnwrap(s.registry[paid.code]))
    }

    func testACancelledPaidPersonIsOwedARefundUntilItIsRecorded() throws {
        var (s, person) = try cancelledPaid()
        XCTAssertEqual(person.refundOwed, person.paid)
        XCTAssertEqual(person.due, .zero, "a cancelled registration owes nothing")
        let totals = FeeTotals(event: s.event, registrants: s.registry.registrants)
        XCTAssertEqual(totals.refundOwed, s.registry.registrants.reduce(Money.zero) { $0 + $1.refundOwed })
        XCTAssertGreaterThanOrEqual(totals.refundOwed, person.paid)
        XCTAssertEqual(EventStats(event: s.event, registrants: s.registry.registrants).refundOwed, totals.refundOwed)

        let amount = s.event.moneyFormat.string(person.paid)
        let detail = RegistrantDetailText.lines(person, state: s, width: 78).map(\.text)
        XCTAssertTrue(detail.contains { $0.contains("Refund owed: \(amount)") }, detail.joined(separator: "\n"))
        s.language = .sv
        let svenska = RegistrantDetailText.lines(person, state: s, width: 78).map(\.text)
        XCTAssertTrue(svenska.contains { $0.contains("Att återbetala: \(amount)") }, svenska.joined(separator: "\n"))
        s.language = .en
        let fees = FeesPage.lines(s, width: 78).lines.map(\.text).joined(separator: "\n")
        XCTAssertTrue(fees.contains("refund owed \(s.event.moneyFormat.string(totals.refundOwed))"), fees)

        // The refund, recorded: nothing owed any more.
        var registry = s.registry
        try registry.apply(.recordPayment(code: person.code, Payment(id: "r1", kind: .refund, amount: person.paid, method: .card, time: s.now)))
        XCTAssertEqual(registry[person.code]?.refundOwed, .zero)
        s = Update.apply(s, .refreshed(registry: registry, journal: s.journal, codes: [person.code])).0
        let after = RegistrantDetailText.lines(s.registry[person.code]!, state: s, width: 78).map(\.text)
        XCTAssertFalse(after.contains { $0.contains("Refund owed") })
    }

    func testAPaymentOnACancelledPersonAsksAndSaysCancelled() throws {
        let (s, person) = try cancelledPaid()
        var (n, _) = Fixtures.press([.char("m"), .tab, .ctrl("u")], s)
        n = Fixtures.type("500", n)
        let (asked, effects) = Fixtures.press([.ctrl("s")], n)
        XCTAssertTrue(effects.isEmpty, "nothing is recorded before the answer")
        guard case .confirm(let c)? = asked.overlay else { return XCTFail("no question: \(String(describing: asked.overlay))") }
        XCTAssertTrue(c.question.en.contains("\(person.fullName) is cancelled"), c.question.en)
        XCTAssertTrue(c.question.sv.contains("är avbokad"), c.question.sv)
        let (yes, recorded) = Fixtures.press([.char("y")], asked)
        guard case .commit(.recordPayment(let code, let payment), _, _, _)? = recorded.first else { return XCTFail("\(recorded), \(String(describing: yes.overlay))") }
        XCTAssertEqual(code, person.code)
        XCTAssertEqual(payment.amount, .major(500))
    }
}
