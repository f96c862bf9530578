import XCTest
@testable import FoyerCore

/// Coming from pretix or Indico, nobody who paid is left out: a category named in the flyer's words is
/// recognised, a row whose category cannot be told is kept with it to choose, and only a row without a
/// name is refused.
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
        XCTAssertEqual(lines[0], "line 2: add     Märta Åberg <marta@example.se>, category to choose (1 000 kr: Psychotherapy student or Pensioner)")
        XCTAssertEqual(lines[1], "line 3: add     Björn Lind <bjorn@example.se>, category to choose (no category or price given)")
        XCTAssertEqual(Array(lines[2...]), ["columns kept in notes: ID, Registration state", "2 to add, 0 to update, 0 rejected, 2 with the category to choose (delimiter \",\")",
                                           "A category to choose is added at the price given: choose it in the registrants pane (f to “category to choose”, e), or map the name with --category NAME=ID."])

        let fixture = try StoreFixture()
        let store = try fixture.open()
        let result = try RegistrationImport.plan(indico, event: store.event, registry: store.registry, now: now).apply(to: store)
        XCTAssertEqual(result.added, ["SAF-0001", "SAF-0002"])
        let marta = try XCTUnwrap(try fixture.open().registry["SAF-0001"])
        XCTAssertTrue(marta.needsCategory, "stored with the mark, and read back with it")
        XCTAssertEqual(EventCheck.run(store).errors, [], "a category to choose is a warning for foyer validate")
        XCTAssertEqual(EventCheck.run(store).warnings.filter { $0.contains("category to choose") }.count, 2)
        var edit = RegistrantEdit()
        edit.feeCategoryID = "pensioner"
        try store.commit(.edit(code: "SAF-0001", edit))
        let chosen = try XCTUnwrap(try fixture.open().registry["SAF-0001"])
        XCTAssertFalse(chosen.needsCategory, "choosing the category clears the mark")
        XCTAssertEqual(chosen.feeCategoryID, "pensioner")
        XCTAssertEqual(chosen.price, .major(1000), "at the price as imported")
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
        XCTAssertEqual(why, "no name: a row needs the person's name (First name and Last name, or Name)")
        let lines = p.reportLines(event: try Fixtures.impasses())
        XCTAssertTrue(lines.contains { $0.hasPrefix("line 3: reject  (no name: a row needs the person's name") && $0.contains("<nobody@example.se>") }, "\(lines)")
        XCTAssertTrue(lines.contains("line 2: add     Åsa Öberg <asa@example.se>, category to choose (“Something new”: no category has this name)"), "\(lines)")
        XCTAssertTrue(lines.contains("line 4: add     Lars Ek <lars@example.se>, category to choose (1 000 kr: Psychotherapy student or Pensioner)"), "\(lines)")
    }
}
