import Foundation
import FoyerCore

/// Derived data that both `update` and the views read, computed in one place (and remembered by
/// `Memo` where it is costly): the registrants' rows, the check-in matches, and how far each reading
/// view scrolls. Update never draws and views never update: both ask here.
public enum Selectors {
    /// The registrants pane's rows: the search's best matches or everyone sorted, then the filter.
    public static func rows(_ s: AppState) -> RegistrantRows {
        s.memo.rows(registry: s.registry, index: s.searchIndex, event: s.event, state: s.registrants)
    }

    /// Who the check-in search finds: a whole code is that one person, else the search's best.
    public static func checkInMatches(_ s: AppState, limit: Int = 50) -> [Registrant] {
        let query = s.checkIn.query.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        return s.memo.checkInMatches(query: query, limit: limit, codePrefix: s.event.codePrefix, registry: s.registry) {
            // A whole code ("saf42", "SAF-0042") is that one person, whatever else its digits match.
            if let code = RegistrantCode.normalise(query, prefix: s.event.codePrefix), let r = s.registry[code] { return [r] }
            return s.searchIndex.search(query, limit: limit).compactMap { s.registry[$0] }
        }
    }

    /// How many of the matches share this person's name (folded: accents and case ignored), themselves
    /// included: more than one, and the desk must choose by hand.
    public static func namesakes(of r: Registrant, in matches: [Registrant]) -> Int {
        nameCounts(matches)[TextFolding.words(r.fullName)] ?? 0
    }

    /// How many of the matches have each folded name: folded once per match, for a whole list.
    public static func nameCounts(_ matches: [Registrant]) -> [[String]: Int] {
        matches.reduce(into: [:]) { $0[TextFolding.words($1.fullName), default: 0] += 1 }
    }

    /// How far the event information scrolls: to its last line, no further.
    static func infoMaxScroll(_ s: AppState) -> Int {
        let layout = s.layout
        return ListScroll.limit(count: EventInfoText.lines(event: s.event, now: s.now, width: layout.width - 2, language: s.language).count, visible: layout.bodyHeight)
    }

    /// How far the selected item's details scroll.
    static func detailMaxScroll(_ s: AppState) -> Int {
        let layout = s.layout
        guard s.event.programme.items.indices.contains(s.agenda.selected) else { return 0 }
        let lines = ItemDetailText.lines(event: s.event, index: s.agenda.selected, history: s.eventHistory, width: layout.width - 2, language: s.language)
        return ListScroll.limit(count: lines.count, visible: layout.bodyHeight)
    }

    /// How far one registrant's full record scrolls.
    static func registrantDetailMaxScroll(_ code: String, _ s: AppState) -> Int {
        guard let r = s.registry[code] else { return 0 }
        let layout = s.layout
        return ListScroll.limit(count: RegistrantDetailText.lines(r, state: s, width: layout.width - 2).count, visible: layout.bodyHeight)
    }

    /// How far help scrolls: its last line at the bottom of its box.
    static func helpMaxScroll(_ s: AppState) -> Int {
        let visible = max(1, s.layout.height - 4) // the box is height − 2 rows, minus its frame
        let lines = HelpText.lines(context: s.screens.screen(for: s.pane).helpContext, language: s.language, deskOnly: s.deskOnly, keys: s.screens.keys,
                                   width: HelpView.textWidth(s.layout))
        return ListScroll.limit(count: lines.count, visible: visible)
    }
}

extension Update {
    /// The registrants pane's rows (`Selectors.rows`), as tests and the benchmark name them.
    public static func rows(_ s: AppState) -> RegistrantRows { Selectors.rows(s) }
}
