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

    public init<S: Sequence>(_ registrants: S) where S.Element == Registrant {
        base = SearchBase(FoldedEntries(registrants))
        removed = [UInt64](repeating: 0, count: (base.count + 63) / 64)
    }

    public init(_ registrants: [Registrant]) {
        base = SearchBase(FoldedEntries(registrants))
        removed = [UInt64](repeating: 0, count: (base.count + 63) / 64)
    }

    /// Every code in (folded sort name, code) order — the registrants list's order by name — when the
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
        var entries = FoldedEntries()
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

// MARK: Scores

/// Which fields of a registrant a word is in.
enum WordField {
    static let first: UInt32 = 1, last: UInt32 = 2, code: UInt32 = 4, email: UInt32 = 8, organisation: UInt32 = 16
    /// The whole folded code (for the exact-code rule); also a code word.
    static let wholeCode: UInt32 = 32
    static let bits = 6
    static let mask: UInt32 = 63

    /// A word's value for one query term, as one byte so the best is a plain max: 128 + the name score
    /// when it is a name word, else the code, email or organisation score.
    static let value: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 128)
        for fields in 0..<64 {
            for exact in [false, true] {
                let f = UInt32(fields)
                var name = 0, other = 0
                if f & last != 0 { name = exact ? 60 : 40 } else if f & first != 0 { name = exact ? 50 : 30 }
                if f & (code | wholeCode) != 0 { other = max(other, exact ? 45 : 25) }
                if f & email != 0 { other = max(other, 15) }
                if f & organisation != 0 { other = max(other, exact ? 12 : 10) }
                t[fields | (exact ? 64 : 0)] = UInt8(name > 0 ? 128 + name : other)
            }
        }
        return t
    }()

    @inline(__always) static func score(_ value: UInt8) -> Int { value >= 128 ? Int(value) - 128 : Int(value) }
}

// MARK: Folded registrants

/// Registrants folded, column by column: each one's code and sort key, and its distinct words (folded UTF-8
/// back to back in `bytes`) with the fields each is in.
struct FoldedEntries: Sendable {
    var codes: [String] = []
    var sortKeys: [String] = []
    var bytes: [UInt8] = []
    /// Word k is bytes[wordEnds[k-1]..<wordEnds[k]].
    var wordEnds: [UInt32] = []
    var wordFields: [UInt8] = []
    /// Entry i's words are entryEnds[i-1]..<entryEnds[i].
    var entryEnds: [UInt32] = []
    private var scratch: [UInt8] = []

    init() {}

    init(_ registrants: some Sequence<Registrant>) {
        for r in registrants { append(r) }
    }

    var count: Int { codes.count }
    @inline(__always) func wordStart(_ k: Int) -> Int { k == 0 ? 0 : Int(wordEnds[k - 1]) }
    @inline(__always) func words(of i: Int) -> Range<Int> { (i == 0 ? 0 : Int(entryEnds[i - 1]))..<Int(entryEnds[i]) }
    func word(_ k: Int) -> ArraySlice<UInt8> { bytes[wordStart(k)..<Int(wordEnds[k])] }

    mutating func append(_ r: Registrant) {
        codes.append(r.code)
        sortKeys.append(TextFolding.fold(r.sortName))
        let firstWord = wordEnds.count
        addWords(r.firstName, WordField.first, firstWord)
        addWords(r.lastName, WordField.last, firstWord)
        // The whole folded email is a word too.
        scratch.removeAll(keepingCapacity: true)
        TextFolding.appendFolded(r.email, to: &scratch)
        if !scratch.isEmpty {
            scratch.withUnsafeBufferPointer { add($0, WordField.email, firstWord) }
            splitWords(WordField.email, firstWord)
        }
        addWords(r.organisation, WordField.organisation, firstWord)
        scratch.removeAll(keepingCapacity: true)
        TextFolding.appendFolded(r.code, to: &scratch)
        if !scratch.isEmpty {
            scratch.withUnsafeBufferPointer { add($0, WordField.code | WordField.wholeCode, firstWord) }
            splitWords(WordField.code, firstWord)
        }
        if let n = Self.codeNumber(r.code) {
            var digits = Array(String(n).utf8)
            digits.withUnsafeMutableBufferPointer { add(UnsafeBufferPointer($0), WordField.code, firstWord) }
        }
        entryEnds.append(UInt32(wordEnds.count))
    }

