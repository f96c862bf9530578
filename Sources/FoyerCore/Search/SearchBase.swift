import Foundation

/// The built, immutable part of a `SearchIndex`: registrants numbered by rank in (sort key, code) order, the
/// distinct folded words sorted bytewise with their postings. Shared between copies of the index.
final class SearchBase: Sendable {
    /// The order of the sort keys (the event's language): ranks, and where an overlay entry goes.
    let collation: Collation
    let count: Int
    /// Codes by rank.
    let codes: [String]
    /// Sort keys by rank, as indexes into the distinct keys (for placing overlay entries).
    let sortKeyIndex: [UInt32]
    let keyBytes: [UInt8]
    let keyStarts: [UInt32]
    /// The vocabulary: word w is wordBytes[wordStarts[w]..<wordStarts[w+1]], its postings
    /// postings[postingStarts[w]..<postingStarts[w+1]], each rank << 6 | fields.
    let wordBytes: [UInt8]
    let wordStarts: [UInt32]
    let postingStarts: [UInt32]
    let postings: [UInt32]
    /// Words with a scalar boundary inside a Character, a bit each.
    let complexWords: [UInt64]

    /// A base read back from `registrants.index` (checked by `SearchIndexFile` before it gets here).
    init(collation: Collation, count: Int, codes: [String], sortKeyIndex: [UInt32], keyBytes: [UInt8], keyStarts: [UInt32], wordBytes: [UInt8],
         wordStarts: [UInt32], postingStarts: [UInt32], postings: [UInt32], complexWords: [UInt64]) {
        self.collation = collation
        self.count = count; self.codes = codes; self.sortKeyIndex = sortKeyIndex; self.keyBytes = keyBytes
        self.keyStarts = keyStarts; self.wordBytes = wordBytes; self.wordStarts = wordStarts
        self.postingStarts = postingStarts; self.postings = postings; self.complexWords = complexWords
    }

