// A verbatim copy of the search and folding as they were before the compact index (commit d1ce566),
// renamed, kept as the reference the fast implementation must agree with exactly. Do not "improve" it.
@testable import FoyerCore

/// Word-prefix search over registrants, case- and diacritic-insensitive: "ober" finds Öberg, "asa" finds
/// Åsa, "angst" finds Ängström, "saf-42" or "42" finds SAF-0042. Every word of the query must start some
/// word of the registrant's name, email, organisation or code. Best matches first.
///
/// The folded words are computed once per registrant (`SearchIndex.Entry`), so a keystroke only compares
/// prefixes.
struct ReferenceSearchIndex: Sendable {
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
            let first = ReferenceFolding.words(r.firstName), last = ReferenceFolding.words(r.lastName)
            nameWords = first + last
            lastNameWords = Set(last)
            let email = ReferenceFolding.fold(r.email)
            emailWords = email.isEmpty ? [] : [email] + ReferenceFolding.words(r.email)
            organisationWords = ReferenceFolding.words(r.organisation)
            let foldedCode = ReferenceFolding.fold(r.code)
            var cw = [foldedCode] + ReferenceFolding.words(r.code)
            if let n = RegistrantCode.number(in: r.code) { cw.append(String(n)) }
            codeWords = cw
            sortKey = ReferenceFolding.fold(r.sortName)
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
        let terms = ReferenceFolding.words(query)
        let wholeQuery = ReferenceFolding.fold(query.trimmingCharacters(in: .whitespaces))
        guard !terms.isEmpty else { return [] }
        var hits: [(score: Int, key: String, code: String)] = []
        for entry in entries {
            if let score = ReferenceSearchIndex.score(entry, terms: terms, whole: wholeQuery) {
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

/// Folds text for matching: lower case, diacritics removed, letters with no decomposition spelled out
/// ("Ö" → "o", "Å" → "a", "é" → "e", "ø" → "o", "ß" → "ss", "æ" → "ae"). Done once per registrant, not
/// per keystroke.
enum ReferenceFolding {
    /// The folded text, keeping spaces and punctuation (so it can still be split into words).
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        // Canonical decomposition separates base letters from their marks ("å" → "a" + ring).
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 65 && v <= 90 { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
                continue
            }
            if isCombiningMark(v) { continue }
            if let spelled = special[v] { out.append(contentsOf: spelled.unicodeScalars); continue }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
    }

    /// The folded words of a text: runs of letters and digits. "Öberg-Lind, Åsa" → ["oberg", "lind", "asa"].
    public static func words(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    static func isCombiningMark(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
            || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v)
    }

    /// Letters that do not decompose into a base letter and a mark.
    static let special: [UInt32: String] = [
        0x00D8: "o", 0x00F8: "o", // Ø ø
        0x00C6: "ae", 0x00E6: "ae", // Æ æ
        0x0152: "oe", 0x0153: "oe", // Œ œ
        0x00DF: "ss", 0x1E9E: "ss", // ß ẞ
        0x00D0: "d", 0x00F0: "d", 0x0110: "d", 0x0111: "d", // Ð ð Đ đ
        0x00DE: "th", 0x00FE: "th", // Þ þ
        0x0141: "l", 0x0142: "l", // Ł ł
        0x0131: "i", // dotless i
        0x2019: "'", 0x2018: "'",
    ]
}

import Foundation