    /// Entry i of another set, as it is.
    mutating func append(_ other: FoldedEntries, _ i: Int) {
        codes.append(other.codes[i])
        sortKeys.append(other.sortKeys[i])
        for k in other.words(of: i) {
            bytes.append(contentsOf: other.word(k))
            wordEnds.append(UInt32(bytes.count))
            wordFields.append(other.wordFields[k])
        }
        entryEnds.append(UInt32(wordEnds.count))
    }

    /// An entry from its words (each word once).
    mutating func append(code: String, sortKey: String, words: [(ArraySlice<UInt8>, UInt32)]) {
        codes.append(code)
        sortKeys.append(sortKey)
        for (w, f) in words {
            bytes.append(contentsOf: w)
            wordEnds.append(UInt32(bytes.count))
            wordFields.append(UInt8(f))
        }
        entryEnds.append(UInt32(wordEnds.count))
    }

    /// `RegistrantCode.number(in:)`, without making Characters when the code is ASCII.
    static func codeNumber(_ code: String) -> Int? {
        var n = 0, digits = 0, ascii = true
        for b in code.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b == UInt8(ascii: "-") { n = 0; digits = 0; continue }
            if b >= 0x30 && b <= 0x39 {
                if digits >= 0 {
                    let (m, o1) = n.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int(b - 0x30))
                    if o1 || o2 { digits = -1 } else { n = a; digits += 1 }
                }
            } else {
                digits = -2 // not a number after the last hyphen (unless another hyphen comes)
            }
        }
        if !ascii { return RegistrantCode.number(in: code) }
        guard code.utf8.contains(UInt8(ascii: "-")) else { return nil }
        return digits > 0 ? n : nil // -1: too long for an Int, which Int(_:) says too
    }

    private mutating func addWords(_ text: String, _ fields: UInt32, _ firstWord: Int) {
        scratch.removeAll(keepingCapacity: true)
        TextFolding.appendFolded(text, to: &scratch)
        splitWords(fields, firstWord)
    }

    /// Adds the words of the folded text in `scratch` (ASCII by bytes, anything else by Characters, as
    /// `TextFolding.words`).
    private mutating func splitWords(_ fields: UInt32, _ firstWord: Int) {
        var folded = scratch
        scratch = []
        defer { scratch = folded }
        folded.withUnsafeBufferPointer { folded in
            if !folded.contains(where: { $0 >= 0x80 }) {
                var start = -1
                for i in 0..<folded.count {
                    if TextFolding.isASCIIWordByte(folded[i]) {
                        if start < 0 { start = i }
                    } else if start >= 0 {
                        add(UnsafeBufferPointer(rebasing: folded[start..<i]), fields, firstWord); start = -1
                    }
                }
                if start >= 0 { add(UnsafeBufferPointer(rebasing: folded[start...]), fields, firstWord) }
            } else {
                for w in TextFolding.characterWords(String(decoding: folded, as: UTF8.self)) {
                    Array(w.utf8).withUnsafeBufferPointer { add($0, fields, firstWord) }
                }
            }
        }
    }

    /// Adds a word, or the fields to the same word of this entry already added. Empty words match nothing.
    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, _ fields: UInt32, _ firstWord: Int) {
        guard !word.isEmpty else { return }
        var start = firstWord == 0 ? 0 : Int(wordEnds[firstWord - 1])
        for k in firstWord..<wordEnds.count {
            let end = Int(wordEnds[k])
            if end - start == word.count && bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + start, word.baseAddress!, word.count) == 0 }) {
                wordFields[k] |= UInt8(fields)
                return
            }
            start = end
        }
        bytes.append(contentsOf: word)
        wordEnds.append(UInt32(bytes.count))
        wordFields.append(UInt8(fields))
    }

    /// (sort key, code) order, as the strings compare.
    func lessThan(_ a: Int, _ b: Int) -> Bool {
        sortKeys[a] != sortKeys[b] ? sortKeys[a] < sortKeys[b] : codes[a] < codes[b]
    }
}

/// A changed or added registrant, outside the base.
struct OverlayEntry: Sendable {
    /// The code it was updated under.
    var key: String
    /// The registrant, folded (one entry).
    var folded: FoldedEntries
    /// How many base entries sort before it.
    var basePosition: Int
    /// Whether each word has a scalar boundary inside one Character (so a byte prefix is not always a prefix).
    var complex: [Bool]

