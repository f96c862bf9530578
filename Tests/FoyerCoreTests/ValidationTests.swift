import XCTest
@testable import FoyerCore

/// The rules a registration must meet, and the possible duplicates shown as warnings.
final class ValidationTests: XCTestCase {
    var event: Event!

    override func setUpWithError() throws { event = try Fixtures.impasses() }

    private func valid(_ first: String = "Åsa", _ last: String = "Öberg", email: String = "asa.oberg@ki.se",
                       category: String = "student", code: String = "SAF-0001") -> Registrant {
        Fixtures.person(first, last, email: email, code: code, category: category, price: .major(500))
    }
    private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

    func testAValidRegistrantHasNoIssues() {
        XCTAssertEqual(Validation.check(valid(), event: event, others: []), [])
        XCTAssertEqual(Validation.fieldIssues(valid(email: ""), event: event), [], "the email is optional")
    }

    func testFirstAndLastNameAreRequired() {
        let noFirst = Validation.fieldIssues(valid(""), event: event)
        XCTAssertEqual(fields(noFirst), ["firstName"])
        XCTAssertEqual(noFirst.first?.severity, .error)
        XCTAssertEqual(fields(Validation.fieldIssues(valid("   "), event: event)), ["firstName"])
        XCTAssertEqual(fields(Validation.fieldIssues(valid("Åsa", ""), event: event)), ["lastName"])
        XCTAssertEqual(Set(fields(Validation.fieldIssues(valid(" ", "\t"), event: event))), ["firstName", "lastName"])
    }

    func testBadEmailShapesAreErrors() {
        let bad = ["plainaddress", "asa@", "@ki.se", "asa@ki", "asa@@ki.se", "asa@ki@se.se", "asa oberg@ki.se",
                   "asa@ki .se", "asa@.se", "asa@ki.", "asa@ki..se", "asa@.ki.se", "asa.ki.se", "@"]
        for email in bad {
            XCTAssertFalse(Validation.isEmailShaped(email), email)
            let issues = Validation.fieldIssues(valid(email: email), event: event)
            XCTAssertEqual(fields(issues), ["email"], email)
            XCTAssertEqual(issues.first?.severity, .error)
            XCTAssertTrue(issues.first?.message.contains(email) ?? false, "the message quotes the address")
        }
    }

    func testGoodEmailShapesPass() {
        for email in ["asa.oberg@ki.se", "a@b.se", "first+tag@sub.example.co.uk", "O'Brien@example.ie", "x_y-z@dom-ain.com",
                      "åsa@exempel.se", " asa@ki.se "] {
            XCTAssertTrue(Validation.isEmailShaped(email), email)
            XCTAssertEqual(Validation.fieldIssues(valid(email: email), event: event), [], email)
        }
    }

    func testFeeCategoryMustBeOneOfTheEvents() {
        let unknown = Validation.fieldIssues(valid(category: "vip"), event: event)
        XCTAssertEqual(fields(unknown), ["feeCategory"])
        XCTAssertTrue(unknown.first?.message.contains("vip") ?? false)
        XCTAssertEqual(fields(Validation.fieldIssues(valid(category: ""), event: event)), ["feeCategory"])
        for category in event.feeCategories {
            XCTAssertEqual(Validation.fieldIssues(valid(category: category.id), event: event), [], category.id)
        }
        // An event without fees has no category to choose.
        let noFees = Event(id: "x", title: "X", date: LocalDate(year: 2024, month: 1, day: 1))
        XCTAssertEqual(fields(Validation.fieldIssues(valid(category: "standard"), event: noFees)), ["feeCategory"])
    }

    func testNegativePriceIsAnError() {
        var r = valid()
        r.price = Money(minorUnits: -1)
        XCTAssertEqual(fields(Validation.fieldIssues(r, event: event)), ["price"])
    }

