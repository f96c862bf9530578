import XCTest
@testable import FoyerCore

/// The organiser's numbers equal the sums over the registrants.
final class StatsTests: XCTestCase {
    func testHandWorkedExample() throws {
        let event = try Fixtures.impasses()
        let time = Fixtures.instant("2009-02-01T12:00:00+01:00")
        var standard = Fixtures.person("Åsa", "Öberg", code: "SAF-0001", category: "standard", price: .major(2000), registeredAt: time)
        standard.payments = [Payment(id: "1", amount: .major(2000), method: .invoice, time: time)]
        standard.checkIn = CheckIn(time: time, desk: "A")
        let student = Fixtures.person("Lars", "Ek", code: "SAF-0002", category: "student", price: .major(500),
                                      registeredAt: Fixtures.instant("2009-03-01T12:00:00+01:00"))
        var cancelled = Fixtures.person("Eva", "Holm", code: "SAF-0003", category: "pensioner", price: .major(1000), registeredAt: time)
        cancelled.status = .cancelled
        cancelled.payments = [Payment(id: "2", amount: .major(1000), method: .card, time: time),
                              Payment(id: "3", kind: .refund, amount: .major(1000), method: .card, time: time)]
        var panellist = Fixtures.person("Per", "Dahl", code: "SAF-0004", category: "standard", price: .major(2000), registeredAt: time)
        panellist.payments = [Payment(id: "4", kind: .waiver, amount: .major(2000), method: .other, time: time, reference: "panel")]

        let s = EventStats(event: event, registrants: [standard, student, cancelled, panellist])
        XCTAssertEqual(s.total, 4)
        XCTAssertEqual(s.registered, 3)
        XCTAssertEqual(s.cancelled, 1)
        XCTAssertEqual(s.waitlisted, 0)
        XCTAssertEqual(s.checkedIn, 1)
        XCTAssertEqual(s.late, 1)
        XCTAssertEqual(s.unpaid, 1)
        XCTAssertEqual(s.expectedRevenue, .major(4500))
        XCTAssertEqual(s.paid, .major(3000))
        XCTAssertEqual(s.refunded, .major(1000))
        XCTAssertEqual(s.waived, .major(2000))
        XCTAssertEqual(s.outstanding, .major(500))
        let line = Dictionary(uniqueKeysWithValues: s.categories.map { ($0.category.id, $0) })
        XCTAssertEqual(line["standard"]?.registered, 2)
        XCTAssertEqual(line["standard"]?.revenue, .major(4000))
        XCTAssertEqual(line["standard"]?.paid, .major(2000))
        XCTAssertEqual(line["student"]?.registered, 1)
        XCTAssertEqual(line["pensioner"]?.registered, 0)
        XCTAssertEqual(line["pensioner"]?.paid, .zero, "paid and refunded cancel out")
        XCTAssertEqual(line["psychotherapy-student"]?.registered, 0)
    }

    func testTotalsEqualTheSumsOverGeneratedRegistrants() throws {
        var event = try Fixtures.impasses()
        event.capacity = 150
        var people = RegistrantGenerator(event: event, seed: 11).make(count: 200)
        // Some arrive, some get money back, one has a category the event no longer has.
        for i in stride(from: 0, to: people.count, by: 3) where people[i].status == .registered {
            people[i].checkIn = CheckIn(time: Fixtures.instant("2009-03-19T08:40:00+01:00"), desk: "A")
        }
        for i in stride(from: 1, to: people.count, by: 17) where people[i].paid > .zero {
            people[i].payments.append(Payment(id: "R\(i)", kind: .refund, amount: .major(100), method: .swish, time: people[i].registeredAt))
        }
        people[5].feeCategoryID = "early-bird"

        let s = EventStats(event: event, registrants: people)
        let active = people.filter { $0.status == .registered }
        XCTAssertEqual(s.total, people.count)
        XCTAssertEqual(s.registered + s.waitlisted + s.cancelled, s.total)
        XCTAssertEqual(s.registered, active.count)
        XCTAssertEqual(s.waitlisted, people.filter { $0.status == .waitlisted }.count)
        XCTAssertGreaterThan(s.waitlisted, 0)
        XCTAssertEqual(s.cancelled, people.filter { $0.status == .cancelled }.count)
        XCTAssertEqual(s.checkedIn, active.filter(\.isCheckedIn).count)
        XCTAssertEqual(s.late, active.filter { event.isLate($0.registeredAt) }.count)
        XCTAssertEqual(s.expectedRevenue, active.map(\.price).sum())
        XCTAssertEqual(s.paid, people.map(\.paid).sum())
        XCTAssertEqual(s.refunded, people.map(\.refunded).sum())
        XCTAssertGreaterThan(s.refunded, .zero)
        XCTAssertEqual(s.outstanding, active.map(\.due).filter { $0 > .zero }.sum())
        XCTAssertEqual(s.unpaid, active.filter { $0.due > .zero }.count)

        XCTAssertEqual(s.categories.map(\.registered).reduce(0, +), s.registered)
        XCTAssertEqual(s.categories.map(\.checkedIn).reduce(0, +), s.checkedIn)
        XCTAssertEqual(s.categories.map(\.revenue).sum(), s.expectedRevenue)
        XCTAssertEqual(s.categories.map(\.paid).sum(), s.paid - s.refunded)
        XCTAssertEqual(s.categories.map(\.category.id), event.feeCategories.map(\.id) + ["early-bird"])
        for line in s.categories {
            let mine = people.filter { $0.feeCategoryID == line.category.id }
            XCTAssertEqual(line.registered, mine.filter { $0.status == .registered }.count, line.category.id)
            XCTAssertEqual(line.paid, mine.map { $0.paid - $0.refunded }.sum(), line.category.id)
        }
        // The VAT in the expected revenue is the sum of each line's VAT.
        let vat = s.categories.map { line in Money(minorUnits: line.category.vatSplit.vat.minorUnits * line.registered) }.sum()
        let net = s.categories.map { line in Money(minorUnits: line.category.vatSplit.net.minorUnits * line.registered) }.sum()
        XCTAssertEqual(net + vat, s.expectedRevenue)
    }

    func testDueAndSettled() {
        var r = Fixtures.person("Åsa", "Öberg", price: .major(2000))
        XCTAssertEqual(r.due, .major(2000)); XCTAssertFalse(r.isSettled)
        r.payments.append(Payment(id: "1", amount: .major(1500), method: .cash, time: Date()))
        XCTAssertEqual(r.due, .major(500))
        r.payments.append(Payment(id: "2", kind: .waiver, amount: .major(500), method: .other, time: Date()))
        XCTAssertEqual(r.due, .zero); XCTAssertTrue(r.isSettled)
        r.payments.append(Payment(id: "3", kind: .refund, amount: .major(200), method: .cash, time: Date()))
        XCTAssertEqual(r.due, .major(200))
        r.status = .cancelled
        XCTAssertEqual(r.due, .zero)
    }
}
