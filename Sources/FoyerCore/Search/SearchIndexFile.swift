#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `registrants.index`: the built search index, so that opening 100,000 registrants does not fold and
/// sort every name again (the biggest part of getting to searchable). A cache and nothing more: it
/// names the snapshot generation and the last journal line it includes, anything that does not fit or
/// check out is ignored and rebuilt, and deleting it loses nothing.
public enum SearchIndexFile {
    public static let fileName = "registrants.index"
    /// Version 2 records the collation the names were ranked in (version 1 files are rebuilt).
    static let magic = Array("FOYERIX2".utf8)

    public struct Stamp: Equatable, Sendable {
        /// The snapshot generation the index was built on.
        public var generation: Int
        /// The last journal sequence number included (0: the snapshot alone).
        public var journalSeq: Int
        public init(generation: Int, journalSeq: Int) { self.generation = generation; self.journalSeq = journalSeq }
    }

    /// The bytes of an index with no pending changes (a fresh one; others are merged first).
    public static func encode(_ index: SearchIndex, stamp: Stamp) -> [UInt8] {
        var merged = index
        if !merged.overlay.isEmpty || merged.removedCount > 0 { merged.rebuild() }
        let b = merged.base
        var out = magic
        func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { out.append(contentsOf: $0) } }
        func array<T>(_ values: [T]) {
            int(values.count)
            values.withUnsafeBytes { out.append(contentsOf: $0) }
        }
        int(stamp.generation); int(stamp.journalSeq); int(b.collation.stamp); int(b.count)
        var codeBytes: [UInt8] = [], codeEnds: [UInt32] = []
        for code in b.codes { codeBytes.append(contentsOf: code.utf8); codeEnds.append(UInt32(codeBytes.count)) }
        array(codeBytes); array(codeEnds)
        array(b.sortKeyIndex); array(b.keyBytes); array(b.keyStarts)
        array(b.wordBytes); array(b.wordStarts); array(b.postingStarts); array(b.postings); array(b.complexWords)
        return out
    }

    /// Writes the file (0600, atomically). Needs no store, so a loader thread can do it after handing
    /// the store over.
    public static func save(_ index: SearchIndex, stamp: Stamp, folder: String) throws {
        try POSIXFile.writeAtomically(encode(index, stamp: stamp), to: folder + "/" + fileName)
    }

    /// The index and its stamp, or nil when the bytes are not a whole, consistent index file.
    public static func decode(_ bytes: [UInt8]) -> (index: SearchIndex, stamp: Stamp)? {
        var pos = 0
        return decode(size: bytes.count) { buffer in
            guard pos + buffer.count <= bytes.count else { return false }
            buffer.copyBytes(from: bytes[pos..<(pos + buffer.count)])
            pos += buffer.count
            return true
        }
    }

    public typealias Cached = (index: SearchIndex, stamp: Stamp)

    /// A cache to build and write for one state of the registrations (after a compaction or an import,
    /// so that the next launch finds it).
    public struct Job: Sendable {
        let registry: Registry
        let stamp: Stamp
        let folder: String
        let language: Language
        public func run() throws { try save(SearchIndex(registry.registrants, language: language), stamp: stamp, folder: folder) }
    }

    /// The event folder's cache file, read and checked for consistency (not yet for fitting a store).
    public static func read(folder: String) -> Cached? { decode(path: folder + "/" + fileName) }

    /// Reads the file section by section straight into its arrays: no second copy of 15 MB in memory.
    static func decode(path: String) -> (index: SearchIndex, stamp: Stamp)? {
        let fd = POSIXFile.openData(path, O_RDONLY) // a cache: a link there is simply not read
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return decode(size: Int(st.st_size)) { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    /// `read` fills a buffer with the next bytes, false at the end of the file or on an error.
    private static func decode(size: Int, read: (UnsafeMutableRawBufferPointer) -> Bool) -> (index: SearchIndex, stamp: Stamp)? {
        var pos = 0
        func int() -> Int? {
            var v: Int64 = 0
            guard withUnsafeMutableBytes(of: &v, { read($0) }) else { return nil }
            pos += 8
            return Int(Int64(littleEndian: v))
        }
        func array<T: FixedWidthInteger>(_: T.Type) -> [T]? {
            guard let n = int(), n >= 0, n <= (size - pos) / MemoryLayout<T>.stride else { return nil }
            var out = [T](repeating: 0, count: n)
            guard n == 0 || out.withUnsafeMutableBytes({ read($0) }) else { return nil }
            pos += n * MemoryLayout<T>.stride
            return out
        }
        var head = [UInt8](repeating: 0, count: magic.count)
        guard size >= magic.count, head.withUnsafeMutableBytes({ read($0) }), head == magic else { return nil }
        pos = magic.count
        guard let generation = int(), let journalSeq = int(), let collationStamp = int(),
              let collation = Collation.allCases.first(where: { $0.stamp == collationStamp }), let count = int(), count >= 0,
              let codeBytes = array(UInt8.self), let codeEnds = array(UInt32.self),
              let sortKeyIndex = array(UInt32.self), let keyBytes = array(UInt8.self), let keyStarts = array(UInt32.self),
              let wordBytes = array(UInt8.self), let wordStarts = array(UInt32.self), let postingStarts = array(UInt32.self),
              let postings = array(UInt32.self), let complexWords = array(UInt64.self), pos == size else { return nil }
        // Every offset within its array and every rank within the count, so a damaged file cannot crash a search.
        func ascending(_ a: [UInt32], from first: UInt32?, upTo limit: Int) -> Bool {
            if let first, a.first != first { return false }
            var last: UInt32 = 0
            for v in a { if v < last || Int(v) > limit { return false }; last = v }
            return true
        }
        guard codeEnds.count == count, ascending(codeEnds, from: nil, upTo: codeBytes.count), codeEnds.last.map({ Int($0) == codeBytes.count }) ?? codeBytes.isEmpty,
              sortKeyIndex.count == count, ascending(keyStarts, from: 0, upTo: keyBytes.count),
              sortKeyIndex.allSatisfy({ Int($0) + 1 < keyStarts.count }),
              ascending(wordStarts, from: 0, upTo: wordBytes.count), postingStarts.count == wordStarts.count,
              ascending(postingStarts, from: 0, upTo: postings.count), postingStarts.last.map({ Int($0) == postings.count }) ?? true,
              postings.allSatisfy({ Int($0 >> UInt32(WordField.bits)) < count }),
              complexWords.count >= (max(0, wordStarts.count - 1) + 63) / 64 else { return nil }
        var codes: [String] = []
        codes.reserveCapacity(count)
        var start = 0
        for end in codeEnds {
            codes.append(String(decoding: codeBytes[start..<Int(end)], as: UTF8.self))
            start = Int(end)
        }
        let base = SearchBase(collation: collation, count: count, codes: codes, sortKeyIndex: sortKeyIndex, keyBytes: keyBytes, keyStarts: keyStarts,
                              wordBytes: wordBytes, wordStarts: wordStarts, postingStarts: postingStarts, postings: postings,
                              complexWords: complexWords)
        return (SearchIndex(base: base), Stamp(generation: generation, journalSeq: journalSeq))
    }
}

extension SearchIndex {
    init(base: SearchBase) {
        self.base = base
        removed = [UInt64](repeating: 0, count: (base.count + 63) / 64)
    }
}

extension EventStore {
    /// The snapshot generation loaded (each compaction or replacement makes a new one).
    public var snapshotGeneration: Int { generation }

    /// The search index for the registrations as loaded, read from `registrants.index` and brought up to
    /// date with the journal lines after it; nil when there is none or it does not fit.
    public func cachedSearchIndex() -> SearchIndex? {
        searchIndex(fromCache: SearchIndexFile.read(folder: folder))
    }

    /// The same, from a cache file already read (a loader reads it while the snapshot loads).
    public func searchIndex(fromCache read: SearchIndexFile.Cached?) -> SearchIndex? {
        // Ranked in another order (the event's language changed, a cache from before Swedish order, or
        // another ICU): built again rather than merged into.
        guard let (cached, stamp) = read, stamp.generation == generation,
              cached.collation == Collation(event.attendeeLanguage) else { return nil }
        var index = cached
        for entry in journalEntries where entry.seq > stamp.journalSeq {
            switch entry.change {
            case .register, .edit, .delete: index.update(registry[entry.change.code], code: entry.change.code)
            case .setStatus, .recordPayment, .checkIn, .undoCheckIn: break
            }
        }
        // A last check that it is this registry's index: the count, and a sample of codes found as codes.
        guard index.count == registry.count else { return nil }
        let step = max(1, registry.count / 32)
        for i in stride(from: 0, to: registry.count, by: step) {
            let code = registry.registrants[i].code
            guard index.contains(code: code) else { return nil }
        }
        return index
    }

    /// What an index of the registrations exactly as loaded now is stamped with.
    public var searchIndexStamp: SearchIndexFile.Stamp {
        SearchIndexFile.Stamp(generation: generation, journalSeq: journalEntries.last?.seq ?? 0)
    }

    /// What building the cache for the registrations as they are now needs, as a value: the work
    /// (folding and sorting everyone, ~0.4 s at 100,000) can then run on any thread.
    public var searchIndexJob: SearchIndexFile.Job {
        SearchIndexFile.Job(registry: registry, stamp: searchIndexStamp, folder: folder, language: event.attendeeLanguage)
    }

    /// Writes `registrants.index` for an index of the registrations exactly as loaded now.
    public func saveSearchIndex(_ index: SearchIndex) throws {
        try SearchIndexFile.save(index, stamp: searchIndexStamp, folder: folder)
    }
}

extension EventStore {
    /// A new search index of the registrations as loaded, ranked in the event's order of names.
    public func freshSearchIndex() -> SearchIndex { SearchIndex(registry.registrants, language: event.attendeeLanguage) }
}
