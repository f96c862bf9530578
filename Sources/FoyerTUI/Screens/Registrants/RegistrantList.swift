import FoyerCore

/// The rows the registrants pane shows: the search's results (best first) or everyone sorted, then
/// the filter. Computed from the registry (and remembered by `Memo` until it changes), never stored
/// apart from it, so it can never disagree with it.
public enum RegistrantList {
    /// The most search results the list holds (the best first).
    public static let searchLimit = 1000

    /// Everyone's positions in the registry, in the order asked for. Each sort key is computed once per
    /// person, not once per comparison.
    static func sortedPositions(registry: Registry, by sort: RegistrantSort, event: Event) -> [Int32] {
        let people = registry.registrants
        var positions = (0..<Int32(people.count)).map { $0 }
        switch sort {
        case .name:
            let keys = people.map { Collation(event.attendeeLanguage).key($0.sortName) }
            let codes = people.map(\.code)
            positions.sort { a, b in
                let (i, j) = (Int(a), Int(b))
                return keys[i] != keys[j] ? keys[i] < keys[j] : codes[i] < codes[j]
            }
        case .code:
            let numbers = people.map { RegistrantCode.number(in: $0.code) ?? 0 }
            let codes = people.map(\.code)
            positions.sort { a, b in
                let (i, j) = (Int(a), Int(b))
                return numbers[i] != numbers[j] ? numbers[i] < numbers[j] : codes[i] < codes[j]
            }
        case .registered:
            let times = people.map(\.registeredAt)
            let codes = people.map(\.code)
            positions.sort { a, b in
                let (i, j) = (Int(a), Int(b))
                return times[i] != times[j] ? times[i] < times[j] : codes[i] < codes[j]
            }
        case .category:
            let order = Dictionary(uniqueKeysWithValues: event.feeCategories.enumerated().map { ($1.id, $0) })
            let ranks = people.map { order[$0.feeCategoryID] ?? 99 }
            let keys = people.map { Collation(event.attendeeLanguage).key($0.sortName) }
            positions.sort { a, b in
                let (i, j) = (Int(a), Int(b))
                return ranks[i] != ranks[j] ? ranks[i] < ranks[j] : keys[i] < keys[j]
            }
        }
        return positions
    }

    /// "42 of 180 shown · 12 unpaid · 3 waitlisted"
    public static func countLine(shown: Int, registry: Registry, matches: Int? = nil, language: Language = .en) -> String {
        typealias Words = Catalogue.Registrants
        let j = Phrase(verbatim: Glyphs.current.joiner)
        let first = matches.map { Words.bestOf(shown: shown, matches: $0) } ?? Words.shownOf(shown: shown, count: registry.count)
        return (first + j + Words.unpaidCount(registry.tally.unpaid) + j + Words.waitlistedCount(registry.tally.waitlisted))[language]
    }

    /// The waiting list in order: first registered, first promoted.
    public static func waitingList(_ registry: Registry) -> [Registrant] {
        registry.registrants.filter { $0.status == .waitlisted }.sorted { ($0.registeredAt, $0.code) < ($1.registeredAt, $1.code) }
    }

    public static func isFull(event: Event, registry: Registry) -> Bool {
        guard let capacity = event.capacity else { return false }
        return registry.tally.registered >= capacity
    }
}
