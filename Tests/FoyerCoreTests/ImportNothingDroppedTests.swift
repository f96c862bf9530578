import XCTest
@testable import FoyerCore

/// Coming from pretix or Indico, nobody who paid is left out: a category named in the flyer's words is
/// recognised, a row whose category cannot be told is kept with it to choose, the file's payments and
/// check-ins are kept, and only a row without a name is refused.
final class ImportNothingDroppedTests: XCTestCase {
    let now = Fixtures.instant("2009-02-20T10:00:00+01:00")

    func plan(_ csv: String, registry: Registry = Registry()) throws -> RegistrationImport {
        try RegistrationImport.plan(csv, event: try Fixtures.impasses(), registry: registry, now: now)
    }

    func testACategoryIsNamedByItsEligibilityInEitherLanguage() throws {
        let csv = "Order code;Attendee name;E-mail;Product;Price\n"
            // The psychotherapy student and pensioner categories share 1 000 kr: the words decide.
            + "A1;Åsa Öberg;asa@example.se;Student på legitimationsgrundande psykoterapeututbildning;1000.00\n"
            + "A2;Lars Ek;lars@example.se;FULL-TIME university or college  student;\n"
            + "A3;Eva Holm;eva@example.se;Student på legitimationsgrundande psykoterapeututbildning – Lunch;1000.00\n"
            + "A4;Per Dahl;per@example.se;Early bird;500\n"
        let p = try plan(csv)
        XCTAssertEqual(p.rows.map(\.registrant.feeCategoryID), ["psychotherapy-student", "student", "psychotherapy-student", "student"])
        XCTAssertEqual(p.rows[1].registrant.price, .major(500), "no price given: the category's")
        XCTAssertEqual(p.rows.map(\.action), Array(repeating: .add, count: 4))
        XCTAssertEqual(p.categoriesToChoose, 0, "a name no category has, at a price only one has, is that one")
    }

    func testASharedPriceIsImportedWithTheCategoryToChooseAndChosenLater() throws {
        let indico = "ID,First Name,Last Name,Email,Registration date,Registration state,Price\n"
            + "7,Märta,Åberg,marta@example.se,2009-02-10 08:00:00+00:00,Completed,1000\n"
            + "8,Björn,Lind,bjorn@example.se,2009-02-11 08:00:00+00:00,Pending,\n"
        let p = try plan(indico)
        XCTAssertEqual(p.rows.map(\.action), [.add, .add], "nobody is rejected for the category")
        XCTAssertEqual(p.categoriesToChoose, 2)
        XCTAssertTrue(p.rows[0].registrant.needsCategory)
        XCTAssertEqual(p.rows[0].registrant.price, .major(1000), "the price as given")
        XCTAssertEqual(p.rows[0].toChoose?.candidates, ["psychotherapy-student", "pensioner"])
        XCTAssertEqual(p.rows[1].registrant.price, .zero, "no price, no category: nothing to charge until one is chosen")
        let lines = p.reportLines(event: try Fixtures.impasses())
        XCTAssertEqual(lines[0], "line 2: add     Märta Åberg <marta@example.se>, category to choose (1 000 kr: Psychotherapy student or Pensioner), paid 1 000 kr")
        XCTAssertEqual(lines[1], "line 3: add     Björn Lind <bjorn@example.se>, category to choose (no category or price given)")
        XCTAssertEqual(Array(lines[2...]), ["columns kept in notes: ID", "2 to add, 0 to update, 0 rejected, 2 with the category to choose (delimiter \",\")",
                                           "A category to choose is added at the price given: choose it in the registrants pane (f to “category to choose”, e), or map the name with --category NAME=ID."])

        let fixture = try StoreFixture()
        let store = try fixture.open()
        let result = try RegistrationImport.plan(indico, event: store.event, registry: store.registry, now: now).apply(to: store)
        XCTAssertEqual(result.added, ["SAF-0001", "SAF-0002"])
        let marta = try XCTUnwrap(try fixture.open().registry["SAF-0001"])
        XCTAssertTrue(marta.needsCategory, "stored with the mark, and read back with it")
        XCTAssertEqual(marta.paid, .major(1000), "Indico's Completed is a payment at the row's price")
        XCTAssertEqual(EventCheck.run(store).errors, [], "a category to choose is a warning for foyer validate")
        XCTAssertEqual(EventCheck.run(store).warnings.filter { $0.contains("category to choose") }.count, 2)
        var edit = RegistrantEdit()
        edit.feeCategoryID = "pensioner"
        try store.commit(.edit(code: "SAF-0001", edit))
        let chosen = try XCTUnwrap(try fixture.open().registry["SAF-0001"])
        XCTAssertFalse(chosen.needsCategory, "choosing the category clears the mark")
        XCTAssertEqual(chosen.feeCategoryID, "pensioner")
        XCTAssertEqual(chosen.due, .zero)
    }