    init(_ entries: FoldedEntries) {
        collation = entries.collation
        let n = entries.count
        count = n
        let order = SearchBase.rankOrder(entries)
        codes = order.map { entries.codes[Int($0)] }

        // Sort keys, consecutive equal ones shared.
        var sortKeyIndex = [UInt32](repeating: 0, count: n)
        var keyBytes: [UInt8] = [], keyStarts: [UInt32] = [0]
        var previous: String? = nil
        for (r, i) in order.enumerated() {
            let key = entries.sortKeys[Int(i)]
            if key != previous {
                keyBytes.append(contentsOf: key.utf8)
                keyStarts.append(UInt32(keyBytes.count))
                previous = key
            }
            sortKeyIndex[r] = UInt32(keyStarts.count - 2)
        }
        self.sortKeyIndex = sortKeyIndex
        self.keyBytes = keyBytes.withUnsafeBufferPointer { Array($0) }
        self.keyStarts = keyStarts.withUnsafeBufferPointer { Array($0) }

        // Every (word, registrant) once, sorted by the word's bytes: by the first eight, then the rest.
        let wordCount = entries.wordEnds.count
        var wordRank = [UInt32](repeating: 0, count: wordCount)
        var byRank = [UInt32]()
        byRank.reserveCapacity(wordCount)
        for (r, i) in order.enumerated() {
            for k in entries.words(of: Int(i)) { wordRank[k] = UInt32(r); byRank.append(UInt32(k)) }
        }
        var keys = [UInt64](repeating: 0, count: wordCount)
        entries.bytes.withUnsafeBufferPointer { a in
            for k in 0..<wordCount {
                let start = entries.wordStart(k)
                keys[k] = SearchBase.prefixKey(a, start, Int(entries.wordEnds[k]) - start)
            }
        }
        // Radix order keeps word order within equal keys: registrants in rank order only after this.
        var occ = SearchBase.radixOrder(keys, startingWith: byRank)
        entries.bytes.withUnsafeBufferPointer { a in
            func compare(_ x: UInt32, _ y: UInt32) -> Int {
                let xs = entries.wordStart(Int(x)), ys = entries.wordStart(Int(y))
                return SearchBase.compareBytes(a.baseAddress! + xs, Int(entries.wordEnds[Int(x)]) - xs,
                                               a.baseAddress! + ys, Int(entries.wordEnds[Int(y)]) - ys)
            }
            // Runs with equal first eight bytes: the rest decides (and ranks within a word stay in order).
            var k = 0
            while k < wordCount {
                var j = k + 1
                let key = keys[Int(occ[k])]
                var simple = true
                let length = entries.wordEnds[Int(occ[k])] &- UInt32(entries.wordStart(Int(occ[k])))
                while j < wordCount && keys[Int(occ[j])] == key {
                    let o = Int(occ[j])
                    if Int(entries.wordEnds[o]) - entries.wordStart(o) != Int(length) || length > 8 { simple = false }
                    j += 1
                }
                // Radix order is stable and words came in rank order: often the run is in order already.
                if !simple && (k + 1..<j).contains(where: { m in
                    let c = compare(occ[m - 1], occ[m])
                    return c > 0 || (c == 0 && wordRank[Int(occ[m - 1])] > wordRank[Int(occ[m])])
                }) {
                    occ[k..<j].sort { x, y in
                        let c = compare(x, y)
                        return c != 0 ? c < 0 : wordRank[Int(x)] < wordRank[Int(y)]
                    }
                }
                k = j
            }
        }

        var wordBytes: [UInt8] = [], wordStarts: [UInt32] = [0], postingStarts: [UInt32] = [0]
        var postings = [UInt32]()
        postings.reserveCapacity(wordCount)
        var complex: [Int] = []
        entries.bytes.withUnsafeBufferPointer { a in
            var k = 0
            var previousStart = -1, previousLength = -1
            while k < wordCount {
                let o = Int(occ[k])
                let start = entries.wordStart(o), length = Int(entries.wordEnds[o]) - start
                let same = previousLength == length && memcmp(a.baseAddress! + start, a.baseAddress! + previousStart, length) == 0
                if !same {
                    if previousStart >= 0 { wordStarts.append(UInt32(wordBytes.count)); postingStarts.append(UInt32(postings.count)) }
                    let word = UnsafeBufferPointer(rebasing: a[start..<(start + length)])
                    if SearchBase.isComplex(word) { complex.append(wordStarts.count - 1) }
                    wordBytes.append(contentsOf: word)
                    previousStart = start; previousLength = length
                }
                postings.append(wordRank[o] << UInt32(WordField.bits) | UInt32(entries.wordFields[o]))
                k += 1
            }
            if previousStart >= 0 { wordStarts.append(UInt32(wordBytes.count)); postingStarts.append(UInt32(postings.count)) }
        }
        var complexWords = [UInt64](repeating: 0, count: (wordStarts.count + 63) / 64)
        for w in complex { complexWords[w >> 6] |= 1 << UInt64(w & 63) }
        // Exactly sized (appending leaves up to twice the room).
        self.wordBytes = wordBytes.withUnsafeBufferPointer { Array($0) }
        self.wordStarts = wordStarts.withUnsafeBufferPointer { Array($0) }
        self.postingStarts = postingStarts.withUnsafeBufferPointer { Array($0) }
        self.postings = postings.withUnsafeBufferPointer { Array($0) }
        self.complexWords = complexWords
    }