    func testDuplicateEmailIgnoringCaseIsAWarningNamingTheExistingCode() {
        let existing = valid("Lars", "Ängström", email: "Lars.Angstrom@SLL.se", code: "SAF-0007")
        let newcomer = valid("Lasse", "Engström", email: " lars.angstrom@sll.se", code: "SAF-0008")
        let issues = Validation.check(newcomer, event: event, others: [existing])
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.severity, .warning)
        XCTAssertEqual(issues.first?.field, "email")
        XCTAssertEqual(issues.first?.existingCode, "SAF-0007")
        XCTAssertTrue(issues.first?.message.contains("SAF-0007") ?? false)
    }

    func testDuplicateFoldedNameIsAWarningNamingTheExistingCode() {
        let existing = valid("Åsa", "Öberg", email: "asa@ki.se", code: "SAF-0042")
        let newcomer = valid("asa", "oberg", email: "asa.o@gmail.com", code: "SAF-0043")
        let issues = Validation.duplicates(of: newcomer, among: [existing])
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.severity, .warning)
        XCTAssertEqual(issues.first?.existingCode, "SAF-0042")
        XCTAssertEqual(Validation.duplicates(of: valid("ÅSA", "ÖBERG", email: "", code: "SAF-0044"), among: [existing]).first?.existingCode, "SAF-0042")
    }

    func testDifferentPeopleAreNotDuplicates() {
        let existing = valid("Åsa", "Öberg", email: "asa@ki.se", code: "SAF-0042")
        XCTAssertEqual(Validation.duplicates(of: valid("Åsa", "Öbergsson", email: "a@ki.se", code: "SAF-0050"), among: [existing]), [])
        XCTAssertEqual(Validation.duplicates(of: valid("Åse", "Öberg", email: "", code: "SAF-0050"), among: [existing]), [])
        // Two people without email are not duplicates by email.
        let a = valid("Per", "Ek", email: "", code: "SAF-0001"), b = valid("Eva", "Ek", email: "", code: "SAF-0002")
        XCTAssertEqual(Validation.duplicates(of: b, among: [a]), [])
        // A registrant is not a duplicate of itself (when edited).
        XCTAssertEqual(Validation.duplicates(of: existing, among: [existing]), [])
    }

    func testEveryDuplicateIsReported() {
        let others = [valid("Åsa", "Öberg", email: "one@ki.se", code: "SAF-0001"),
                      valid("Asa", "Oberg", email: "two@ki.se", code: "SAF-0002"),
                      valid("Per", "Ek", email: "asa@ki.se", code: "SAF-0003")]
        let issues = Validation.duplicates(of: valid("ÅSA", "öberg", email: "ASA@ki.se", code: "SAF-0004"), among: others)
        XCTAssertEqual(issues.compactMap(\.existingCode), ["SAF-0001", "SAF-0002", "SAF-0003"])
        XCTAssertTrue(issues.allSatisfy { $0.severity == .warning })
    }

    func testOverlongFieldsAreErrors() {
        var r = valid()
        r.firstName = String(repeating: "å", count: Validation.maxFieldLength)
        XCTAssertEqual(Validation.fieldIssues(r, event: event), [], "exactly the limit is allowed")
        r.firstName += "x"
        XCTAssertEqual(fields(Validation.fieldIssues(r, event: event)), ["firstName"])

        r = valid()
        r.organisation = String(repeating: "a", count: 501)
        r.dietaryNeeds = String(repeating: "b", count: 600)
        r.notes = String(repeating: "n", count: Validation.maxNotesLength)
        XCTAssertEqual(Set(fields(Validation.fieldIssues(r, event: event))), ["organisation", "dietaryNeeds"])
        r.notes += "!"
        XCTAssertEqual(Set(fields(Validation.fieldIssues(r, event: event))), ["organisation", "dietaryNeeds", "notes"])

        r = valid(email: String(repeating: "a", count: 495) + "@ki.se")
        XCTAssertEqual(fields(Validation.fieldIssues(r, event: event)), ["email"])
        XCTAssertTrue(Validation.fieldIssues(r, event: event).first?.message.contains("too long") ?? false)
    }

    func testEventCheckFindsProblemsInTheEvent() throws {
        let fixture = try StoreFixture()
        var event = fixture.event
        event.feeCategories.append(event.feeCategories[0])
        event.programmeItems[0].speakerIDs = ["nobody"]
        let store = try fixture.open()
        XCTAssertEqual(EventCheck.run(store).errors, [])
        // Written as a person's editor would (no operation makes a category id twice).
        try POSIXFile.writeAtomically(try StoredFiles.encodeEvent(event), to: fixture.folder + "/event.json")
        XCTAssertTrue(try store.refreshEvent())
        let report = EventCheck.run(store)
        XCTAssertEqual(report.errors.count, 2, "\(report.errors)")
        XCTAssertTrue(report.errors.contains { $0.contains("nobody") })
        XCTAssertTrue(report.errors.contains { $0.contains("used twice") })
    }
}