    func testPaymentsAndCheckInsInTheFileAreKept() throws {
        let stockholm = Fixtures.stockholm
        // pretix's check-in list with pending orders included: Paid is Yes/No, Checked in a local time.
        let pretix = "Order code,Attendee name,Product,Price,Checked in,Checked out,Automatically checked in,Paid,E-mail\n"
            + "AB1,Åsa Öberg,Ordinarie,2000.00,2009-03-19 08:47,,No,Yes,asa@example.se\n"
            + "AB2,Lars Ek,Ordinarie,2000.00,,,No,No,lars@example.se\n"
            + "AB3,Eva Holm,Pensionär,1000.00,19.03.2009 09:05,,No,Ja,eva@example.se\n"
        let p = try plan(pretix)
        XCTAssertEqual(p.rows.map(\.paid), [.major(2000), nil, .major(1000)])
        XCTAssertEqual(p.rows[0].checkedInAt, LocalDateTime(date: LocalDate(year: 2009, month: 3, day: 19), hour: 8, minute: 47).instant(in: stockholm))
        XCTAssertNil(p.rows[1].checkedInAt)
        XCTAssertEqual(p.rows[2].checkedInAt, Fixtures.instant("2009-03-19T09:05:00+01:00"), "pretix in German writes the day first")
        XCTAssertTrue(p.reportLines(event: try Fixtures.impasses())[0].hasSuffix(", paid 2 000 kr, checked in 2009-03-19 08:47"))

        // Indico: the state tells payment; Checked in says yes, Check-in date says when (in UTC).
        let indico = "ID,Name,Email,Registration state,Price,Checked in,Check-in date\n"
            + "1,Märta Åberg,marta@example.se,Completed,\"SEK 2,000.00\",Yes,2009-03-19 07:50:00+00:00\n"
            + "2,Björn Lind,bjorn@example.se,Awaiting payment,\"SEK 2,000.00\",No,\n"
            + "3,Per Dahl,per@example.se,Withdrawn,\"SEK 2,000.00\",No,\n"
        // Prices as Indico renders them in English and Swedish, grouped by thousands.
        XCTAssertEqual(["2000", "2 000 kr", "2000.00", "SEK 500,00", "SEK 1,000.00", "1.000,00 kr", "1\u{00A0}000,00\u{00A0}kr", "€1,500", "12,5"]
                        .map(RegistrationImport.parseAmount),
                       [.major(2000), .major(2000), .major(2000), .major(500), .major(1000), .major(1000), .major(1000), .major(1500), Money(minorUnits: 1250)])
        let i = try plan(indico)
        XCTAssertEqual(i.rows.map(\.registrant.feeCategoryID), ["standard", "standard", "standard"], "SEK 2,000.00 is 2 000 kr")
        XCTAssertEqual(i.rows.map(\.paid), [.major(2000), nil, nil])
        XCTAssertEqual(i.rows[0].checkedInAt, Fixtures.instant("2009-03-19T08:50:00+01:00"))
        XCTAssertEqual(i.rows.map(\.registrant.status), [.registered, .registered, .cancelled])

        let fixture = try StoreFixture()
        let store = try fixture.open()
        try RegistrationImport.plan(pretix, event: store.event, registry: store.registry, now: now).apply(to: store)
        try RegistrationImport.plan(indico, event: store.event, registry: store.registry, now: now).apply(to: store)
        let back = try fixture.open().registry
        let byName = Dictionary(uniqueKeysWithValues: back.registrants.map { ($0.fullName, $0) })
        XCTAssertEqual(byName["Åsa Öberg"]?.paid, .major(2000))
        XCTAssertEqual(byName["Åsa Öberg"]?.checkIn?.time, Fixtures.instant("2009-03-19T08:47:00+01:00"), "checked in at the file's time")
        XCTAssertEqual(byName["Lars Ek"]?.paid, .zero)
        XCTAssertEqual(byName["Eva Holm"]?.paid, .major(1000))
        XCTAssertEqual(byName["Märta Åberg"]?.paid, .major(2000))
        XCTAssertEqual(byName["Märta Åberg"]?.checkIn?.time, Fixtures.instant("2009-03-19T08:50:00+01:00"))
        XCTAssertNil(byName["Björn Lind"]?.checkIn)
        XCTAssertEqual(byName["Per Dahl"]?.status, .cancelled)
    }

    func testOnlyARowWithoutANameIsRefused() throws {
        let csv = "Name,Email,Product,Price\n"
            + "Åsa Öberg,asa@example.se,Something new,\n"
            + ",nobody@example.se,Ordinarie,2000\n"
            + "Lars Ek,lars@example.se,,1000\n"
        let p = try plan(csv)
        XCTAssertEqual(p.adds, 2)
        XCTAssertEqual(p.rejects, 1)
        XCTAssertEqual(p.rows[1].line, 3)
        guard case .reject(let why) = p.rows[1].action else { return XCTFail("\(p.rows[1].action)") }
        XCTAssertEqual(why.en, "no name: a row needs the person's name (First name and Last name, or Name)")
        let lines = p.reportLines(event: try Fixtures.impasses())
        XCTAssertTrue(lines.contains { $0.hasPrefix("line 3: reject  (no name: a row needs the person's name") && $0.contains("<nobody@example.se>") }, "\(lines)")
        XCTAssertTrue(lines.contains("line 2: add     Åsa Öberg <asa@example.se>, category to choose (“Something new”: no category has this name)"), "\(lines)")
        XCTAssertTrue(lines.contains("line 4: add     Lars Ek <lars@example.se>, category to choose (1 000 kr: Psychotherapy student or Pensioner)"), "\(lines)")
    }
}
