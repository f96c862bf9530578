import XCTest
@testable import FoyerCore

/// What attendees and the office read for a Swedish event: the programme's exports in Swedish, and CSV
/// that Swedish Excel opens as it is.
final class SwedishDocumentsTests: XCTestCase {
    func testProgrammeExportsAreInTheEventsLanguageUnlessAskedOtherwise() throws {
        let event = try Fixtures.impasses()
        let markdown = ProgrammeExport.markdown(event)
        XCTAssertTrue(markdown.contains("**torsdag 19 mars 2009**"), markdown)
        XCTAssertTrue(markdown.contains("| Tid | Program |"), markdown)
        let english = ProgrammeExport.markdown(event, language: .en)
        XCTAssertTrue(english.contains("**Thursday 19 March 2009**") && english.contains("| Time | Programme |"), english)
        let html = ProgrammeExport.html(event)
        XCTAssertTrue(html.contains("<html lang=\"sv\">") && html.contains("torsdag 19 mars 2009"), html)
        let ics = ICalendar.render(event, now: Fixtures.instant("2009-03-01T10:00:00+01:00"))
        XCTAssertTrue(ics.contains("CATEGORIES:PAUS") || ics.contains("CATEGORIES:MÅLTID"), ics)
        XCTAssertFalse(ICalendar.render(event, language: .en).contains("CATEGORIES:PAUS"))
        let badges = Badges.html(event, registrants: [Fixtures.person("Åsa", "Öberg", code: "SAF-0001")])
        XCTAssertTrue(badges.contains("<title>Namnbrickor: ") && badges.contains("Ordinarie") && badges.contains("torsdag 19 mars 2009"), badges)
    }

    /// Splits CSV (RFC 4180: quoted cells may hold the separator, quotes and line breaks).
    private func parse(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false } } else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == separator { row.append(cell); cell = "" }
            else if c == "\r\n" || c == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
            else { cell.append(c) }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    func testCSVForSwedishExcel() throws {
        let event = try Fixtures.impasses()
        var r = Fixtures.person("Åsa", "Öberg", organisation: "Södermalm; Vård & Omsorg", code: "SAF-0001", price: Money(minorUnits: 123_450),
                                registeredAt: Fixtures.instant("2009-02-26T14:03:27+01:00"))
        r.notes = "says \"hej\", twice\nsecond line"
        r.checkIn = CheckIn(time: Fixtures.instant("2009-03-19T08:47:00+01:00"), desk: "B")
        let csv = RegistrantCSV.render([r], event: event, dialect: RegistrantCSV.Dialect(event.attendeeLanguage))
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}code;firstName;lastName;"), "a BOM and semicolons")
        let rows = parse(String(csv.dropFirst()), separator: ";")
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0], RegistrantCSV.columns)
        let cell = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        XCTAssertEqual(cell["lastName"], "Öberg")
        XCTAssertEqual(cell["organisation"], "Södermalm; Vård & Omsorg", "quoted, kept whole")
        XCTAssertEqual(cell["price"], "1234,50", "a decimal comma")
        XCTAssertEqual(cell["registeredAt"], "2009-02-26 14:03", "as Swedish Excel reads a date and time")
        XCTAssertEqual(cell["checkedInAt"], "2009-03-19 08:47")
        XCTAssertEqual(cell["notes"], "says \"hej\", twice\nsecond line")
        // The standard dialect is exactly as before.
        let standard = RegistrantCSV.render([r], event: event)
        XCTAssertTrue(standard.hasPrefix("code,firstName,"))
        let plain = parse(standard, separator: ",")
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(plain[0], plain[1]))["price"], "1234.50")
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(plain[0], plain[1]))["registeredAt"], "2009-02-26T14:03:27+01:00")
        XCTAssertEqual(RegistrantCSV.Dialect(.en), .standard)
    }
}
