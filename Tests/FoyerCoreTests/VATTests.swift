import XCTest
@testable import FoyerCore

/// VAT is derived from gross prices: net rounded half away from zero, VAT = gross − net.
final class VATTests: XCTestCase {
    func testTheFourSamplePricesSplitExactly() {
        let cases: [(gross: Int, net: Int, vat: Int)] = [(2000, 1600, 400), (500, 400, 100), (1000, 800, 200), (1000, 800, 200)]
        for c in cases {
            let split = VATSplit(gross: .major(c.gross), rate: VATRate(basisPoints: 2500))
            XCTAssertEqual(split.gross, .major(c.gross))
            XCTAssertEqual(split.net, .major(c.net), "net of \(c.gross) kr")
            XCTAssertEqual(split.vat, .major(c.vat), "VAT of \(c.gross) kr")
            XCTAssertEqual(split.rate, .swedishStandard)
        }
    }

    func testTheSampleEventsFeeCategoriesSplitExactly() throws {
        let event = try Fixtures.impasses()
        let splits = Dictionary(uniqueKeysWithValues: event.feeCategories.map { ($0.id, $0.vatSplit) })
        XCTAssertEqual(splits["standard"]?.net, .major(1600)); XCTAssertEqual(splits["standard"]?.vat, .major(400))
        XCTAssertEqual(splits["student"]?.net, .major(400)); XCTAssertEqual(splits["student"]?.vat, .major(100))
        XCTAssertEqual(splits["psychotherapy-student"]?.net, .major(800)); XCTAssertEqual(splits["psychotherapy-student"]?.vat, .major(200))
        XCTAssertEqual(splits["pensioner"]?.net, .major(800)); XCTAssertEqual(splits["pensioner"]?.vat, .major(200))
    }

    func testNetPlusVATIsAlwaysTheGrossAndNetIsTheNearestOre() {
        let rates = [0, 1, 600, 1200, 1250, 2500, 3333, 9999, 10_000]
        var amounts = Array(-3000...3000)
        var random = SeededRandom(seed: 7)
        for _ in 0..<3000 { amounts.append(random.int(in: -50_000_000...50_000_000)) }
        amounts += [Int(Int32.max), -Int(Int32.max), 99_999_999_999]
        for bp in rates {
            let rate = VATRate(basisPoints: bp)
            let denominator = 10_000 + bp
            for gross in amounts {
                let split = VATSplit(gross: Money(minorUnits: gross), rate: rate)
                XCTAssertEqual(split.net + split.vat, split.gross, "\(gross) öre at \(bp) bp")
                // |net × (10000 + rate) − gross × 10000| ≤ half the denominator: net is the nearest öre.
                let error = abs(split.net.minorUnits * denominator - gross * 10_000)
                XCTAssertLessThanOrEqual(2 * error, denominator, "\(gross) öre at \(bp) bp: net \(split.net.minorUnits)")
                // VAT has the sign of the price (or is zero) and never exceeds it.
                XCTAssertLessThanOrEqual(abs(split.vat.minorUnits), abs(gross))
                if gross > 0 { XCTAssertGreaterThanOrEqual(split.vat.minorUnits, 0) }
                if gross < 0 { XCTAssertLessThanOrEqual(split.vat.minorUnits, 0) }
            }
        }
    }

    func testZeroRateHasNoVAT() {
        for gross in [-1234, 0, 1, 99_999] {
            let split = VATSplit(gross: Money(minorUnits: gross), rate: VATRate(basisPoints: 0))
            XCTAssertEqual(split.net.minorUnits, gross)
            XCTAssertEqual(split.vat, .zero)
        }
    }

    func testHalvesRoundAwayFromZero() {
        // At 100 % VAT the net is half the gross: odd amounts land exactly on half an öre.
        let hundred = VATRate(basisPoints: 10_000)
        let expectations: [(gross: Int, net: Int)] = [(1, 1), (3, 2), (5, 3), (-1, -1), (-3, -2), (-5, -3), (4, 2), (-4, -2)]
        for e in expectations {
            let split = VATSplit(gross: Money(minorUnits: e.gross), rate: hundred)
            XCTAssertEqual(split.net.minorUnits, e.net, "net of \(e.gross) öre at 100 %")
            XCTAssertEqual(split.vat.minorUnits, e.gross - e.net)
        }
        // 6 % of 53 öre: net = 530000 / 10600 = 50.0 exactly; 6 % of 106 öre: 100 exactly.
        XCTAssertEqual(VATSplit(gross: Money(minorUnits: 53), rate: VATRate(basisPoints: 600)).net.minorUnits, 50)
        // 25 %: 0.8 × 7 = 5.6 → 6; 0.8 × 3 = 2.4 → 2; and mirrored below zero.
        XCTAssertEqual(VATSplit(gross: Money(minorUnits: 7), rate: .swedishStandard).net.minorUnits, 6)
        XCTAssertEqual(VATSplit(gross: Money(minorUnits: 3), rate: .swedishStandard).net.minorUnits, 2)
        XCTAssertEqual(VATSplit(gross: Money(minorUnits: -7), rate: .swedishStandard).net.minorUnits, -6)
        XCTAssertEqual(VATSplit(gross: Money(minorUnits: -3), rate: .swedishStandard).net.minorUnits, -2)
    }

    func testDivisionRoundsHalfAwayFromZero() {
        let cases: [(n: Int, d: Int, q: Int)] = [(5, 2, 3), (-5, 2, -3), (7, 4, 2), (-7, 4, -2), (6, 4, 2), (-6, 4, -2),
                                                 (5, 4, 1), (-5, 4, -1), (0, 3, 0), (1, 3, 0), (2, 3, 1), (-2, 3, -1), (9, 3, 3)]
        for c in cases {
            XCTAssertEqual(VATSplit.divideRoundingHalfAwayFromZero(c.n, c.d), c.q, "\(c.n) / \(c.d)")
        }
    }

    func testTotalsAddUp() {
        var random = SeededRandom(seed: 2009)
        let prices = (0..<500).map { _ in Money(minorUnits: random.int(in: 0...500_000)) }
        for bp in [600, 1200, 2500] {
            let splits = prices.map { VATSplit(gross: $0, rate: VATRate(basisPoints: bp)) }
            XCTAssertEqual(splits.map(\.gross).sum(), prices.sum())
            XCTAssertEqual(splits.map(\.net).sum() + splits.map(\.vat).sum(), prices.sum())
        }
        // The sample prices: 2 000 + 500 + 1 000 + 1 000 = 4 500 kr, of which 900 kr VAT.
        let sample = [2000, 500, 1000, 1000].map { VATSplit(gross: .major($0), rate: .swedishStandard) }
        XCTAssertEqual(sample.map(\.gross).sum(), .major(4500))
        XCTAssertEqual(sample.map(\.net).sum(), .major(3600))
        XCTAssertEqual(sample.map(\.vat).sum(), .major(900))
    }

    func testPercentText() {
        XCTAssertEqual(VATRate(basisPoints: 2500).percentText, "25 %")
        XCTAssertEqual(VATRate(basisPoints: 600).percentText, "6 %")
        XCTAssertEqual(VATRate(basisPoints: 1250).percentText, "12.5 %")
        XCTAssertEqual(VATRate(basisPoints: 1205).percentText, "12.05 %")
        XCTAssertEqual(VATRate(basisPoints: 0).percentText, "0 %")
    }
}