    /// The entries in (sort key, code) order as the strings compare: by radix on the keys' first sixteen
    /// bytes when they are ASCII (bytewise is then the strings' order), and on the next eight for a
    /// collation's keys (ICU's, written six bits a character, share longer prefixes), the rest by
    /// comparing strings.
    static func rankOrder(_ entries: FoldedEntries) -> [UInt32] {
        let n = entries.count
        let words = entries.collation == .folded ? 2 : 3
        var hi = [UInt64](repeating: 0, count: n), lo = [UInt64](repeating: 0, count: n)
        var third = [UInt64](repeating: 0, count: words == 3 ? n : 0)
        var allASCII = true
        for i in 0..<n {
            var h: UInt64 = 0, l: UInt64 = 0, t: UInt64 = 0, k = 0
            for b in entries.sortKeys[i].utf8 {
                if b >= 0x80 { allASCII = false; break }
                if k < 8 { h |= UInt64(b) << UInt64(56 - 8 * k) } else if k < 16 { l |= UInt64(b) << UInt64(56 - 8 * (k - 8)) }
                else if k < 8 * words { t |= UInt64(b) << UInt64(56 - 8 * (k - 16)) } else { break }
                k += 1
            }
            hi[i] = h; lo[i] = l
            if words == 3 { third[i] = t }
            if !allASCII { break }
        }
        var order: [UInt32]
        if allASCII {
            let start = words == 3 ? radixOrder(third, startingWith: Array(0..<UInt32(n))) : Array(0..<UInt32(n))
            order = radixOrder(hi, startingWith: radixOrder(lo, startingWith: start))
            // Equal first sixteen (or twenty-four) bytes: compare the strings.
            func same(_ a: UInt32, _ b: UInt32) -> Bool {
                hi[Int(a)] == hi[Int(b)] && lo[Int(a)] == lo[Int(b)] && (words == 2 || third[Int(a)] == third[Int(b)])
            }
            var k = 0
            while k < n {
                var j = k + 1
                while j < n && same(order[j], order[k]) { j += 1 }
                if j - k > 1 {
                    order[k..<j].sort { a, b in
                        entries.lessThan(Int(a), Int(b)) || (!entries.lessThan(Int(b), Int(a)) && a < b)
                    }
                }
                k = j
            }
        } else {
            order = Array(0..<UInt32(n))
            order.sort { a, b in entries.lessThan(Int(a), Int(b)) || (!entries.lessThan(Int(b), Int(a)) && a < b) }
        }
        return order
    }

    /// `items` stably ordered by their 64-bit keys (least significant byte first, skipping bytes all
    /// keys share).
    static func radixOrder(_ keys: [UInt64], startingWith items: [UInt32]) -> [UInt32] {
        let n = items.count
        guard n > 1 else { return items }
        var counts = [Int](repeating: 0, count: 8 * 256)
        for x in keys { for d in 0..<8 { counts[d * 256 + Int((x >> UInt64(8 * d)) & 0xFF)] += 1 } }
        var a = items, b = [UInt32](repeating: 0, count: n)
        var ka = items.map { keys[Int($0)] }, kb = [UInt64](repeating: 0, count: n)
        for d in 0..<8 {
            let base = d * 256
            if counts[base..<(base + 256)].contains(n) { continue }
            var starts = [Int](repeating: 0, count: 256)
            var sum = 0
            for v in 0..<256 { starts[v] = sum; sum += counts[base + v] }
            let shift = UInt64(8 * d)
            a.withUnsafeBufferPointer { a in b.withUnsafeMutableBufferPointer { b in
                ka.withUnsafeBufferPointer { ka in kb.withUnsafeMutableBufferPointer { kb in
                    starts.withUnsafeMutableBufferPointer { starts in
                        for i in 0..<n {
                            let key = ka[i]
                            let v = Int((key >> shift) & 0xFF)
                            let p = starts[v]
                            starts[v] = p + 1
                            b[p] = a[i]; kb[p] = key
                        }
                    }
                }}
            }}
            swap(&a, &b); swap(&ka, &kb)
        }
        return a
    }

