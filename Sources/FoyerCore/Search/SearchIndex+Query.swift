import Foundation

// Answering a query: the base's binary-searched word ranges, then the overlay, best first.

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
