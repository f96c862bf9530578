import XCTest
@testable import FoyerCore

/// Money in öre, its Swedish formatting and reading what a person types.
final class MoneyTests: XCTestCase {
    let format = MoneyFormat.swedish

    func testMajorUnitsAreHundredsOfMinorUnits() {
        XCTAssertEqual(Money.major(2000).minorUnits, 200_000)
        XCTAssertEqual(Money.major(-5).minorUnits, -500)
        XCTAssertEqual(Money.major(3) + Money(minorUnits: 50), Money(minorUnits: 350))
        XCTAssertEqual(Money.major(3) - Money.major(5), Money.major(-2))
        XCTAssertEqual(-Money.major(7), Money.major(-7))
        XCTAssertTrue(Money.major(1) < Money.major(2))
        XCTAssertTrue(Money.zero.isZero)
        XCTAssertFalse(Money(minorUnits: 1).isZero)
    }

    func testSumOfASequenceIsExact() {
        let amounts = (1...1000).map { Money(minorUnits: $0 * 37 - 11) }
        let expected = (1...1000).reduce(0) { $0 + $1 * 37 - 11 }
        XCTAssertEqual(amounts.sum().minorUnits, expected)
        XCTAssertEqual([Money]().sum(), .zero)
    }

    func testSwedishFormattingOfWholeKronor() {
        XCTAssertEqual(format.string(.major(2000)), "2 000 kr")
        XCTAssertEqual(format.string(.major(500)), "500 kr")
        XCTAssertEqual(format.string(.major(1000)), "1 000 kr")
        XCTAssertEqual(format.string(.zero), "0 kr")
        XCTAssertEqual(format.string(.major(100_000)), "100 000 kr")
        XCTAssertEqual(format.string(.major(1_000_000)), "1 000 000 kr")
        XCTAssertEqual(Money.major(2000).description, "2 000 kr")
    }

    func testSwedishFormattingWithOre() {
        XCTAssertEqual(format.string(Money(minorUnits: 123_456_789)), "1 234 567,89 kr")
        XCTAssertEqual(format.string(Money(minorUnits: 100_050)), "1 000,50 kr")
        XCTAssertEqual(format.string(Money(minorUnits: 5)), "0,05 kr")
        XCTAssertEqual(format.string(.major(500), alwaysShowMinor: true), "500,00 kr")
    }

    func testNegativeAmounts() {
        XCTAssertEqual(format.string(.major(-500)), "-500 kr")
        XCTAssertEqual(format.string(Money(minorUnits: -123_456_789)), "-1 234 567,89 kr")
        XCTAssertEqual(format.string(Money(minorUnits: -5)), "-0,05 kr")
    }

    func testOtherCurrenciesUseTheirCode() {
        XCTAssertEqual(MoneyFormat(currencyCode: "EUR").string(Money(minorUnits: 1_250_050)), "12 500,50 EUR")
        XCTAssertEqual(MoneyFormat(currencyCode: "nok").string(.major(10)), "10 kr")
    }

    func testParseWhatPeopleType() {
        XCTAssertEqual(format.parse("2000"), .major(2000))
        XCTAssertEqual(format.parse("2 000 kr"), .major(2000))
        XCTAssertEqual(format.parse("2 000"), .major(2000))
        XCTAssertEqual(format.parse("2000kr"), .major(2000))
        XCTAssertEqual(format.parse("2000 SEK"), .major(2000))
        XCTAssertEqual(format.parse("1 000,50"), Money(minorUnits: 100_050))
        XCTAssertEqual(format.parse("1000.5"), Money(minorUnits: 100_050))
        XCTAssertEqual(format.parse("1000,05"), Money(minorUnits: 100_005))
        XCTAssertEqual(format.parse("  500 kr  "), .major(500))
        XCTAssertEqual(format.parse("-500 kr"), .major(-500))
        XCTAssertEqual(format.parse("−500"), .major(-500))
        XCTAssertEqual(format.parse("0"), .zero)
        XCTAssertEqual(format.parse("2\u{00A0}000 kr"), .major(2000))
    }

    func testParseRejectsGarbage() {
        for text in ["", "   ", "kr", "abc", "twenty", "12a", "1,2,3", "1.2.3", "1,234", "1 000,505",
                     "--5", "1,-5", "1,+5", "1,5x", "12 kr 50", "99999999999999999999", "-"] {
            XCTAssertNil(format.parse(text), "\"\(text)\" should not be read as money")
        }
    }

    func testFormatThenParseGivesTheSameAmount() {
        var amounts: [Int] = [0, 1, 5, 10, 99, 100, 101, 999, 1_000, 100_050, 123_456_789, 99_999_999_999]
        amounts += amounts.map { -$0 }
        var random = SeededRandom(seed: 42)
        for _ in 0..<2000 { amounts.append(random.int(in: -100_000_000...100_000_000)) }
        for units in amounts {
            let money = Money(minorUnits: units)
            XCTAssertEqual(format.parse(format.string(money)), money, "\(units) öre")
            XCTAssertEqual(format.parse(format.string(money, alwaysShowMinor: true)), money, "\(units) öre")
        }
    }

    func testMoneyIsStoredAsAPlainIntegerOfOre() throws {
        let data = try JSONEncoder().encode([Money.major(2000)])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[200000]")
        XCTAssertEqual(try JSONDecoder().decode([Money].self, from: Data("[50000]".utf8)), [.major(500)])
        XCTAssertThrowsError(try JSONDecoder().decode([Money].self, from: Data("[\"500 kr\"]".utf8)))
    }
}
