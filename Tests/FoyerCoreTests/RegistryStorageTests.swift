import XCTest
@testable import FoyerCore

/// The registry's storage: chunked so that a change copies one chunk, and revisions that caches key on.
final class RegistryStorageTests: XCTestCase {
    func testChunkedArrayBehavesLikeAnArrayAcrossChunks() {
        let n = ChunkedArray<Int>.chunkSize * 3 + 7
        var chunked = ChunkedArray<Int>()
        var plain: [Int] = []
        for i in 0..<n { chunked.append(i); plain.append(i) }
        XCTAssertEqual(Array(chunked), plain)
        XCTAssertEqual(chunked.count, n)
        let shared = chunked
        chunked[ChunkedArray<Int>.chunkSize + 1] = -1
        plain[ChunkedArray<Int>.chunkSize + 1] = -1
        XCTAssertEqual(Array(chunked), plain)
        XCTAssertEqual(shared[ChunkedArray<Int>.chunkSize + 1], ChunkedArray<Int>.chunkSize + 1, "a copy keeps its value")
        for i in [0, ChunkedArray<Int>.chunkSize - 1, ChunkedArray<Int>.chunkSize, n - 5] {
            XCTAssertEqual(chunked.remove(at: i), plain.remove(at: i))
            XCTAssertEqual(Array(chunked), plain)
        }
        chunked.append(99); plain.append(99)
        XCTAssertEqual(Array(chunked), plain)
        XCTAssertEqual(chunked, ChunkedArray(plain))
        XCTAssertNotEqual(chunked, shared)
    }

    func testCodeNumbersAreReadOverBytesAsBefore() {
        let cases: [(String, Int?)] = [("SAF-0042", 42), ("SAF-100000", 100_000), ("A-B-12", 12), ("SAF-", nil), ("SAF42", nil),
                                       ("SAF-1x", nil), ("SAF-٤٢", nil), ("", nil), ("-7", 7), ("SAF-0000", 0)]
        for (code, number) in cases { XCTAssertEqual(RegistrantCode.number(in: code), number, code) }
    }

    func testRevisionsFollowChangesAndOrderRevisionOnlyMembershipAndNames() throws {
        let people = RegistrantGenerator(event: try Fixtures.impasses(), seed: 5).make(count: 600)
        var registry = Registry(registrants: people)
        let other = Registry(registrants: people)
        XCTAssertEqual(registry, other)
        XCTAssertNotEqual(registry.revision, other.revision, "revisions are unique across registries")
        let start = registry.revision, order = registry.orderRevision
        let somebody = try XCTUnwrap(people.first { $0.status == .registered && $0.checkIn == nil })
        try registry.apply(.checkIn(code: somebody.code, CheckIn(time: Date(), desk: "A")))
        XCTAssertNotEqual(registry.revision, start)
        XCTAssertEqual(registry.orderRevision, order, "a check-in does not change any order")
        XCTAssertEqual(registry, registry, "equality ignores revisions")
        var edit = RegistrantEdit()
        edit.lastName = "Zetterberg"
        try registry.apply(.edit(code: somebody.code, edit))
        XCTAssertNotEqual(registry.orderRevision, order, "a name change may reorder")
        XCTAssertEqual(registry[somebody.code]?.lastName, "Zetterberg")
        XCTAssertEqual(other[somebody.code]?.lastName, somebody.lastName, "the copy is untouched")
    }

    func testCheckRejectsWhatApplyRejectsAndChangesNothing() throws {
        let people = RegistrantGenerator(event: try Fixtures.impasses(), seed: 6).make(count: 80)
        var registry = Registry(registrants: people)
        let checkedIn = try XCTUnwrap(people.first { $0.status == .registered })
        try registry.apply(.checkIn(code: checkedIn.code, CheckIn(time: Date(), desk: "A")))
        let cancelled = try XCTUnwrap(people.first { $0.status == .cancelled })
        let changes: [Change] = [
            .checkIn(code: checkedIn.code, CheckIn(time: Date(), desk: "B")),
            .checkIn(code: cancelled.code, CheckIn(time: Date(), desk: "B")),
            .checkIn(code: "SAF-9999", CheckIn(time: Date(), desk: "B")),
            .register(people[3]),
            .recordPayment(code: checkedIn.code, Payment(id: "x", amount: .zero, method: .cash, time: Date(), reference: "", desk: "A")),
            .undoCheckIn(code: cancelled.code, CheckInEvent(action: .undone, time: Date(), desk: "A", reason: "test")),
            .delete(code: "SAF-9999"),
        ]
        for change in changes {
            let before = registry
            XCTAssertThrowsError(try registry.check(change), "\(change)")
            XCTAssertThrowsError(try registry.apply(change), "\(change)")
            XCTAssertEqual(registry, before)
            XCTAssertEqual(registry.revision, before.revision, "a rejected change is no change")
        }
    }

    /// After any sequence of changes, the running tally equals one counted afresh over everyone.
    func testTallyFollowsEveryChangeAsIfCountedAfresh() throws {
        let event = try Fixtures.impasses()
        var random = SeededRandom(seed: 11)
        let people = RegistrantGenerator(event: event, seed: 12).make(count: 300)
        var registry = Registry(registrants: people)
        let base = Date(timeIntervalSince1970: 1_237_449_600)
        for step in 0..<1500 {
            let r = registry.registrants[Int(random.next() % UInt64(registry.count))]
            let t = base.addingTimeInterval(Double(random.next() % 20_000))
            let change: Change
            switch random.next() % 7 {
            case 0, 1: change = .checkIn(code: r.code, CheckIn(time: t, desk: "A"))
            case 2: change = .undoCheckIn(code: r.code, CheckInEvent(action: .undone, time: t, desk: "A", reason: "x"))
            case 3: change = .setStatus(code: r.code, [.registered, .waitlisted, .cancelled][Int(random.next() % 3)])
            case 4: change = .recordPayment(code: r.code, Payment(id: "p\(step)", amount: .major(500), method: .cash, time: t, reference: "", desk: "A"))
            case 5:
                var edit = RegistrantEdit()
                edit.feeCategoryID = event.feeCategories[Int(random.next() % UInt64(event.feeCategories.count))].id
                change = .edit(code: r.code, edit)
            default:
                if random.next() % 3 == 0 { change = .delete(code: r.code) }
                else { var n = r; n.code = registry.nextCode(prefix: "SAF"); n.checkIn = nil; change = .register(n) }
            }
            try? registry.apply(change)
            let fresh = RegistryTally(registry.registrants), running = registry.tally
            XCTAssertEqual([running.registered, running.waitlisted, running.cancelled, running.arrived, running.unpaid, running.unpaidArrived, running.checkedIn],
                           [fresh.registered, fresh.waitlisted, fresh.cancelled, fresh.arrived, fresh.unpaid, fresh.unpaidArrived, fresh.checkedIn], "step \(step)")
            XCTAssertEqual(running.byCategory.filter { $0.value != .init() }, fresh.byCategory.filter { $0.value != .init() }, "step \(step)")
            XCTAssertEqual(running.arrivalsByQuarter, fresh.arrivalsByQuarter, "step \(step)")
            let shown = min(running.latest.count, RegistryTally.latestLimit / 2)
            XCTAssertEqual(running.latest.prefix(shown).map(\.code), fresh.latest.prefix(shown).map(\.code), "step \(step)")
            if step % 100 == 0 { XCTAssertGreaterThan(registry.count, 0) }
        }
        XCTAssertGreaterThan(registry.tally.checkedIn, 20, "the walk did check people in")
    }
}
