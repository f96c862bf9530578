import Foundation

/// Registrants folded, column by column: each one's code and sort key, and its distinct words (folded UTF-8
/// back to back in `bytes`) with the fields each is in.
struct FoldedEntries: Sendable {
    /// The order the sort keys are made for (the event's language).
    var collation: Collation = .folded
    var codes: [String] = []
    var sortKeys: [String] = []
    var bytes: [UInt8] = []
    /// Word k is bytes[wordEnds[k-1]..<wordEnds[k]].
    var wordEnds: [UInt32] = []
    var wordFields: [UInt8] = []
    /// Entry i's words are entryEnds[i-1]..<entryEnds[i].
    var entryEnds: [UInt32] = []
    private var scratch: [UInt8] = []

    init(collation: Collation = .folded) { self.collation = collation }

    init(_ registrants: some Sequence<Registrant>, collation: Collation = .folded) {
        self.collation = collation
        for r in registrants { append(r) }
    }

    var count: Int { codes.count }
    @inline(__always) func wordStart(_ k: Int) -> Int { k == 0 ? 0 : Int(wordEnds[k - 1]) }
    @inline(__always) func words(of i: Int) -> Range<Int> { (i == 0 ? 0 : Int(entryEnds[i - 1]))..<Int(entryEnds[i]) }
    func word(_ k: Int) -> ArraySlice<UInt8> { bytes[wordStart(k)..<Int(wordEnds[k])] }

    mutating func append(_ r: Registrant) {
        codes.append(r.code)
        sortKeys.append(collation.key(r.sortName))
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
