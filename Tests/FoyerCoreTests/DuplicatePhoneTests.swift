import XCTest
@testable import FoyerCore

/// "The same phone" as a duplicate: a walk-in who gives only a name spelt otherwise and a phone number is
/// still found. The form's early warning (`Validation.duplicates`) and the store's check under the lock
/// (`DuplicateIndex`) follow one rule, in one order: email, then phone, then name.
final class DuplicatePhoneTests: XCTestCase {
    private var fixture: StoreFixture?

    private func person(_ first: String, _ last: String, email: String = "", phone: String, code: String = "") -> Registrant {
        var r = Fixtures.person(first, last, email: email, code: code)
        r.phone = phone
        return r
    }

    // MARK: The rule

    func testTheSameNumberWrittenOtherwiseIsTheSamePhone() {
        let written = ["070-123 45 67", "0701234567", "+46 70 123 45 67", "+46 (0)70-123 45 67", "0046 70 123 4567", "070.123.45.67"]
        for a in written {
            for b in written {
                XCTAssertEqual(PhoneKey.key(a), PhoneKey.key(b), "\(a) and \(b)")
            }
        }
        XCTAssertEqual(PhoneKey.key("0910-123 45"), PhoneKey.key("+46 910 123 45"), "an eight-digit national number, written both ways")
        XCTAssertNotNil(PhoneKey.key("070-123 45 67"))
    }

    func testOtherNumbersAndShortOnesAreNotTheSame() {
        XCTAssertNotEqual(PhoneKey.key("070-123 45 67"), PhoneKey.key("073-123 45 67"), "another operator's number")
        XCTAssertNotEqual(PhoneKey.key("070-123 45 67"), PhoneKey.key("070-123 45 68"))
        XCTAssertNil(PhoneKey.key(""))
        XCTAssertNil(PhoneKey.key("ask at reception"))
        XCTAssertNil(PhoneKey.key("123 45"), "six digits (an extension) identify nobody")
        XCTAssertEqual(PhoneKey.key("123 45 67"), PhoneKey.key("1234567"), "seven digits are compared whole")
        XCTAssertNotEqual(PhoneKey.key("123 45 67"), PhoneKey.key("0123 45 67"))
    }

    // MARK: The form's early warning

    func testTheFormWarnsOfTheSamePhone() {
        let existing = person("Agnes", "Olsson", email: "agnes.olsson@sll.se", phone: "070-123 45 67", code: "SAF-0001")
        let issues = Validation.duplicates(of: person("Agneta", "Olson", phone: "+46 70 123 45 67", code: "SAF-0009"), among: [existing])
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.field, "phone")
        XCTAssertEqual(issues.first?.severity, .warning)
        XCTAssertEqual(issues.first?.existingCode, "SAF-0001")
        XCTAssertEqual(issues.first?.message, "SAF-0001 Agnes Olsson has the same phone")
        XCTAssertEqual(Validation.duplicates(of: person("Agneta", "Olson", phone: "073-123 45 67", code: "SAF-0009"), among: [existing]), [])
        XCTAssertEqual(Validation.duplicates(of: person("Per", "Ek", phone: "", code: "SAF-0002"), among: [person("Eva", "Ek", phone: "", code: "SAF-0003")]), [],
                       "two people without a phone are not duplicates by phone")
    }

    func testEmailComesBeforePhoneAndPhoneBeforeName() {
        let existing = person("Agnes", "Olsson", email: "agnes.olsson@sll.se", phone: "070-123 45 67", code: "SAF-0001")
        let all = Validation.duplicates(of: person("Agnes", "Olsson", email: "AGNES.olsson@sll.se", phone: "0701234567", code: "SAF-0009"), among: [existing])
        XCTAssertEqual(all.map(\.field), ["email"], "one warning per existing person, for the first reason")
        let phoneAndName = Validation.duplicates(of: person("Agnes", "Olsson", phone: "0701234567", code: "SAF-0009"), among: [existing])
        XCTAssertEqual(phoneAndName.map(\.field), ["phone"])
    }

    // MARK: Under the lock

    private func twoDesks() throws -> (EventStore, EventStore) {
        let fixture = try StoreFixture()
        self.fixture = fixture
        return (try fixture.open(desk: "A"), try fixture.open(desk: "B", clock: Fixtures.clock("2009-03-19 08:49")))
    }

    func testTheStoreRefusesTheSamePhoneRegisteredAtAnotherDesk() throws {
        let (a, b) = try twoDesks()
        let agnes = try a.register(person("Agnes", "Olsson", email: "agnes.olsson@sll.se", phone: "070-123 45 67"))
        // B had not seen A's registration; another spelling and no email, but her phone.
        assertStoreError(try b.register(person("Agneta", "Olson", phone: "+46 70 123 45 67"))) { error in
            guard case .duplicate(let duplicate) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(duplicate.existingCode, agnes.code)
            XCTAssertEqual(duplicate.reason, "the same phone")
        }
        XCTAssertNoThrow(try b.register(person("Agneta", "Olson", phone: "073-123 45 67")), "another number is another person")
    }

    func testTheStoreGivesTheReasonsInTheFormsOrder() throws {
        let (a, b) = try twoDesks()
        let byEmail = try a.register(person("Agnes", "Olsson", email: "agnes.olsson@sll.se", phone: ""))
        let byPhone = try a.register(person("Lars", "Berg", phone: "070-123 45 67"))
        _ = try a.register(person("Eva", "Ek", phone: ""))
        assertStoreError(try b.register(person("Eva", "Ek", email: "agnes.olsson@sll.se", phone: "0701234567"))) { error in
            guard case .duplicate(let duplicate) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(duplicate.existingCode, byEmail.code)
            XCTAssertEqual(duplicate.reason, "the same email")
        }
        assertStoreError(try b.register(person("Eva", "Ek", phone: "0701234567"))) { error in
            guard case .duplicate(let duplicate) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(duplicate.existingCode, byPhone.code)
            XCTAssertEqual(duplicate.reason, "the same phone")
        }
    }

    func testTheIndexFollowsAPhoneChangedAtEitherDesk() throws {
        let (a, b) = try twoDesks()
        let lars = try a.register(person("Lars", "Berg", phone: "070-123 45 67"))
        _ = try b.register(person("Eva", "Ek", phone: "")) // B's index is built now, before A's edit
        var edit = RegistrantEdit(); edit.phone = "073-765 43 21"
        try a.commit(.edit(code: lars.code, edit))
        // At B (the edit read under the lock): the old number is free, the new one is Lars's.
        XCTAssertNoThrow(try b.register(person("Per", "Holm", phone: "0701234567")))
        assertStoreError(try b.register(person("Dan", "Holm", phone: "+46 73 765 43 21"))) { error in
            guard case .duplicate(let duplicate) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(duplicate.existingCode, lars.code)
        }
        // At A (its own edit): the same.
        edit.phone = ""
        try a.commit(.edit(code: lars.code, edit))
        XCTAssertNoThrow(try a.register(person("Dan", "Holm", phone: "+46 73 765 43 21")))
    }
}
