import XCTest
@testable import FoyerCore

/// CSV registrations from Foyer's own export, pretix and Indico, tricky rows included; the dry run
/// writes nothing; export → import gives the same people.
final class RegistrationImportTests: XCTestCase {
    let now = Fixtures.instant("2009-02-20T10:00:00+01:00")

    func plan(_ csv: String, registry: Registry = Registry(), map: [String: String] = [:]) throws -> RegistrationImport {
        try RegistrationImport.plan(csv, event: try Fixtures.impasses(), registry: registry, now: now, categoryMap: map)
    }

    func testPretixCheckInListWithTrickyRows() throws {
        let csv = "\u{FEFF}Order code;Attendee name;E-mail;Product;Price;Paid;Company;Checked in\n"
            + "ABC12;Åsa Öberg;asa@example.se;Full-time student;500.00;yes;\"Karolinska; Institutet\";2009-03-19 08:47\n"
            + "DEF34;\"Lars \"\"Lasse\"\" Ek\";lars@example.se;Early bird;1500;no;\"Two\nlines\";\n"
            + "GHI56;;nobody@example.se;Standard;2000;no;;\n"
            + "JKL78;Eva Holm;ASA@example.se;Pensioner;1000;no;;\n"
            + "MNO90;Per Dahl;per@example;Standard;2000;no;;\n"
        let p = try plan(csv)
        XCTAssertEqual(p.delimiter, ";")
        XCTAssertEqual(p.rows.map(\.line), [2, 3, 5, 6, 7], "line numbers count the line break inside a field")
        XCTAssertEqual(p.rows[0].action, .add)
        XCTAssertEqual(p.rows[0].registrant.organisation, "Karolinska; Institutet")
        XCTAssertEqual(p.rows[0].registrant.feeCategoryID, "student")
        XCTAssertEqual(p.rows[0].paid, .major(500))
        XCTAssertEqual(p.rows[0].checkedInAt, Fixtures.instant("2009-03-19T08:47:00+01:00"))
        XCTAssertTrue(p.rows[0].registrant.notes.contains("Order code: ABC12"), "unknown columns are kept in notes")
        XCTAssertEqual(p.rows[1].registrant.firstName, "Lars \"Lasse\"")
        XCTAssertEqual(p.rows[1].registrant.organisation, "Two\nlines")
        XCTAssertEqual(p.rows[1].action, .add, "a product no category is called is kept, not rejected")
        XCTAssertTrue(p.rows[1].registrant.needsCategory)
        XCTAssertEqual(p.rows[1].registrant.price, .major(1500), "at the price as given")
        XCTAssertEqual(p.rows[1].toChoose, CategoryQuestion(named: "Early bird", price: .major(1500), candidates: []))
        guard case .reject(let noName) = p.rows[2].action else { return XCTFail() }
        XCTAssertTrue(noName.en.hasPrefix("no name"), noName.en)
        guard case .reject(let duplicate) = p.rows[3].action else { return XCTFail() }
        XCTAssertEqual(duplicate.en, "the same email as line 2 of this file")
        guard case .reject(let email) = p.rows[4].action else { return XCTFail() }
        XCTAssertTrue(email.en.contains("does not look like an email"))
        XCTAssertEqual(p.unknownColumns, ["Order code"])
        let mapped = try plan(csv, map: ["Early bird": "standard"])
        XCTAssertEqual(mapped.rows[1].action, .add)
        XCTAssertEqual(mapped.rows[1].registrant.feeCategoryID, "standard", "--category NAME=ID still maps")
        XCTAssertNil(mapped.rows[1].toChoose)
        XCTAssertEqual(mapped.rows[1].registrant.price, .major(1500), "the price in the file is kept")
        XCTAssertEqual(try plan(csv, map: ["early  BIRD": "standard"]).rows[1].registrant.feeCategoryID, "standard", "the map's names are folded too")
    }

    func testPretixOrdersAndIndicoHeaders() throws {
        let orders = "Order code,Order date,Name,Email,Product,Price,Paid\nXY1,2009-02-01,Björn Lind,bjorn@example.se,Pensionär,1000,1000\n"
        let o = try plan(orders)
        XCTAssertEqual(o.delimiter, ",")
        XCTAssertEqual(o.rows[0].registrant.feeCategoryID, "pensioner", "matched by the Swedish name")
        XCTAssertEqual(o.rows[0].registrant.registeredAt, LocalDate(year: 2009, month: 2, day: 1).start(in: Fixtures.stockholm))
        XCTAssertEqual(o.rows[0].paid, .major(1000))
        let indico = "ID,First Name,Last Name,Email,Affiliation,Registration date,Checked in,Price\n7,Märta,Åberg,marta@example.se,Uppsala universitet,2009-02-10T09:00:00+01:00,no,500\n"
        let i = try plan(indico)
        XCTAssertEqual(i.rows[0].registrant.fullName, "Märta Åberg")
        XCTAssertEqual(i.rows[0].registrant.organisation, "Uppsala universitet")
        XCTAssertEqual(i.rows[0].registrant.feeCategoryID, "student", "matched by the only category at 500 kr")
        XCTAssertNil(i.rows[0].checkedInAt)
    }

