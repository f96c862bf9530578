import XCTest
@testable import FoyerCore

/// registrants.index: a cache of the built search index that must give the same answers, follow the
/// journal written after it, and be ignored (never trusted, never a crash) when it does not fit.
final class SearchIndexFileTests: XCTestCase {
    let queries = ["a", "s", "öberg", "berg", "anna", "saf-12", "12", "gmail", "lind an", "ersta", "zz"]

    func testARoundTripAnswersEveryQueryTheSame() throws {
        let people = RegistrantGenerator(event: try Fixtures.impasses(), seed: 21).make(count: 700)
        var index = SearchIndex(people)
        let bytes = SearchIndexFile.encode(index, stamp: .init(generation: 3, journalSeq: 9))
        let (read, stamp) = try XCTUnwrap(SearchIndexFile.decode(bytes))
        XCTAssertEqual(stamp, .init(generation: 3, journalSeq: 9))
        for q in queries { XCTAssertEqual(read.search(q), index.search(q), q) }
        // An index with pending changes is merged before it is written.
        var changed = people[5]
        changed.lastName = "Zetterlund"
        index.update(changed, code: changed.code)
        index.update(nil, code: people[6].code)
        let (merged, _) = try XCTUnwrap(SearchIndexFile.decode(SearchIndexFile.encode(index, stamp: .init(generation: 1, journalSeq: 0))))
        for q in queries + ["zetterlund"] { XCTAssertEqual(merged.search(q), index.search(q), q) }
    }

    func testDamagedFilesAreRefusedNotTrusted() throws {
        let people = RegistrantGenerator(event: try Fixtures.impasses(), seed: 22).make(count: 60)
        let bytes = SearchIndexFile.encode(SearchIndex(people), stamp: .init(generation: 1, journalSeq: 0))
        for cut in stride(from: 0, to: bytes.count - 1, by: 7) {
            XCTAssertNil(SearchIndexFile.decode(Array(bytes[0..<cut])), "cut at \(cut)")
        }
        var random = SeededRandom(seed: 5)
        for _ in 0..<400 {
            var damaged = bytes
            let at = Int(random.next() % UInt64(damaged.count))
            damaged[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            // Either refused, or consistent enough that searching cannot go out of bounds.
            if let (index, _) = SearchIndexFile.decode(damaged) { for q in queries { _ = index.search(q) } }
        }
        XCTAssertNil(SearchIndexFile.decode(Array("not an index".utf8)))
    }

    func testTheStoreUsesTheCacheOnlyWhenItFitsAndFollowsTheJournal() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.replaceAllRegistrants(RegistrantGenerator(event: fixture.event, seed: 23).make(count: 150))
        XCTAssertNil(store.cachedSearchIndex(), "no file yet")
        // The Stockholm event is Swedish: an index ranked in the folded (English) order does not fit it.
        try store.saveSearchIndex(SearchIndex(store.registry.registrants))
        XCTAssertNil(try fixture.open().cachedSearchIndex(), "ranked in another order: built again")
        try store.saveSearchIndex(store.freshSearchIndex())
        XCTAssertEqual(try fixture.open().cachedSearchIndex()?.collation, .swedish)

        // Changes after the cache: a registration, a rename, a deletion, check-ins.
        let added = try store.register(Fixtures.person("Quintus", "Zyskowski"))
        let renamed = store.registry.registrants[10]
        var edit = RegistrantEdit()
        edit.lastName = "Xanthopoulos"
        try store.commit(.edit(code: renamed.code, edit))
        try store.commit(.delete(code: store.registry.registrants[20].code))
        let reopened = try fixture.open()
        let index = try XCTUnwrap(reopened.cachedSearchIndex())
        let fresh = reopened.freshSearchIndex()
        for q in queries + ["zyskowski", "xanthopoulos", renamed.lastName, added.code] { XCTAssertEqual(index.search(q), fresh.search(q), q) }

        // A new generation (a compaction) makes the old cache not fit.
        try reopened.compact()
        XCTAssertNil(try fixture.open().cachedSearchIndex())
        // Another event's index, or one of the same generation with other people, does not fit either.
        try store.replaceAllRegistrants(RegistrantGenerator(event: fixture.event, seed: 24).make(count: 150))
        let other = try fixture.open()
        try SearchIndexFile.save(SearchIndex(RegistrantGenerator(event: fixture.event, seed: 25).make(count: 150).map {
            var r = $0; r.code = "XYZ-" + r.code.suffix(4); return r
        }, language: .sv), stamp: other.searchIndexStamp, folder: fixture.folder)
        XCTAssertNil(try fixture.open().cachedSearchIndex(), "the codes do not match")
    }
}
