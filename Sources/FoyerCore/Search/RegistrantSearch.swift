import Foundation

/// Word-prefix search over registrants, case- and diacritic-insensitive: "ober" finds Öberg, "asa" finds
/// Åsa, "angst" finds Ängström, "saf-42" or "42" finds SAF-0042. Every word of the query must start some
/// word of the registrant's name, email, organisation or code. Best matches first.
///
/// Scoring, per word of the query, the best of the registrant's words it starts: a whole last name 60, a
/// last-name prefix 40, a whole first name 50, a first-name prefix 30; only when no name word matches, a
/// whole code word 45, a code-word prefix 25, an email word 15, a whole organisation word 12, a prefix 10.
/// The scores of the query's words add up; a query that is the registrant's whole code scores 10,000. Ties
/// are in (folded sort name, code) order.
///
/// Everything is folded once, into a compact index: the distinct folded words as UTF-8 sorted bytewise, each
/// with its postings (registrant and which fields the word is in), so a query word's matches are a
/// binary-searched range of words. Registrants are numbered in (sort name, code) order, so results are
/// ordered by integers. Changes go to a small overlay (changed and added registrants, scanned per query) over
/// the built base, with the base's stale entries marked removed; the base is rebuilt when the overlay grows.
public struct SearchIndex: Sendable {
    var base: SearchBase
    /// Changed and added registrants, in (sort key, code) order.
    var overlay: [OverlayEntry] = []
    /// Base entries that were changed or removed, a bit per base rank.
    var removed: [UInt64]
    var removedCount = 0

    /// The index of these registrants, ranked by name in the order of `language` (the event's own:
    /// `event.attendeeLanguage`; Swedish puts Å, Ä, Ö after Z).
    public init<S: Sequence>(_ registrants: S, language: Language = .en) where S.Element == Registrant {
        base = SearchBase(FoldedEntries(registrants, collation: Collation(language)))
        removed = [UInt64](repeating: 0, count: (base.count + 63) / 64)
    }

    public init(_ registrants: [Registrant], language: Language = .en) {
        base = SearchBase(FoldedEntries(registrants, collation: Collation(language)))
        removed = [UInt64](repeating: 0, count: (base.count + 63) / 64)
    }

    /// The order it ranks names in.
    public var collation: Collation { base.collation }

    /// Every code in (sort name in the index's collation, code) order — the registrants list's order by name — when the
    /// index has no pending changes; nil otherwise. The index keeps this order anyway, so the list
    /// need not sort 100,000 names again.
    public var codesInNameOrder: [String]? { overlay.isEmpty && removedCount == 0 ? base.codes : nil }

    /// True when the index holds this code (as a registrant's code).
    public func contains(code: String) -> Bool {
        overlay.contains { $0.key == code } || base.rank(ofCode: code, skipping: removed) != nil
    }

    /// How many registrants are indexed.
    public var count: Int { base.count - removedCount + overlay.count }

    /// Keeps the index in step with one registrant's change (added, edited or deleted).
    public mutating func update(_ registrant: Registrant?, code: String) {
        if let i = overlay.firstIndex(where: { $0.key == code }) {
            overlay.remove(at: i)
        } else if let r = base.rank(ofCode: code, skipping: removed) {
            removed[r >> 6] |= 1 << UInt64(r & 63)
            removedCount += 1
        }
        if let registrant {
            let entry = OverlayEntry(key: code, registrant, base: base)
            let i = overlay.partitioningIndex { !OverlayEntry.lessThan($0, entry) }
            overlay.insert(entry, at: i)
        }
        if overlay.count > max(1000, base.count / 16) { rebuild() }
    }

    /// The codes matching the query, best first. An empty query matches nothing.
    public func search(_ query: String, limit: Int = .max) -> [String] {
        search(query, limit: limit, counting: false).codes
    }

    /// The first `limit` codes matching the query, best first, and how many match in all.
    public func searchCounting(_ query: String, limit: Int = .max) -> SearchResult {
        search(query, limit: limit, counting: true)
    }

    /// Everything indexed again as one base (when the overlay has grown).
    mutating func rebuild() {
        let recovered = base.foldedEntries()
        var entries = FoldedEntries(collation: base.collation)
        for r in 0..<recovered.count where removed[r >> 6] & (1 << UInt64(r & 63)) == 0 { entries.append(recovered, r) }
        for e in overlay { entries.append(e.folded, 0) }
        base = SearchBase(entries)
        removed = [UInt64](repeating: 0, count: (base.count + 63) / 64)
        removedCount = 0
        overlay = []
    }
}

/// Some codes matching a query, best first, and how many match in all.
public struct SearchResult: Sendable, Equatable {
    public var codes: [String]
    public var total: Int
}
