import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// At 100,000 registrants a search matches far more people than the list shows (its best thousand): a
/// filter must still see every match. For each search and filter, the registrants pane's rows and its
/// count line are compared with a plain scan of everyone: each person in turn, kept when the search
/// matches them (the unlimited search's set, which `SearchEquivalenceTests` holds to the reference
/// search) and the filter takes them, in the search's order.
final class SearchFilterScanTests: XCTestCase {
    func testEverySearchAndFilterSeesEveryMatchAt100000() throws {
        let event = try Fixtures.sampleEvent()
        var people = RegistrantGenerator(event: event, seed: 18).make(count: 100_000)
        // Some of them are in already, so the check-in filters have people on both sides.
        for i in stride(from: 0, to: people.count, by: 7) where people[i].status == .registered {
            people[i].checkIn = CheckIn(time: Fixtures.duringWorkshop, desk: "A")
        }
        var s = AppState(event: event, now: Fixtures.duringWorkshop, registry: Registry(registrants: people))
        s = Fixtures.press([.char("2")], s).0
        let registry = s.registry
        let filters = RegistrantFilter.cycle(event: event).filter { $0 != .all }
        XCTAssertGreaterThan(filters.count, 5)
        for query in ["a", "an", "berg", "ö", "sll", "1", "saf-1", "karolinska", "anna b", "zzzz"] {
            let matching = s.searchIndex.search(query)
            let matched = Set(matching)
            for filter in filters {
                // The plain scan: everyone, one by one.
                var kept = Set<String>()
                for r in registry.registrants where matched.contains(r.code) && filter.includes(r, event: event) { kept.insert(r.code) }
                let scan = matching.filter(kept.contains)
                s.registrants.query = LineEditor(query, limit: 200)
                s.registrants.filter = filter
                let rows = Update.rows(s)
                let what = "\"\(query)\" with the filter \(filter.label(event: event).en)"
                XCTAssertEqual(rows.matchesBeyondLimit ?? rows.count, scan.count, "the count of \(what)")
                XCTAssertEqual(rows.map(\.code), Array(scan.prefix(RegistrantList.searchLimit)), "the rows of \(what)")
            }
        }
        // The searches are broad enough that the thousand matter: "a" matches most people.
        XCTAssertGreaterThan(s.searchIndex.search("a").count, 10 * RegistrantList.searchLimit)
    }
}