    func testSameEmailAsAnExistingRegistrantIsAnUpdate() throws {
        let existing = Fixtures.person("Åsa", "Öberg", email: "asa@example.se", code: "SAF-0001", category: "student", price: .major(500))
        let p = try plan("email,firstName,lastName,feeCategory,phone\nASA@example.se,Åsa,Öberg,student,070-123 45 67\n",
                         registry: Registry(registrants: [existing]))
        XCTAssertEqual(p.rows[0].action, .update(code: "SAF-0001"))
        XCTAssertEqual(p.rows[0].registrant.phone, "070-123 45 67")
    }

    func testDryRunWritesNothingAndApplyJournalsEverything() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let csv = "Attendee name,E-mail,Product,Paid,Checked in\nÅsa Öberg,asa@example.se,Standard,yes,yes\nLars Ek,lars@example.se,Pensioner,no,\n"
        let p = try RegistrationImport.plan(csv, event: store.event, registry: store.registry, now: now)
        XCTAssertEqual(Files.listing(fixture.folder), ["event.json"], "planning wrote nothing")
        let result = try p.apply(to: store)
        XCTAssertEqual(result.added, ["SAF-0001", "SAF-0002"])
        let reopened = try fixture.open()
        XCTAssertEqual(reopened.registry["SAF-0001"]?.paid, .major(2000))
        XCTAssertTrue(reopened.registry["SAF-0001"]!.isCheckedIn)
        XCTAssertEqual(reopened.registry["SAF-0002"]?.due, .major(1000))
        XCTAssertEqual(reopened.journalEntries.map { $0.change.summary.components(separatedBy: " ").first! }, ["registered", "payment", "checked", "registered"])
    }

    func testExportThenImportGivesTheSamePeople() throws {
        let event = try Fixtures.impasses()
        var people = RegistrantGenerator(event: event, seed: 3).make(count: 60)
        people[0].checkIn = CheckIn(time: Fixtures.instant("2009-03-19T08:45:00+01:00"), desk: "A")
        people[1].organisation = "=HYPERLINK(\"x\")"
        let csv = RegistrantCSV.render(people, event: event)
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let p = try RegistrationImport.plan(csv, event: store.event, registry: store.registry, now: now)
        XCTAssertEqual(p.rejects, 0, p.rows.filter { if case .reject = $0.action { return true }; return false }.map { "\($0.line): \($0.action)" }.joined(separator: "\n"))
        try p.apply(to: store)
        let back = store.registry.registrants
        XCTAssertEqual(back.count, people.count)
        for (a, b) in zip(people, back) {
            XCTAssertEqual(b.code, a.code)
            XCTAssertEqual(b.fullName, a.fullName)
            XCTAssertEqual(b.email, a.email)
            XCTAssertEqual(b.feeCategoryID, a.feeCategoryID)
            XCTAssertEqual(b.price, a.price)
            XCTAssertEqual(b.status, a.status)
            XCTAssertEqual(b.registeredAt, a.registeredAt)
            XCTAssertEqual(b.paid - b.refunded, a.paid - a.refunded, a.code)
            XCTAssertEqual(b.isCheckedIn, a.isCheckedIn, a.code)
        }
        XCTAssertEqual(back[1].organisation, "'=HYPERLINK(\"x\")", "a formula came back as the neutralised text")
    }

    func testFormulasAreNeutralisedAndBadgesEscaped() throws {
        let event = try Fixtures.impasses()
        var r = Fixtures.person("=cmd|' /C calc'!A0", "+Sum", email: "@x.se", code: "SAF-0001")
        r.phone = "+46 70 123 45 67"
        let safe = RegistrantCSV.render([r], event: event)
        XCTAssertTrue(safe.contains("'=cmd|' /C calc'!A0"))
        XCTAssertTrue(safe.contains(",'+Sum,"))
        XCTAssertTrue(safe.contains(",'+46 70 123 45 67,"))
        XCTAssertFalse(RegistrantCSV.render([r], event: event, neutralise: false).contains("'=cmd"))
        XCTAssertTrue(RegistrantCSV.render([r], event: event, bom: true).hasPrefix("\u{FEFF}code,"))
        var hostile = Fixtures.person("<b>Åsa</b>", "Öberg & \"Co\"", code: "SAF-0002")
        hostile.organisation = "<script>x</script>"
        let badges = Badges.html(event, registrants: [hostile])
        XCTAssertFalse(badges.contains("<script>x"))
        XCTAssertFalse(badges.contains("<b>Åsa"))
        XCTAssertTrue(badges.contains("&lt;b&gt;Åsa&lt;/b&gt;"))
    }
}
