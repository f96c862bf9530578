import Foundation
import XCTest
@testable import FoyerCore

/// `Registrant.anonymised()`: the person goes, the codes, money and counts stay.
final class AnonymiseTests: XCTestCase {
    private let time = Date(timeIntervalSince1970: 1_237_450_000)

    /// Someone with every personal field filled, a payment with a reference, a waiver with a reason and
    /// an undone check-in with a reason.
    private func everyField() -> Registrant {
        Registrant(code: "SAF-0042", firstName: "Åsa", lastName: "Öberg", email: "asa.oberg@example.se", phone: "+46 70 123 45 67",
                   organisation: "Karolinska Institutet", role: "Psychologist", feeCategoryID: "standard", price: .major(2000),
                   status: .registered,
                   payments: [Payment(id: "p1", kind: .payment, amount: .major(1500), method: .invoice, time: time,
                                      reference: "Invoice to Åsa Öberg, F10042", desk: "desk-1"),
                              Payment(id: "p2", kind: .waiver, amount: .major(500), method: .other, time: time.addingTimeInterval(60),
                                      reference: "Öberg is on the panel", desk: "desk-2")],
                   checkIn: CheckIn(time: time.addingTimeInterval(3600), desk: "desk-1"),
                   checkInHistory: [CheckInEvent(action: .checkedIn, time: time.addingTimeInterval(1800), desk: "desk-2"),
                                    CheckInEvent(action: .undone, time: time.addingTimeInterval(1900), desk: "desk-2",
                                                 reason: "Wrong Öberg: it was her sister Märta"),
                                    CheckInEvent(action: .checkedIn, time: time.addingTimeInterval(3600), desk: "desk-1")],
                   registeredAt: time.addingTimeInterval(-86_400), dietaryNeeds: "Vegan, no nuts",
                   invoiceAddress: "Karolinska Institutet\nBox 1, 171 77 Stockholm", invoiceReference: "Åsa Öberg / project 12",
                   notes: "Phoned on Monday; her husband Olof comes too")
    }

    func testEveryPersonalFieldIsReplaced() {
        let before = everyField()
        let after = before.anonymised()
        XCTAssertEqual(after.firstName, "Anonymous")
        XCTAssertEqual(after.lastName, "SAF-0042")
        for field in [after.email, after.phone, after.organisation, after.role, after.dietaryNeeds, after.invoiceAddress,
                      after.invoiceReference, after.notes] {
            XCTAssertEqual(field, "")
        }
        XCTAssertEqual(after.payments.map(\.reference), ["", ""])
        XCTAssertEqual(after.checkInHistory.map(\.reason), [nil, "(removed)", nil])
        XCTAssertTrue(after.isAnonymised)
        XCTAssertFalse(before.isAnonymised)

        // Nothing of the person is left anywhere in the record, as the snapshot would write it.
        let text = String(decoding: try! JSONEncoder().encode(after), as: UTF8.self)
        for word in ["Åsa", "Öberg", "Oberg", "oberg", "Karolinska", "Psychologist", "Vegan", "Olof", "Märta", "+46", "F10042", "panel"] {
            XCTAssertFalse(text.contains(word) || text.contains(word.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()),
                           "\(word) is still in \(text)")
        }
    }

    func testWhatTheAccountsNeedIsKept() {
        let before = everyField()
        let after = before.anonymised()
        XCTAssertEqual(after.code, before.code)
        XCTAssertEqual(after.feeCategoryID, before.feeCategoryID)
        XCTAssertEqual(after.price, before.price)
        XCTAssertEqual(after.status, before.status)
        XCTAssertEqual(after.registeredAt, before.registeredAt)
        XCTAssertEqual(after.checkIn, before.checkIn)
        XCTAssertEqual(after.payments.map(\.id), before.payments.map(\.id))
        XCTAssertEqual(after.payments.map(\.kind), before.payments.map(\.kind))
        XCTAssertEqual(after.payments.map(\.amount), before.payments.map(\.amount))
        XCTAssertEqual(after.payments.map(\.method), before.payments.map(\.method))
        XCTAssertEqual(after.payments.map(\.time), before.payments.map(\.time))
        XCTAssertEqual(after.payments.map(\.desk), before.payments.map(\.desk))
        XCTAssertEqual(after.checkInHistory.map(\.action), before.checkInHistory.map(\.action))
        XCTAssertEqual(after.checkInHistory.map(\.time), before.checkInHistory.map(\.time))
        XCTAssertEqual(after.checkInHistory.map(\.desk), before.checkInHistory.map(\.desk))
        XCTAssertEqual(after.due, before.due)
        XCTAssertEqual(after.paid, before.paid)
        XCTAssertEqual(after.waived, before.waived)
    }

    func testAnonymisingTwiceChangesNothingMore() {
        let once = everyField().anonymised()
        XCTAssertEqual(once.anonymised(), once)
    }

    func testMoneyTotalsAndCountsAreIdenticalForAGeneratedEvent() throws {
        let event = try Fixtures.impasses()
        var people = RegistrantGenerator(event: event, seed: 2024).make(count: 400)
        // Some undone check-ins with reasons, so those are covered too.
        for i in stride(from: 0, to: people.count, by: 37) {
            people[i].checkInHistory.append(CheckInEvent(action: .undone, time: time, desk: "d", reason: "not \(people[i].fullName)"))
        }
        let anonymous = Anonymisation.anonymised(people)

        XCTAssertEqual(anonymous.map(\.code), people.map(\.code))
        XCTAssertEqual(Set(anonymous.map(\.code)).count, people.count)
        XCTAssertTrue(anonymous.allSatisfy(\.isAnonymised))
        XCTAssertTrue(anonymous.allSatisfy { $0.firstName == "Anonymous" && $0.lastName == $0.code })
        XCTAssertTrue(anonymous.allSatisfy { $0.payments.allSatisfy { $0.reference.isEmpty } })

        let totalsBefore = FeeTotals(event: event, registrants: people), totalsAfter = FeeTotals(event: event, registrants: anonymous)
        XCTAssertEqual(totalsAfter, totalsBefore)
        XCTAssertEqual(totalsAfter.byMethod.map(\.method), totalsBefore.byMethod.map(\.method))
        XCTAssertEqual(totalsAfter.byMethod.map(\.amount), totalsBefore.byMethod.map(\.amount))
        XCTAssertEqual(totalsAfter.net, totalsBefore.net)
        XCTAssertEqual(totalsAfter.vat, totalsBefore.vat)
        XCTAssertGreaterThan(totalsBefore.paid.minorUnits, 0, "the generated set has payments")

        let statsBefore = EventStats(event: event, registrants: people), statsAfter = EventStats(event: event, registrants: anonymous)
        XCTAssertEqual(statsAfter, statsBefore)
        XCTAssertEqual(statsAfter.total, 400)
        XCTAssertEqual(statsAfter.checkedIn, statsBefore.checkedIn)
        XCTAssertEqual(statsAfter.late, statsBefore.late)
        XCTAssertEqual(statsAfter.unpaid, statsBefore.unpaid)
    }
}