    init(key: String, _ registrant: Registrant, base: SearchBase) {
        self.key = key
        folded = FoldedEntries([registrant])
        basePosition = base.position(sortKey: folded.sortKeys[0], code: folded.codes[0])
        complex = folded.words(of: 0).map { [folded] in SearchBase.isComplex(folded.word($0)) }
    }

    var code: String { folded.codes[0] }

    static func lessThan(_ a: OverlayEntry, _ b: OverlayEntry) -> Bool {
        a.folded.sortKeys[0] != b.folded.sortKeys[0] ? a.folded.sortKeys[0] < b.folded.sortKeys[0] : a.folded.codes[0] < b.folded.codes[0]
    }
}

extension Collection {
    /// The first index where `belongs` holds, for a collection partitioned by it.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var lo = startIndex, n = count
        while n > 0 {
            let half = n / 2
            let mid = index(lo, offsetBy: half)
            if belongs(self[mid]) { n = half } else { lo = index(after: mid); n -= half + 1 }
        }
        return lo
    }
}

// MARK: Searching

extension SearchIndex {
    func search(_ query: String, limit: Int, counting: Bool) -> SearchResult {
        let terms = TextFolding.words(query).map { Array($0.utf8) }
        guard !terms.isEmpty else { return SearchResult(codes: [], total: 0) }
        let whole = Array(TextFolding.fold(query.trimmingCharacters(in: .whitespaces)).utf8)
        let limit = max(0, limit)

        // The base: each term's words are a range of the vocabulary; keep each registrant's best per term.
        let n = base.count
        var best = [UInt8](repeating: 0, count: n)
        var matched = terms.count > 1 ? [UInt32](repeating: 0, count: n) : []
        var score = [Int32](repeating: 0, count: n)
        var touched: [Int32] = []
        let isRemoved: (Int) -> Bool = { [removed] r in removed[r >> 6] & (1 << UInt64(r & 63)) != 0 }
        base.postings.withUnsafeBufferPointer { postings in
            base.postingStarts.withUnsafeBufferPointer { postingStarts in
                for (t, term) in terms.enumerated() {
                    if t > 0 && touched.isEmpty { break }
                    touched.removeAll(keepingCapacity: true)
                    term.withUnsafeBufferPointer { term in
                        for w in base.wordRange(prefix: term) {
                            let length = Int(base.wordStarts[w + 1] - base.wordStarts[w])
                            let exact = length == term.count
                            if !exact && !base.startsWithWholeCharacters(word: w, term) { continue }
                            let extra: UInt32 = exact ? 64 : 0
                            for k in Int(postingStarts[w])..<Int(postingStarts[w + 1]) {
                                let p = postings[k]
                                let r = Int(p >> UInt32(WordField.bits))
                                if t > 0 && matched[r] != UInt32(t) { continue }
                                let v = WordField.value[Int(p & WordField.mask | extra)]
                                let old = best[r]
                                if old == 0 { touched.append(Int32(r)) }
                                if v > old { best[r] = v }
                            }
                        }
                    }
                    for r in touched {
                        let r = Int(r)
                        score[r] += Int32(WordField.score(best[r]))
                        best[r] = 0
                        if terms.count > 1 { matched[r] = UInt32(t + 1) }
                    }
                }
            }
        }
        // Registrants that matched every term (a failed one keeps a partial score, so ask `matched`).
        let termCount = UInt32(terms.count)
        let matchedAll: (Int) -> Bool = { r in termCount == 1 ? score[r] != 0 : matched[r] == termCount }
        var hits = termCount == 1 ? touched : touched.filter { matched[Int($0)] == termCount }
        // The whole query as a registrant's whole code.
        var exactCode: [Int32] = []
        whole.withUnsafeBufferPointer { whole in
            guard let w = base.word(equalTo: whole) else { return }
            for k in Int(base.postingStarts[w])..<Int(base.postingStarts[w + 1]) {
                let p = base.postings[k]
                guard p & WordField.wholeCode != 0 else { continue }
                exactCode.append(Int32(p >> UInt32(WordField.bits)))
            }
        }
        for r in exactCode {
            if !matchedAll(Int(r)) { hits.append(r) }
        }
        for r in exactCode { score[Int(r)] = 10_000 }
        if removedCount > 0 { hits.removeAll { isRemoved(Int($0)) } }

        // Rank order, then best score first (stable).
        if hits.count > 4096 {
            var k = 0
            for r in 0..<n where (matchedAll(r) || score[r] == 10_000 && exactCode.contains(Int32(r))) && !(removedCount > 0 && isRemoved(r)) {
                hits[k] = Int32(r); k += 1
            }
        } else {
            hits.sort()
        }
        let baseHits = SearchIndex.byScore(hits, score: { score[Int($0)] })

        // The overlay, scanned.
        var overlayHits: [Int32] = []
        var overlayScore: [Int32] = []
        for (i, e) in overlay.enumerated() {
            if let s = e.score(terms: terms, whole: whole) { overlayHits.append(Int32(i)); overlayScore.append(Int32(s)) }
        }
        let overlayOrder = SearchIndex.byScore(Array(overlayHits.indices).map(Int32.init), score: { overlayScore[Int($0)] })

        // Merged: by score, then overlay entries before the base rank they sort before.
        let totalHits = baseHits.count + overlayOrder.count
        var codes: [String] = []
        codes.reserveCapacity(min(limit, totalHits))
        var a = 0, b = 0
        while codes.count < limit && (a < baseHits.count || b < overlayOrder.count) {
            var takeOverlay = a == baseHits.count
            if !takeOverlay && b < overlayOrder.count {
                let r = Int(baseHits[a]), o = Int(overlayOrder[b])
                let sb = score[r], so = overlayScore[o]
                takeOverlay = so != sb ? so > sb : overlay[Int(overlayHits[o])].basePosition <= r
            }
            if takeOverlay {
                codes.append(overlay[Int(overlayHits[Int(overlayOrder[b])])].code); b += 1
            } else {
                codes.append(base.codes[Int(baseHits[a])]); a += 1
            }
        }
        return SearchResult(codes: codes, total: totalHits)
    }

