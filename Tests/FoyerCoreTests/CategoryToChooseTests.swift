import XCTest
@testable import FoyerCore

/// A registrant kept with the category still to choose (an empty id): stored and counted, named so
/// wherever a category would be, a warning for `foyer validate`, and still an error for a form's save.
final class CategoryToChooseTests: XCTestCase {
    func undecided(_ first: String = "Märta", _ last: String = "Åberg", price: Money = .major(1000)) -> Registrant {
        Fixtures.person(first, last, email: "marta@example.se", category: "", price: price)
    }

    func testAFormNeedsACategoryAStoredRegistrantMayWait() throws {
        let event = try Fixtures.impasses()
        let r = undecided()
        XCTAssertTrue(r.needsCategory)
        XCTAssertFalse(Fixtures.person("Åsa", "Öberg").needsCategory)
        let form = Validation.fieldIssues(r, event: event)
        XCTAssertEqual(form.map(\.field), ["feeCategory"])
        XCTAssertEqual(form.first?.severity, .error, "a form's save still requires a category")
        let stored = Validation.fieldIssues(r, event: event, categoryMayWait: true)
        XCTAssertEqual(stored.map(\.severity), [.warning])
        XCTAssertTrue(stored[0].message.contains("category to choose, at 1 000 kr"), stored[0].message)
        XCTAssertEqual(Validation.fieldIssues(Fixtures.person("Åsa", "Öberg", category: "gone"), event: event, categoryMayWait: true).map(\.severity),
                       [.error], "a category the event does not have is still an error")
    }

    func testValidateWarnsAndEverythingNamesTheMark() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let r = try store.register(undecided(), allowDuplicate: true)
        try store.register(Fixtures.person("Åsa", "Öberg", category: "student", price: .major(500)))
        let report = EventCheck.run(try fixture.open())
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.warnings.filter { $0.hasPrefix(r.code + ": feeCategory: category to choose") }.count, 1, "\(report.warnings)")
        let event = store.event
        XCTAssertEqual(event.categoryName(of: r), "category to choose")
        XCTAssertEqual(event.categoryName(of: store.registry["SAF-0002"]!), "Full-time student")
        let totals = FeeTotals(event: event, registrants: store.registry.registrants)
        let line = try XCTUnwrap(totals.lines.first { $0.category.id.isEmpty })
        XCTAssertEqual(line.category.displayName(), "category to choose")
        XCTAssertEqual(line.gross, .major(1000), "counted at the price as imported")
        XCTAssertEqual(EventStats(event: event, registrants: store.registry.registrants).categories.first { $0.category.id.isEmpty }?.category.displayName(),
                       "category to choose")
        let door = DoorList(event: event, registrants: store.registry.registrants, now: store.clock.now())
        XCTAssertEqual(door.registered.first { $0.code == r.code }?.category, "avgiftskategori att välja", "the door list of a Swedish event is in Swedish")
        XCTAssertFalse(Badges.html(event, registrants: [r]).contains("class=\"category\""), "no category band on the badge: nothing to print yet")
    }

    func testNoReceiptUntilTheCategoryIsChosen() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let r = try store.register(undecided())
        assertStoreError(try store.issueReceipt(code: r.code)) { error in
            XCTAssertTrue(error.description.contains("\(r.code) Märta Åberg has a category to choose"), error.description)
        }
        var edit = RegistrantEdit()
        edit.feeCategoryID = "pensioner"
        try store.commit(.edit(code: r.code, edit))
        XCTAssertFalse(try XCTUnwrap(store.registry[r.code]).needsCategory)
        XCTAssertEqual(try store.issueReceipt(code: r.code).categoryName, "Pensionär", "the Stockholm event's receipts are in Swedish")
    }

    func testACategoryWithAnEmptyIdIsAnError() throws {
        let fixture = try StoreFixture()
        var event = fixture.event
        event.feeCategories[0].id = ""
        let store = try fixture.open()
        try POSIXFile.writeAtomically(try StoredFiles.encodeEvent(event), to: fixture.eventPath)
        XCTAssertTrue(try store.refreshEvent())
        XCTAssertTrue(EventCheck.run(store).errors.contains { $0.contains("has an empty id") }, "\(EventCheck.run(store).errors)")
    }
}
