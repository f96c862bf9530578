import XCTest
@testable import FoyerCore

/// FoyerCore's messages in Swedish: errors, refusals, problems and history lines are phrases, said in the
/// reader's language, with the English unchanged.
final class SwedishMessagesTests: XCTestCase {
    func testStoreErrorsInSwedish() throws {
        let corrupt = StoreError.corrupt(file: "event.json", line: 3, detail: Catalogue.JSON.notUTF8)
        XCTAssertEqual(corrupt.description, "event.json, line 3: a string is not valid UTF-8")
        XCTAssertEqual(corrupt.phrase.sv, "event.json, rad 3: en sträng är inte giltig UTF-8")

        let io = StoreError.io(file: "/data/x/journal.jsonl", operation: Catalogue.Store.syncToDisk, detail: Phrase(verbatim: "No space left on device"))
        XCTAssertEqual(io.description, "could not sync it to disk (No space left on device): /data/x/journal.jsonl")
        XCTAssertEqual(io.phrase.sv, "kunde inte synka den till disken (No space left on device): /data/x/journal.jsonl")

        let none = StoreError.noSuchEvent(id: "nope", available: ["impasses-2009"])
        XCTAssertEqual(none.phrase.sv, "inget evenemang \"nope\"; evenemang här: impasses-2009")

        let temp = try TemporaryDirectory()
        XCTAssertThrowsError(try temp.dataDirectory.resolveEvent(nil, today: LocalDate(year: 2009, month: 1, day: 1))) { error in
            XCTAssertTrue((error as? StoreError)?.phrase.sv.hasPrefix("datamappen ") ?? false, "\(error)")
            XCTAssertTrue((error as? StoreError)?.phrase.sv.hasSuffix(" finns inte") ?? false, "\(error)")
        }
    }

    func testRefusalsAndConflictsInSwedish() {
        var agnes = Fixtures.person("Agnes", "Olsson", code: "SAF-0064")
        agnes.checkIn = CheckIn(time: Date(timeIntervalSince1970: 1_237_448_820), desk: "B")
        let already = ChangeRejection.alreadyCheckedIn(agnes, agnes.checkIn!)
        XCTAssertEqual(already.description, "Agnes Olsson (SAF-0064) was already checked in at desk B")
        XCTAssertEqual(already.phrase.sv, "Agnes Olsson (SAF-0064) var redan incheckad vid disk B")
        XCTAssertEqual(StoreError.rejected(.waitlisted(agnes)).phrase.sv, "Agnes Olsson (SAF-0064) står på väntelistan")

        let author = ChangeAuthor(desk: "A", time: Date(timeIntervalSince1970: 1_237_455_720), zone: TimeZone(identifier: "Europe/Stockholm")!)
        let conflict = EditConflict(subject: "SAF-0064 Agnes Olsson",
                                    fields: [FieldConflict(field: "phone", base: "070", theirs: "073", mine: "072", author: author)])
        XCTAssertEqual(conflict.description, "SAF-0064 Agnes Olsson: phone was changed at desk A at \(author.timeText) to “073”")
        XCTAssertEqual(conflict.phrase.sv, "SAF-0064 Agnes Olsson: phone ändrades vid disk A kl. \(author.timeText) till ”073”")

        let duplicate = DuplicateRegistration(existingCode: "SAF-0064", existingName: "Agnes Olsson", reason: DuplicateRule.Reason.email.name, author: nil)
        XCTAssertEqual(duplicate.description, "DUPLICATE: Agnes Olsson is already registered as SAF-0064 (the same email); not registered again")
        XCTAssertEqual(duplicate.phrase.sv, "DUBBLETT: Agnes Olsson är redan anmäld som SAF-0064 (samma e-post); inte anmäld igen")
    }

    func testProblemsInSwedish() throws {
        let event = try Fixtures.impasses()
        var nameless = Fixtures.person("", "Olsson", email: "agnes@", code: "SAF-0001")
        nameless.feeCategoryID = "nope"
        let issues = Validation.fieldIssues(nameless, event: event)
        XCTAssertEqual(issues.map(\.phrase.sv), ["förnamn måste fyllas i", "\"agnes@\" ser inte ut som en e-postadress (namn@example.se)",
                                                 "\"nope\" är ingen avgiftskategori för det här evenemanget"])
        XCTAssertEqual(issues.first?.description, "firstName: a first name is required")

        var details = event
        details.capacity = 0
        let problems = EventDetailsCheck.problems(details)
        XCTAssertTrue(problems.contains { $0.field == "capacity" && $0.phrase.sv == "antal platser måste vara fler än 0" }, "\(problems)")
    }

    func testHistoryLinesInSwedish() throws {
        let payment = Change.recordPayment(code: "SAF-0001", Payment(id: "p1", kind: .refund, amount: .major(500), method: .card,
                                                                     time: Date(timeIntervalSince1970: 0)))
        XCTAssertEqual(payment.summary, "refund of 500 kr (Card)")
        XCTAssertEqual(payment.summaryPhrase.sv, "återbetalning på 500 kr (Kort)")
        XCTAssertEqual(Change.checkIn(code: "SAF-0001", CheckIn(time: Date(timeIntervalSince1970: 0), desk: "B")).summaryPhrase.sv, "incheckad vid disk B")
        XCTAssertEqual(Change.setStatus(code: "SAF-0001", .waitlisted).summaryPhrase.sv, "flyttad till väntelistan")

        let event = try Fixtures.impasses()
        let edit = EventOperation.editDetails(set: FieldPatch(["title": "\"x\""]), base: FieldPatch())
        XCTAssertEqual(edit.summaryPhrase(in: event).en, "changed the event's title")
        XCTAssertEqual(edit.summaryPhrase(in: event).sv, "ändrade evenemangets title")
        XCTAssertEqual(RegistrationStatus.cancelled.name.sv, "avbokad")
        XCTAssertEqual(ProgrammeItemKind.break.name.sv, "Paus")
        XCTAssertEqual(EventFormat.inPerson.name.sv, "på plats")
    }
}