    /// Items (already in tie order) by score, highest first, ties kept in order.
    static func byScore(_ items: [Int32], score: (Int32) -> Int32) -> [Int32] {
        guard let first = items.first else { return [] }
        var lo = score(first), hi = lo
        for x in items { let s = score(x); lo = min(lo, s); hi = max(hi, s) }
        if lo == hi { return items }
        if hi - lo <= 1 << 16 {
            var starts = [Int](repeating: 0, count: Int(hi - lo) + 2)
            for x in items { starts[Int(hi - score(x)) + 1] += 1 }
            for k in 1..<starts.count { starts[k] += starts[k - 1] }
            var out = [Int32](repeating: 0, count: items.count)
            for x in items { let s = Int(hi - score(x)); out[starts[s]] = x; starts[s] += 1 }
            return out
        }
        return items.enumerated().sorted { score($0.element) != score($1.element) ? score($0.element) > score($1.element) : $0.offset < $1.offset }.map(\.element)
    }
}

extension SearchBase {
    /// Whether word `w`, which starts with the term's bytes, starts with it as `String.hasPrefix` says: the
    /// term must end on a Character boundary of the word.
    @inline(__always) func startsWithWholeCharacters(word w: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = wordBytes[Int(wordStarts[w]) + term.count]
        if term[term.count - 1] < 0x80 && next < 0x80 { return true }
        if !isComplexWord(w) { return true }
        return wordString(w).hasPrefix(String(decoding: term, as: UTF8.self))
    }
}

extension OverlayEntry {
    /// The entry's score for a query, as the base would give it, or nil when some term matches nothing.
    func score(terms: [[UInt8]], whole: [UInt8]) -> Int? {
        for k in folded.words(of: 0) where folded.wordFields[k] & UInt8(WordField.wholeCode) != 0 {
            if folded.word(k).elementsEqual(whole) { return 10_000 }
        }
        var total = 0
        for term in terms {
            var best: UInt8 = 0
            for (j, k) in folded.words(of: 0).enumerated() {
                let start = folded.wordStart(k), end = Int(folded.wordEnds[k])
                let length = end - start
                guard length >= term.count, folded.bytes[start..<(start + term.count)].elementsEqual(term) else { continue }
                let exact = length == term.count
                if !exact {
                    let next = folded.bytes[start + term.count]
                    if !(term[term.count - 1] < 0x80 && next < 0x80) && complex[j] {
                        let w = String(decoding: folded.bytes[start..<end], as: UTF8.self)
                        if !w.hasPrefix(String(decoding: term, as: UTF8.self)) { continue }
                    }
                }
                best = max(best, WordField.value[Int(UInt32(folded.wordFields[k]) | (exact ? 64 : 0))])
            }
            if best == 0 { return nil }
            total += WordField.score(best)
        }
        return total
    }
}
