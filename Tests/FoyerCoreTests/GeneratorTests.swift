import XCTest
@testable import FoyerCore

/// Synthetic registrants: deterministic, varied, and valid.
final class GeneratorTests: XCTestCase {
    var event: Event!
    override func setUpWithError() throws { event = try Fixtures.impasses() }

    func testSameSeedSameRegistrants() {
        let a = RegistrantGenerator(event: event, seed: 1).make(count: 200)
        let b = RegistrantGenerator(event: event, seed: 1).make(count: 200)
        XCTAssertEqual(a, b)
        XCTAssertEqual(RegistrantGenerator(event: event, seed: 1).make(count: 20), Array(a.prefix(20)),
                       "a smaller count is a prefix of a larger one")
    }

    func testDifferentSeedDifferentRegistrants() {
        let a = RegistrantGenerator(event: event, seed: 1).make(count: 200)
        let b = RegistrantGenerator(event: event, seed: 2).make(count: 200)
        XCTAssertNotEqual(a, b)
        XCTAssertNotEqual(a.map(\.fullName), b.map(\.fullName))
        XCTAssertEqual(a.map(\.code), b.map(\.code), "codes are 1…count whatever the seed")
    }

    func testTwoHundredRegistrantsCoverEveryCase() {
        let people = RegistrantGenerator(event: event, seed: 1).make(count: 200)
        XCTAssertEqual(people.count, 200)
        XCTAssertEqual(people.map(\.code), (1...200).map { RegistrantCode.make(prefix: "SAF", number: $0) })
        XCTAssertEqual(Set(people.map(\.code)).count, 200)
        XCTAssertEqual(Set(people.map(\.feeCategoryID)), Set(event.feeCategories.map(\.id)), "every category is used")
        XCTAssertGreaterThan(people.filter { $0.feeCategoryID == "standard" }.count, 100, "standard is the most common")
        let paid = people.filter { $0.paid > .zero }, unpaid = people.filter { $0.paid == .zero }
        XCTAssertFalse(paid.isEmpty); XCTAssertFalse(unpaid.isEmpty)
        XCTAssertFalse(people.filter { $0.status == .cancelled }.isEmpty)
        let late = people.filter { event.isLate($0.registeredAt) }
        XCTAssertFalse(late.isEmpty)
        XCTAssertLessThan(late.count, 50)
        XCTAssertEqual(Set(people.map(\.email.localizedLowercase)).count, 200, "emails are unique")
        XCTAssertTrue(people.contains { $0.fullName.unicodeScalars.contains { !$0.isASCII } }, "names have diacritics")
    }

    func testGeneratedRegistrantsAreConsistent() {
        let people = RegistrantGenerator(event: event, seed: 5).make(count: 300)
        let eventStart = event.date.start(in: event.timeZone)
        for r in people {
            let category = event.feeCategory(id: r.feeCategoryID)
            XCTAssertEqual(r.price, category?.price, r.code)
            XCTAssertEqual(Validation.fieldIssues(r, event: event), [], r.code)
            XCTAssertLessThan(r.registeredAt, eventStart, r.code)
            XCTAssertTrue(r.paid == .zero || r.paid == r.price, r.code)
            XCTAssertTrue(r.payments.allSatisfy { $0.time <= eventStart }, r.code)
            XCTAssertNil(r.checkIn)
            XCTAssertEqual(r.registeredAt.timeIntervalSince1970.rounded(.down), r.registeredAt.timeIntervalSince1970,
                           "whole seconds, so a file round trip keeps them")
        }
        XCTAssertEqual(Validation.duplicates(of: people[0], among: Array(people.dropFirst())).filter { $0.field == "email" }, [])
    }

    func testCapacityPutsTheRestOnTheWaitingList() {
        event.capacity = 50
        let people = RegistrantGenerator(event: event, seed: 1).make(count: 80)
        for (i, r) in people.enumerated() where r.status != .cancelled {
            XCTAssertEqual(r.status, i < 50 ? .registered : .waitlisted, r.code)
        }
        XCTAssertFalse(people.filter { $0.status == .waitlisted }.isEmpty)
    }

    func testAnEventWithoutFeesGetsAFreeCategory() throws {
        let people = RegistrantGenerator(event: try Fixtures.allianceRuptures(), seed: 1).make(count: 10)
        XCTAssertEqual(people.count, 10)
        XCTAssertTrue(people.allSatisfy { $0.price == .zero && $0.payments.isEmpty })
        XCTAssertEqual(people.first?.code, "TAS-0001")
        XCTAssertEqual(RegistrantGenerator(event: event).make(count: 0), [])
    }

    func testSeededRandomIsDeterministic() {
        var a = SeededRandom(seed: 123), b = SeededRandom(seed: 123), c = SeededRandom(seed: 124)
        let xs = (0..<100).map { _ in a.next() }
        XCTAssertEqual(xs, (0..<100).map { _ in b.next() })
        XCTAssertNotEqual(xs, (0..<100).map { _ in c.next() })
        XCTAssertEqual(Set(xs).count, 100)
        for _ in 0..<1000 { XCTAssertTrue((3...9).contains(a.int(in: 3...9))) }
    }
}
