import XCTest
@testable import FoyerCore

/// Instants with offsets, local dates and wall-clock times in the event's zone.
final class TimestampTests: XCTestCase {
    let stockholm = Fixtures.stockholm

    func testWinterTimeInStockholmIsPlusOne() {
        // 2009-03-19 07:47:00 UTC is 08:47 in Stockholm (CET).
        let instant = Date(timeIntervalSince1970: 1_237_448_820)
        XCTAssertEqual(Timestamp.format(instant, in: stockholm), "2009-03-19T08:47:00+01:00")
        XCTAssertEqual(Timestamp.parse("2009-03-19T08:47:00+01:00"), instant)
        XCTAssertEqual(Timestamp.parse("2009-03-19T07:47:00Z"), instant)
        XCTAssertEqual(Timestamp.parse("2009-03-19T08:47+01:00"), instant)
        XCTAssertEqual(Timestamp.parse("2009-03-19T08:47:00+0100"), instant)
        XCTAssertEqual(Timestamp.parse("2009-03-19 08:47:00+01:00"), instant)
        XCTAssertEqual(Timestamp.parse("2009-03-19T02:47:00-05:00"), instant)
    }

    func testSummerTimeInStockholmIsPlusTwo() {
        // 2009-07-01 10:00:00 UTC is 12:00 in Stockholm (CEST).
        let instant = Date(timeIntervalSince1970: 1_246_442_400)
        XCTAssertEqual(Timestamp.format(instant, in: stockholm), "2009-07-01T12:00:00+02:00")
        XCTAssertEqual(Timestamp.parse("2009-07-01T12:00:00+02:00"), instant)
    }

    func testTheOffsetChangesAtTheDaylightSavingSwitch() {
        // Summer time began on 29 March 2009 at 01:00 UTC.
        let before = Date(timeIntervalSince1970: 1_238_288_399) // 00:59:59 UTC
        let after = Date(timeIntervalSince1970: 1_238_288_400)  // 01:00:00 UTC
        XCTAssertEqual(Timestamp.format(before, in: stockholm), "2009-03-29T01:59:59+01:00")
        XCTAssertEqual(Timestamp.format(after, in: stockholm), "2009-03-29T03:00:00+02:00")
    }

