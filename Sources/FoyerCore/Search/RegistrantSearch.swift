/// Word-prefix search over registrants, case- and diacritic-insensitive: "ober" finds Öberg, "asa" finds
/// Åsa, "angst" finds Ängström, "saf-42" or "42" finds SAF-0042. Every word of the query must start some
/// word of the registrant's name, email, organisation or code. Best matches first.
///
/// The folded words are computed once per registrant (`SearchIndex.Entry`), so a keystroke only compares
/// prefixes.
public struct SearchIndex: Sendable {
    public struct Entry: Sendable, Hashable {
        public var code: String
        var nameWords: [String]    // first name words, then last name words
        var lastNameWords: Set<String>
        var emailWords: [String]
        var organisationWords: [String]
        var codeWords: [String]    // "saf-0042", "saf", "0042", "42"
        var sortKey: String

        public init(_ r: Registrant) {
            code = r.code
            let first = TextFolding.words(r.firstName), last = TextFolding.words(r.lastName)
            nameWords = first + last
            lastNameWords = Set(last)
            let email = TextFolding.fold(r.email)
            emailWords = email.isEmpty ? [] : [email] + TextFolding.words(r.email)
            organisationWords = TextFolding.words(r.organisation)
            let foldedCode = TextFolding.fold(r.code)
            var cw = [foldedCode] + TextFolding.words(r.code)
            if let n = RegistrantCode.number(in: r.code) { cw.append(String(n)) }
            codeWords = cw
            sortKey = TextFolding.fold(r.sortName)
        }
    }

    public private(set) var entries: [Entry]
    private var positionByCode: [String: Int]

    public init(_ registrants: [Registrant]) {
        entries = registrants.map(Entry.init)
        positionByCode = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.code, $0) })
    }

    /// Keeps the index in step with one registrant's change (added, edited or deleted).
    public mutating func update(_ registrant: Registrant?, code: String) {
        if let registrant {
            if let i = positionByCode[code] { entries[i] = Entry(registrant) }
            else { positionByCode[code] = entries.count; entries.append(Entry(registrant)) }
        } else if let i = positionByCode[code] {
            entries.remove(at: i)
            positionByCode[code] = nil
            for j in i..<entries.count { positionByCode[entries[j].code] = j }
        }
    }

    /// The codes matching the query, best first. An empty query matches nothing.
    public func search(_ query: String, limit: Int = .max) -> [String] {
        let terms = TextFolding.words(query)
        let wholeQuery = TextFolding.fold(query.trimmingCharacters(in: .whitespaces))
        guard !terms.isEmpty else { return [] }
        var hits: [(score: Int, key: String, code: String)] = []
        for entry in entries {
            if let score = SearchIndex.score(entry, terms: terms, whole: wholeQuery) {
                hits.append((score, entry.sortKey, entry.code))
            }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : ($0.key != $1.key ? $0.key < $1.key : $0.code < $1.code) }
        return hits.prefix(limit).map(\.code)
    }

    /// Nil when some term matches nothing; otherwise higher is better: an exact code beats a whole last
    /// name, which beats a whole first name, which beats a prefix, which beats an email or organisation.
    static func score(_ e: Entry, terms: [String], whole: String) -> Int? {
        if e.codeWords.first == whole { return 10_000 }
        var total = 0
        for term in terms {
            var best = 0
            for w in e.nameWords where w.hasPrefix(term) {
                let exact = w.count == term.count
                let s = e.lastNameWords.contains(w) ? (exact ? 60 : 40) : (exact ? 50 : 30)
                best = max(best, s)
            }
            if best < 30 {
                for w in e.codeWords where w.hasPrefix(term) { best = max(best, w.count == term.count ? 45 : 25) }
                for w in e.emailWords where w.hasPrefix(term) { best = max(best, 15) }
                for w in e.organisationWords where w.hasPrefix(term) { best = max(best, w.count == term.count ? 12 : 10) }
            }
            guard best > 0 else { return nil }
            total += best
        }
        return total
    }
}

import Foundation
