import FoyerCore

/// The rows the registrants pane shows: the search's results (best first) or everyone sorted, then
/// the filter. Computed from the registry, never stored, so it can never disagree with it.
public enum RegistrantList {
    public static func rows(registry: Registry, index: SearchIndex, event: Event, state: RegistrantsState) -> [Registrant] {
        let query = state.query.text.trimmingCharacters(in: .whitespaces)
        var rows: [Registrant]
        if query.isEmpty {
            rows = Array(registry.registrants)
            sort(&rows, by: state.sort, event: event)
        } else {
            rows = index.search(query).compactMap { registry[$0] }
        }
        if state.filter != .all { rows = rows.filter { state.filter.includes($0, event: event) } }
        return rows
    }

    static func sort(_ rows: inout [Registrant], by sort: RegistrantSort, event: Event) {
        switch sort {
        case .name:
            let keys = Dictionary(uniqueKeysWithValues: rows.map { ($0.code, TextFolding.fold($0.sortName)) })
            rows.sort { (keys[$0.code]!, $0.code) < (keys[$1.code]!, $1.code) }
        case .code:
            rows.sort { (RegistrantCode.number(in: $0.code) ?? 0, $0.code) < (RegistrantCode.number(in: $1.code) ?? 0, $1.code) }
        case .registered:
            rows.sort { ($0.registeredAt, $0.code) < ($1.registeredAt, $1.code) }
        case .category:
            let order = Dictionary(uniqueKeysWithValues: event.feeCategories.enumerated().map { ($1.id, $0) })
            rows.sort { (order[$0.feeCategoryID] ?? 99, TextFolding.fold($0.sortName)) < (order[$1.feeCategoryID] ?? 99, TextFolding.fold($1.sortName)) }
        }
    }

    /// "42 of 180 shown · 12 unpaid · 3 waitlisted"
    public static func countLine(shown: Int, registry: Registry) -> String {
        let unpaid = registry.tally.unpaid, waitlisted = registry.tally.waitlisted
        return "\(shown) of \(registry.count) shown · \(unpaid) unpaid · \(waitlisted) waitlisted"
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
