import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// What the memo remembers must always equal what computing afresh gives, whatever changed between.
final class MemoTests: XCTestCase {
    /// The rows as the pane computed them before there was a memo: sort or search, then filter.
    func fresh(_ s: AppState) -> [String] {
        let query = s.registrants.query.text.trimmingCharacters(in: .whitespaces)
        var rows: [Registrant]
        // Names in the event's order (the Stockholm event's is Swedish).
        let key = { (name: String) in Collation.key(name, language: s.event.attendeeLanguage) }
        if query.isEmpty {
            let people = Array(s.registry.registrants)
            switch s.registrants.sort {
            case .name: rows = people.sorted { (key($0.sortName), $0.code) < (key($1.sortName), $1.code) }
            case .code: rows = people.sorted { (RegistrantCode.number(in: $0.code) ?? 0, $0.code) < (RegistrantCode.number(in: $1.code) ?? 0, $1.code) }
            case .registered: rows = people.sorted { ($0.registeredAt, $0.code) < ($1.registeredAt, $1.code) }
            case .category:
                let order = Dictionary(uniqueKeysWithValues: s.event.feeCategories.enumerated().map { ($1.id, $0) })
                rows = people.enumerated().sorted { a, b in
                    let ka = (order[a.element.feeCategoryID] ?? 99, key(a.element.sortName))
                    let kb = (order[b.element.feeCategoryID] ?? 99, key(b.element.sortName))
                    return ka != kb ? ka < kb : a.offset < b.offset
                }.map(\.element)
            }
        } else {
            rows = SearchIndex(Array(s.registry.registrants), language: s.event.attendeeLanguage).search(query).compactMap { s.registry[$0] }
        }
        if s.registrants.filter != .all { rows = rows.filter { s.registrants.filter.includes($0, event: s.event) } }
        return rows.map(\.code)
    }

    func testRowsFollowEveryKindOfChange() throws {
        var s = try RegistrantsUpdateTests.makeState(count: 300)
        var random = SeededRandom(seed: 3)
        let filters = RegistrantFilter.cycle(event: s.event)
        let queries = ["", "", "an", "berg", "saf-1", "ö"]
        for step in 0..<120 {
            s.registrants.sort = RegistrantSort.allCases[Int(random.next() % 4)]
            s.registrants.filter = filters[Int(random.next() % UInt64(filters.count))]
            s.registrants.query = LineEditor(queries[Int(random.next() % UInt64(queries.count))], limit: 200)
            XCTAssertEqual(Update.rows(s).map(\.code), fresh(s), "step \(step) before the change")
            XCTAssertEqual(Update.rows(s).map(\.code), fresh(s), "step \(step) remembered")
            // A change, as the store would report it.
            var registry = s.registry
            let someone = registry.registrants[Int(random.next() % UInt64(registry.count))]
            let change: Change
            switch random.next() % 4 {
            case 0: change = .checkIn(code: someone.code, CheckIn(time: s.now, desk: "A"))
            case 1: change = .recordPayment(code: someone.code, Payment(id: "p\(step)", amount: .major(100), method: .card, time: s.now))
            case 2:
                var edit = RegistrantEdit()
                edit.lastName = ["Öberg", "Andersson", "Berg", "Zorn"][Int(random.next() % 4)]
                change = .edit(code: someone.code, edit)
            default:
                var r = someone
                r.code = registry.nextCode(prefix: s.event.codePrefix)
                r.checkIn = nil
                change = .register(r)
            }
            guard (try? registry.apply(change)) != nil else { continue }
            s = Update.apply(s, .refreshed(registry: registry, journal: s.journal, codes: [change.code])).0
            XCTAssertEqual(Update.rows(s).map(\.code), fresh(s), "step \(step) after \(change.summaryPhrase.en)")
            let rows = Update.rows(s)
            if !rows.isEmpty {
                let i = Int(random.next() % UInt64(rows.count))
                XCTAssertEqual(rows.row(of: rows[i].code), i, "step \(step): the row of a shown code")
            }
        }
    }

    func testFeeTotalsFollowPayments() throws {
        var s = try RegistrantsUpdateTests.makeState(count: 100)
        s.pane = .fees
        let before = RootView.render(s).grid.text
        var registry = s.registry
        let someone = try XCTUnwrap(registry.registrants.first { $0.status == .registered && $0.due.minorUnits > 0 })
        try registry.apply(.recordPayment(code: someone.code, Payment(id: "p", amount: someone.due, method: .swish, time: s.now)))
        s = Update.apply(s, .refreshed(registry: registry, journal: s.journal, codes: [someone.code])).0
        let after = RootView.render(s).grid.text
        XCTAssertNotEqual(before, after, "the fees pane shows the payment")
        var unmemoised = s
        unmemoised = AppState(event: s.event, width: s.width, height: s.height, now: s.now, registry: s.registry)
        unmemoised.pane = .fees
        XCTAssertEqual(after, RootView.render(unmemoised).grid.text)
    }
}