    /// The first eight bytes, big-endian, zero-padded.
    @inline(__always) static func prefixKey(_ a: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt64 {
        var p: UInt64 = 0
        for k in 0..<min(length, 8) { p |= UInt64(a[start + k]) << UInt64(56 - 8 * k) }
        return p
    }


    @inline(__always) static func compareBytes(_ p: UnsafePointer<UInt8>, _ m: Int, _ q: UnsafePointer<UInt8>, _ n: Int) -> Int {
        let common = min(m, n)
        var k = 0
        while k < common {
            if p[k] != q[k] { return p[k] < q[k] ? -1 : 1 }
            k += 1
        }
        return m == n ? 0 : (m < n ? -1 : 1)
    }

    /// Whether a folded word has a scalar boundary that is not a Character boundary (a letter and a mark
    /// folding keeps, say): then a byte prefix of it need not be a `hasPrefix` prefix.
    static func isComplex<C: Collection>(_ word: C) -> Bool where C.Element == UInt8 {
        guard word.contains(where: { $0 >= 0x80 }) else { return word.contains(13) }
        let s = String(decoding: word, as: UTF8.self)
        return s.count != s.unicodeScalars.count
    }

    // MARK: Lookups

    @inline(__always) func isComplexWord(_ w: Int) -> Bool { complexWords[w >> 6] & (1 << UInt64(w & 63)) != 0 }

    /// The range of words that start with `term`'s bytes.
    func wordRange(prefix term: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        wordBytes.withUnsafeBufferPointer { bytes in
            wordStarts.withUnsafeBufferPointer { starts in
                let words = starts.count - 1
                let t = term.baseAddress!, tn = term.count
                // Compares the word's first tn bytes with the term: < 0, 0 (starts with it) or > 0.
                func cmp(_ w: Int) -> Int {
                    let s = Int(starts[w]), len = Int(starts[w + 1]) - s
                    return SearchBase.compareBytes(bytes.baseAddress! + s, min(len, tn), t, tn)
                }
                var lo = 0, hi = words
                while lo < hi { let mid = (lo + hi) / 2; if cmp(mid) < 0 { lo = mid + 1 } else { hi = mid } }
                var end = lo
                hi = words
                while end < hi { let mid = (end + hi) / 2; if cmp(mid) <= 0 { end = mid + 1 } else { hi = mid } }
                return lo..<end
            }
        }
    }

    /// The word equal to these bytes, if any.
    func word(equalTo bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > 0 else { return nil }
        let range = wordRange(prefix: bytes)
        guard !range.isEmpty, Int(wordStarts[range.lowerBound + 1] - wordStarts[range.lowerBound]) == bytes.count else { return nil }
        return range.lowerBound
    }

    func wordString(_ w: Int) -> String {
        String(decoding: wordBytes[Int(wordStarts[w])..<Int(wordStarts[w + 1])], as: UTF8.self)
    }

    func sortKey(rank r: Int) -> String {
        let k = Int(sortKeyIndex[r])
        return String(decoding: keyBytes[Int(keyStarts[k])..<Int(keyStarts[k + 1])], as: UTF8.self)
    }

    /// How many base entries sort before this one.
    func position(sortKey: String, code: String) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            let key = self.sortKey(rank: mid)
            let before = key != sortKey ? key < sortKey : codes[mid] < code
            if before { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The rank of the live base entry with this code.
    func rank(ofCode code: String, skipping removed: [UInt64]) -> Int? {
        var folded: [UInt8] = []
        TextFolding.appendFolded(code, to: &folded)
        guard let w = folded.withUnsafeBufferPointer({ word(equalTo: $0) }) else { return nil }
        for k in Int(postingStarts[w])..<Int(postingStarts[w + 1]) {
            let p = postings[k]
            guard p & WordField.wholeCode != 0 else { continue }
            let r = Int(p >> UInt32(WordField.bits))
            if removed[r >> 6] & (1 << UInt64(r & 63)) == 0 && codes[r] == code { return r }
        }
        return nil
    }

    /// The entries back from the index, by rank (to build it again).
    func foldedEntries() -> FoldedEntries {
        var words = [[(ArraySlice<UInt8>, UInt32)]](repeating: [], count: count)
        for w in 0..<(wordStarts.count - 1) {
            let word = wordBytes[Int(wordStarts[w])..<Int(wordStarts[w + 1])]
            for k in Int(postingStarts[w])..<Int(postingStarts[w + 1]) {
                let p = postings[k]
                words[Int(p >> UInt32(WordField.bits))].append((word, p & WordField.mask))
            }
        }
        var out = FoldedEntries(collation: collation)
        for r in 0..<count { out.append(code: codes[r], sortKey: sortKey(rank: r), words: words[r]) }
        return out
    }
}
