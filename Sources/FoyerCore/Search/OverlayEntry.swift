import Foundation

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
        folded = FoldedEntries([registrant], collation: base.collation)
        basePosition = base.position(sortKey: folded.sortKeys[0], code: folded.codes[0])
        complex = folded.words(of: 0).map { [folded] in SearchBase.isComplex(folded.word($0)) }
    }

    var code: String { folded.codes[0] }

    static func lessThan(_ a: OverlayEntry, _ b: OverlayEntry) -> Bool {
        a.folded.sortKeys[0] != b.folded.sortKeys[0] ? a.folded.sortKeys[0] < b.folded.sortKeys[0] : a.folded.codes[0] < b.folded.codes[0]
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
