import XCTest
@testable import FoyerCore

/// Issue 5's money rules: every total is the sum of its rows, and net + VAT is the gross, exactly.
final class FeeTotalsTests: XCTestCase {
    func testTheFourSampleCategories() throws {
        let event = try Fixtures.impasses()
        let time = Fixtures.instant("2009-02-01T12:00:00+01:00")
        let people = event.feeCategories.enumerated().map { n, c in
            Fixtures.person("P\(n)", "Q", code: "SAF-000\(n + 1)", category: c.id, price: c.price, registeredAt: time)
        }
        let t = FeeTotals(event: event, registrants: people)
        XCTAssertEqual(t.lines.map(\.gross), [.major(2000), .major(500), .major(1000), .major(1000)])
        XCTAssertEqual(t.lines.map(\.net), [.major(1600), .major(400), .major(800), .major(800)])
        XCTAssertEqual(t.lines.map(\.vat), [.major(400), .major(100), .major(200), .major(200)])
        XCTAssertEqual(t.gross, .major(4500))
        XCTAssertEqual(t.vat, .major(900))
        XCTAssertEqual(t.outstanding, .major(4500))
    }

    func testPartialPaymentRefundWaiverAndCancellation() throws {
        let event = try Fixtures.impasses()
        let time = Fixtures.instant("2009-02-01T12:00:00+01:00")
        var partial = Fixtures.person("A", "A", code: "SAF-0001", registeredAt: time)
        partial.payments = [Payment(id: "1", amount: .major(500), method: .swish, time: time)]
        var waived = Fixtures.person("B", "B", code: "SAF-0002", registeredAt: time)
        waived.payments = [Payment(id: "2", kind: .waiver, amount: .major(2000), method: .other, time: time, reference: "panel")]
        var cancelled = Fixtures.person("C", "C", code: "SAF-0003", registeredAt: time)
        cancelled.status = .cancelled
        cancelled.payments = [Payment(id: "3", amount: .major(2000), method: .card, time: time),
                              Payment(id: "4", kind: .refund, amount: .major(1500), method: .card, time: time)]
        XCTAssertEqual(partial.due, .major(1500))
        XCTAssertEqual(waived.due, .zero)
        let t = FeeTotals(event: event, registrants: [partial, waived, cancelled])
        XCTAssertEqual(t.gross, .major(2000 + 0 + 500), "cancelled counts only for what was kept")
        XCTAssertEqual(t.paid, .major(2500))
        XCTAssertEqual(t.refunded, .major(1500))
        XCTAssertEqual(t.waived, .major(2000))
        XCTAssertEqual(t.outstanding, .major(1500))
        XCTAssertEqual(t.byMethod.first { $0.method == .swish }?.amount, .major(500))
        XCTAssertEqual(t.byMethod.first { $0.method == .card }?.amount, .major(500))
        XCTAssertEqual(t.lines[0].settled, 1)
    }

    /// Property: for any generated registrants and payments, totals are the sums of rows and of people.
    func testTotalsAreSumsForGeneratedSets() throws {
        let event = try Fixtures.impasses()
        for seed in UInt64(1)...40 {
            var random = SeededRandom(seed: seed)
            var people = RegistrantGenerator(event: event, seed: seed).make(count: random.int(in: 1...150))
            for i in people.indices {
                for n in 0..<random.int(in: 0...3) {
                    let kind = random.pick(PaymentKind.allCases)
                    people[i].payments.append(Payment(id: "\(i)-\(n)", kind: kind, amount: Money(minorUnits: random.int(in: 1...250_000)),
                                                      method: random.pick(PaymentMethod.allCases), time: people[i].registeredAt))
                }
                if random.chance(5) { people[i].price = Money(minorUnits: random.int(in: 0...300_000)) }
            }
            let t = FeeTotals(event: event, registrants: people)
            XCTAssertEqual(t.gross, t.lines.map(\.gross).sum(), "seed \(seed)")
            XCTAssertEqual(t.net, t.lines.map(\.net).sum())
            XCTAssertEqual(t.vat, t.lines.map(\.vat).sum())
            XCTAssertEqual(t.net + t.vat, t.gross)
            for line in t.lines { XCTAssertEqual(line.net + line.vat, line.gross) }
            XCTAssertEqual(t.gross, people.map(FeeTotals.expected).sum())
            XCTAssertEqual(t.paid, people.map(\.paid).sum())
            XCTAssertEqual(t.refunded, people.map(\.refunded).sum())
            XCTAssertEqual(t.waived, people.map(\.waived).sum())
            XCTAssertEqual(t.outstanding, people.filter { $0.status == .registered && $0.due > .zero }.map(\.due).sum())
            XCTAssertEqual(t.byMethod.map(\.amount).sum(), t.paid - t.refunded)
            XCTAssertEqual(t.lines.map(\.received).sum(), t.paid - t.refunded)
            XCTAssertEqual(t.lines.map(\.registered).reduce(0, +), people.filter { $0.status == .registered }.count)
        }
    }
}
