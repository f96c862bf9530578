/// The built, immutable part of a `SearchIndex`: registrants numbered by rank in (sort key, code) order, the
/// distinct folded words sorted bytewise with their postings. Shared between copies of the index.
final class SearchBase: Sendable {
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

    init(_ entries: [PreparedEntry]) {
        let n = entries.count
        count = n
        // Ranks: (sort key, code) order as the strings compare; ASCII keys by their first eight bytes first.
        var prefix = [UInt64](repeating: 0, count: n)
        var ascii = [Bool](repeating: true, count: n)
        for (i, e) in entries.enumerated() {
            var p: UInt64 = 0, k = 0, isASCII = true
            for b in e.sortKey.utf8 {
                if b >= 0x80 { isASCII = false; break }
                if k < 8 { p |= UInt64(b) << UInt64(56 - 8 * k); k += 1 }
            }
            prefix[i] = p
            ascii[i] = isASCII && e.code.utf8.allSatisfy { $0 < 0x80 }
        }
        var order = Array(0..<n)
        order.sort { a, b in
            if ascii[a] && ascii[b] && prefix[a] != prefix[b] { return prefix[a] < prefix[b] }
            let ea = entries[a], eb = entries[b]
            if ea.sortKey != eb.sortKey { return ea.sortKey < eb.sortKey }
            if ea.code != eb.code { return ea.code < eb.code }
            return a < b
        }
        codes = order.map { entries[$0].code }

        // Sort keys, consecutive equal ones shared.
        var sortKeyIndex = [UInt32](repeating: 0, count: n)
        var keyBytes: [UInt8] = [], keyStarts: [UInt32] = [0]
        var previous: String? = nil
        for (r, i) in order.enumerated() {
            let key = entries[i].sortKey
            if key != previous {
                keyBytes.append(contentsOf: key.utf8)
                keyStarts.append(UInt32(keyBytes.count))
                previous = key
            }
            sortKeyIndex[r] = UInt32(keyStarts.count - 2)
        }
        self.sortKeyIndex = sortKeyIndex
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts

        // Every (word, registrant) once, then sorted by the word's bytes.
        var total = 0, wordsTotal = 0
        for e in entries { total += e.bytes.count; wordsTotal += e.words.count }
        var arena = [UInt8]()
        arena.reserveCapacity(total)
        var occurrences = [Occurrence]()
        occurrences.reserveCapacity(wordsTotal)
        for (r, i) in order.enumerated() {
            let e = entries[i]
            let base = arena.count
            arena.append(contentsOf: e.bytes)
            var start = 0
            for w in e.words {
                occurrences.append(Occurrence(start: UInt32(base + start), length: UInt32(w.end - start),
                                              posting: UInt32(r) << UInt32(WordField.bits) | w.fields))
                start = w.end
            }
        }
        arena.withUnsafeBufferPointer { a in
            for k in occurrences.indices { occurrences[k].key = SearchBase.prefixKey(a, Int(occurrences[k].start), Int(occurrences[k].length)) }
            occurrences.sort { x, y in
                if x.key != y.key { return x.key < y.key }
                let c = SearchBase.compare(a, x, y)
                return c != 0 ? c < 0 : x.posting < y.posting
            }
        }

        var wordBytes: [UInt8] = [], wordStarts: [UInt32] = [0], postingStarts: [UInt32] = [0]
        var postings = [UInt32]()
        postings.reserveCapacity(occurrences.count)
        var complex: [Int] = []
        arena.withUnsafeBufferPointer { a in
            var k = 0
            while k < occurrences.count {
                let first = occurrences[k]
                var j = k
                while j < occurrences.count && (j == k || SearchBase.compare(a, first, occurrences[j]) == 0) {
                    postings.append(occurrences[j].posting)
                    j += 1
                }
                let word = UnsafeBufferPointer(rebasing: a[Int(first.start)..<Int(first.start + first.length)])
                if SearchBase.isComplex(word) { complex.append(wordStarts.count - 1) }
                wordBytes.append(contentsOf: word)
                wordStarts.append(UInt32(wordBytes.count))
                postingStarts.append(UInt32(postings.count))
                k = j
            }
        }
        var complexWords = [UInt64](repeating: 0, count: (wordStarts.count + 63) / 64)
        for w in complex { complexWords[w >> 6] |= 1 << UInt64(w & 63) }
        self.wordBytes = wordBytes
        self.wordStarts = wordStarts
        self.postingStarts = postingStarts
        self.postings = postings
        self.complexWords = complexWords
    }

    struct Occurrence {
        var key: UInt64 = 0
        var start: UInt32
        var length: UInt32
        var posting: UInt32
    }

    /// The first eight bytes, big-endian, zero-padded.
    @inline(__always) static func prefixKey(_ a: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt64 {
        var p: UInt64 = 0
        for k in 0..<min(length, 8) { p |= UInt64(a[start + k]) << UInt64(56 - 8 * k) }
        return p
    }

    /// Bytewise order of two occurrences' words.
    @inline(__always) static func compare(_ a: UnsafeBufferPointer<UInt8>, _ x: Occurrence, _ y: Occurrence) -> Int {
        compareBytes(a.baseAddress! + Int(x.start), Int(x.length), a.baseAddress! + Int(y.start), Int(y.length))
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
    func position(of e: PreparedEntry) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            let key = sortKey(rank: mid)
            let before = key != e.sortKey ? key < e.sortKey : codes[mid] < e.code
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
    func preparedEntries() -> [PreparedEntry] {
        var words = [[(end: Int, fields: UInt32)]](repeating: [], count: count)
        var bytes = [[UInt8]](repeating: [], count: count)
        for w in 0..<(wordStarts.count - 1) {
            let word = wordBytes[Int(wordStarts[w])..<Int(wordStarts[w + 1])]
            for k in Int(postingStarts[w])..<Int(postingStarts[w + 1]) {
                let p = postings[k]
                let r = Int(p >> UInt32(WordField.bits))
                bytes[r].append(contentsOf: word)
                words[r].append((bytes[r].count, p & WordField.mask))
            }
        }
        return (0..<count).map { r in
            PreparedEntry(code: codes[r], sortKey: sortKey(rank: r), bytes: bytes[r], words: words[r])
        }
    }
}