    func testUTCIsWrittenWithZ() {
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 0), in: TimeZone(identifier: "UTC")!), "1970-01-01T00:00:00Z")
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: -1), in: TimeZone(identifier: "UTC")!), "1969-12-31T23:59:59Z")
    }

    func testFormatThenParseRoundTripsInManyZones() {
        let zones = ["Europe/Stockholm", "UTC", "America/New_York", "Asia/Kolkata", "Australia/Adelaide", "Pacific/Chatham"]
            .map { TimeZone(identifier: $0)! }
        var random = SeededRandom(seed: 99)
        for _ in 0..<2000 {
            // Whole seconds between 1990 and 2040: the format keeps seconds.
            let instant = Date(timeIntervalSince1970: TimeInterval(random.int(in: 631_152_000...2_208_988_800)))
            for zone in zones {
                let text = Timestamp.format(instant, in: zone)
                XCTAssertEqual(Timestamp.parse(text), instant, text)
            }
        }
    }

    func testFractionalSecondsAreRead() {
        let parsed = Timestamp.parse("2009-03-19T08:47:12.250+01:00")
        XCTAssertEqual(parsed?.timeIntervalSince1970 ?? 0, 1_237_448_832.25, accuracy: 0.0001)
    }

    func testParseRejectsMalformedTimestamps() {
        for text in ["", "2009-03-19", "2009-03-19T08:47", "2009-03-19T08:47:00", "2009-02-30T08:47:00+01:00",
                     "2009-13-01T08:47:00+01:00", "2009-03-19T24:00:00+01:00", "2009-03-19T08:60:00+01:00",
                     "2009-03-19T08:47:00+01:00x", "2009/03/19T08:47:00+01:00", "not a time at all", "2009-03-19T08:47:00.+01:00"] {
            XCTAssertNil(Timestamp.parse(text), text)
        }
    }

    func testLocalDateParsing() {
        XCTAssertEqual(LocalDate("2009-03-19"), LocalDate(year: 2009, month: 3, day: 19))
        XCTAssertEqual(LocalDate("2008-02-29"), LocalDate(year: 2008, month: 2, day: 29))
        XCTAssertEqual(LocalDate("2000-02-29"), LocalDate(year: 2000, month: 2, day: 29))
        for text in ["2009-02-30", "2009-02-29", "1900-02-29", "2009-04-31", "2009-13-01", "2009-00-10", "2009-01-00",
                     "2009-3-19", "09-03-19", "2009-03-19T00:00", "", "yyyy-mm-dd"] {
            XCTAssertNil(LocalDate(text), text)
        }
    }

    func testLocalDateDecodingRejectsImpossibleDates() {
        XCTAssertThrowsError(try JSONDecoder().decode([LocalDate].self, from: Data("[\"2009-02-30\"]".utf8)))
        XCTAssertEqual(try JSONDecoder().decode([LocalDate].self, from: Data("[\"2009-02-26\"]".utf8)),
                       [LocalDate(year: 2009, month: 2, day: 26)])
    }

    func testLocalDateArithmeticAndWeekdays() {
        let day = LocalDate(year: 2009, month: 3, day: 19)
        XCTAssertEqual(day.isoWeekday, 4) // a Thursday
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1).daysSinceEpoch, 0)
        XCTAssertEqual(LocalDate(year: 2009, month: 2, day: 28).adding(days: 1), LocalDate(year: 2009, month: 3, day: 1))
        XCTAssertEqual(LocalDate(year: 2008, month: 12, day: 31).adding(days: 1), LocalDate(year: 2009, month: 1, day: 1))
        XCTAssertEqual(DateText.long(day).en, "Thursday 19 March 2009")
        XCTAssertEqual(DateText.long(day).sv, "torsdag 19 mars 2009")
        XCTAssertEqual(DateText.short(LocalDate(year: 2009, month: 2, day: 26)).sv, "26 feb. 2009")
        // Years 1 to 9999, the ones written with four digits.
        for days in stride(from: -719_162, through: 2_932_896, by: 997) {
            let date = LocalDate(daysSinceEpoch: days)
            XCTAssertEqual(date.daysSinceEpoch, days)
            XCTAssertEqual(LocalDate(date.description), date)
            XCTAssertEqual(date.adding(days: 1).daysSinceEpoch, days + 1)
        }
    }

    func testLocalDateTimeNamesTheRightInstant() {
        let wall = LocalDateTime("2009-03-19T08:47")
        XCTAssertEqual(wall?.instant(in: stockholm), Timestamp.parse("2009-03-19T08:47:00+01:00"))
        XCTAssertEqual(LocalDateTime("2009-07-01 12:00")?.instant(in: stockholm), Timestamp.parse("2009-07-01T12:00:00+02:00"))
        XCTAssertEqual(LocalDateTime(Timestamp.parse("2009-07-01T10:00:00Z")!, in: stockholm).description, "2009-07-01T12:00")
        XCTAssertNil(LocalDateTime("2009-03-19T25:00"))
        XCTAssertNil(LocalDateTime("2009-02-30T10:00"))
        XCTAssertEqual(LocalDateTime("2009-03-19T23:30")?.adding(minutes: 45).description, "2009-03-20T00:15")
    }

    func testClockParsesWallClockTimeInTheEventsZone() {
        XCTAssertEqual(Clock.parse("2009-03-19 08:47", zone: stockholm), Timestamp.parse("2009-03-19T08:47:00+01:00"))
        XCTAssertEqual(Clock.parse("2009-03-19T08:47", zone: stockholm), Timestamp.parse("2009-03-19T08:47:00+01:00"))
        XCTAssertEqual(Clock.parse("2009-03-19T07:47:00Z", zone: stockholm), Timestamp.parse("2009-03-19T08:47:00+01:00"))
        XCTAssertNil(Clock.parse("tomorrow", zone: stockholm))
        let fixed = Fixtures.clock("2009-03-19 08:47")
        XCTAssertTrue(fixed.isFixed)
        XCTAssertEqual(fixed.now(), Timestamp.parse("2009-03-19T08:47:00+01:00"))
    }

    func testTheSystemClockSurvivesTheFileFormat() {
        // What the clock says is what a reloaded file says: instants are stored to the second.
        let now = Clock.system.now()
        XCTAssertEqual(Timestamp.parse(Timestamp.format(now, in: stockholm)), now)
        XCTAssertLessThan(abs(now.timeIntervalSinceNow), 5)
    }

    func testEncoderWritesInstantsInTheEventsZone() throws {
        let payment = Payment(id: "P1", amount: .major(500), method: .swish, time: Fixtures.instant("2009-03-19T07:47:00Z"))
        let text = String(decoding: try JSONEncoder.foyer(zone: stockholm, pretty: false).encode(payment), as: UTF8.self)
        XCTAssertTrue(text.contains("\"time\":\"2009-03-19T08:47:00+01:00\""), text)
        let back = try JSONDecoder.foyer().decode(Payment.self, from: Data(text.utf8))
        XCTAssertEqual(back, payment)
        XCTAssertThrowsError(try JSONDecoder.foyer().decode(Payment.self,
            from: Data(#"{"id":"P1","amount":1,"method":"cash","time":"2009-03-19 08:47"}"#.utf8)))
    }
}
