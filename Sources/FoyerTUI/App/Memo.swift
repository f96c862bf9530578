import Foundation
import FoyerCore

/// Results computed from the registry that many frames ask for (the sorted list, the filtered rows,
/// the fee totals), kept until what they were computed from changes. Views and `update` stay pure: a
/// memo returns exactly what computing afresh would, it only remembers. Keys are the registry's
/// revisions, which are unique across registries, so copies of the state can share one memo.
///
/// The main loop is single-threaded; the lock is there so a memo is never torn if that changes.
public final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var sorted: [SortKey: [Int32]] = [:]
    private var lastRows: (key: RowsKey, rows: RowsStorage)?
    private var lastTotals: (key: TotalsKey, value: FeeTotals)?
    private var lastOverTime: (key: TotalsKey, value: RegistrationsOverTime)?
    private var lastMatches: (key: MatchesKey, value: [Registrant])?

    public init() {}

    private struct SortKey: Hashable { var order: Int; var sort: RegistrantSort; var categories: [String] }
    private struct RowsKey: Hashable {
        var revision: Int, orderRevision: Int, query: String, sort: RegistrantSort, filter: RegistrantFilter
        var categories: [String], lateAfter: LocalDate?
    }
    private struct MatchesKey: Hashable { var query: String, limit: Int, codePrefix: String, revision: Int }
    private struct TotalsKey: Hashable {
        var revision: Int, categories: [FeeCategory], deadline: LocalDate?, date: LocalDate
        init(_ event: Event, _ registry: Registry) {
            revision = registry.revision; categories = event.feeCategories; deadline = event.registrationDeadline; date = event.date
        }
    }

    /// The rows the registrants pane shows: the search's best matches or everyone sorted, then the filter.
    func rows(registry: Registry, index: SearchIndex, event: Event, state: RegistrantsState) -> RegistrantRows {
        let query = state.query.text.trimmingCharacters(in: .whitespaces)
        let categories = event.feeCategories.map(\.id)
        // Filters that look at payments or check-ins change with every change; the plain list only when
        // someone is added, removed or renamed.
        let revision = query.isEmpty && state.filter == .all ? 0 : registry.revision
        let key = RowsKey(revision: revision, orderRevision: registry.orderRevision, query: query, sort: state.sort,
                          filter: state.filter, categories: categories, lateAfter: event.registrationDeadline)
        lock.lock(); defer { lock.unlock() }
        if let last = lastRows, last.key == key { return RegistrantRows(registry: registry, storage: last.rows) }
        var positions: [Int32]
        var matches: Int?
        if query.isEmpty {
            let sortKey = SortKey(order: registry.orderRevision, sort: state.sort, categories: state.sort == .category ? categories : [])
            if let cached = sorted[sortKey] { positions = cached } else {
                if state.sort == .name, let codes = index.codesInNameOrder, codes.count == registry.count,
                   case let fromIndex = codes.compactMap({ registry.index(of: $0).map(Int32.init) }), fromIndex.count == registry.count {
                    // The search index keeps everyone in this order already.
                    positions = fromIndex
                } else {
                    positions = RegistrantList.sortedPositions(registry: registry, by: state.sort, event: event)
                }
                sorted = sorted.filter { $0.key.order == registry.orderRevision }
                sorted[sortKey] = positions
            }
        } else {
            // The best matches only: one letter can match 100,000 people, and nobody reads past the first
            // thousand; the count line says how many there are, and typing more narrows them. With a
            // filter every match is looked at (the unpaid among all who match "a", not among the best
            // thousand), and only what is shown is cut to the best thousand.
            let filtering = state.filter != .all
            let found = index.searchCounting(query, limit: filtering ? .max : RegistrantList.searchLimit)
            positions = found.codes.compactMap { registry.index(of: $0).map(Int32.init) }
            if !filtering, found.total > found.codes.count { matches = found.total }
        }
        if state.filter != .all {
            positions = positions.filter { state.filter.includes(registry.registrants[Int($0)], event: event) }
            if !query.isEmpty, positions.count > RegistrantList.searchLimit {
                matches = positions.count
                positions.removeLast(positions.count - RegistrantList.searchLimit)
            }
        }
        let storage = RowsStorage(positions: positions, registryCount: registry.count, matchesBeyondLimit: matches)
        lastRows = (key, storage)
        return RegistrantRows(registry: registry, storage: storage)
    }

    /// The check-in pane's matches for a query: asked for by the key that typed it and by every frame
    /// drawn after (the loop draws several times a second), computed once per query and registry.
    func checkInMatches(query: String, limit: Int, codePrefix: String, registry: Registry, _ compute: () -> [Registrant]) -> [Registrant] {
        remembered(&lastMatches, MatchesKey(query: query, limit: limit, codePrefix: codePrefix, revision: registry.revision), compute)
    }

    func feeTotals(event: Event, registry: Registry) -> FeeTotals {
        remembered(&lastTotals, TotalsKey(event, registry)) { FeeTotals(event: event, registrants: registry.registrants) }
    }

    func registrationsOverTime(event: Event, registry: Registry) -> RegistrationsOverTime {
        remembered(&lastOverTime, TotalsKey(event, registry)) { RegistrationsOverTime(event: event, registrants: registry.registrants) }
    }

    /// The value in `slot` when it was computed for `key`, else computed now and kept.
    private func remembered<Key: Equatable, Value>(_ slot: inout (key: Key, value: Value)?, _ key: Key, _ compute: () -> Value) -> Value {
        lock.lock(); defer { lock.unlock() }
        if let last = slot, last.key == key { return last.value }
        let value = compute()
        slot = (key, value)
        return value
    }
}

/// The rows as positions in the registry, and which row each position is on (for keeping a selection).
final class RowsStorage: @unchecked Sendable {
    let positions: [Int32]
    private let registryCount: Int
    private var rowOfPosition: [Int32]?
    private let lock = NSLock()

    /// How many matched in all, when that is more than the search keeps.
    let matchesBeyondLimit: Int?

    init(positions: [Int32], registryCount: Int, matchesBeyondLimit: Int? = nil) {
        self.positions = positions; self.registryCount = registryCount; self.matchesBeyondLimit = matchesBeyondLimit
    }

    func row(ofPosition position: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        if rowOfPosition == nil {
            var map = [Int32](repeating: -1, count: registryCount)
            for (row, p) in positions.enumerated() where Int(p) < registryCount { map[Int(p)] = Int32(row) }
            rowOfPosition = map
        }
        guard position >= 0, position < registryCount, let row = rowOfPosition?[position], row >= 0 else { return nil }
        return Int(row)
    }
}

/// The registrants pane's rows: a view into the registry, so a list of 100,000 copies nobody.
public struct RegistrantRows: RandomAccessCollection {
    let registry: Registry
    let storage: RowsStorage
    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.positions.count }
    public subscript(row: Int) -> Registrant { registry.registrants[Int(storage.positions[row])] }
    /// How many matched the search in all, when more than the rows hold (nil when all are here).
    public var matchesBeyondLimit: Int? { storage.matchesBeyondLimit }
    /// The row showing this code, if it is shown.
    public func row(of code: String) -> Int? { registry.index(of: code).flatMap { storage.row(ofPosition: $0) } }
}

