import Foundation
import XCTest
@testable import FoyerCore

/// The loaders on damaged input: event.json, the snapshot, the journal, CSV and programme text import,
/// and the search index cache. Each returns or says clearly what is wrong (naming the file); none
/// crashes or hangs. See FuzzHarness for the time and seed, and Scripts/fuzz for longer runs.
final class FuzzTests: XCTestCase {
    /// A StoreError whose message names the file; anything else is a failure.
    static func namesFile(_ files: [String]) -> (Error) -> String? {
        { error in
            guard let error = error as? StoreError else { return "not a StoreError" }
            let text = error.description
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "an empty message" }
            if !files.contains(where: { text.contains($0) }) { return "the message does not name the file" }
            if text.count > 1_000 { return "a message of \(text.count) characters" }
            if text.hasSuffix("not valid JSON") { return "no line and no reason" }
            return nil
        }
    }

    func testEventFile() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/event.json"
        try FuzzHarness.run("event", check: Self.namesFile([path])) { bytes in
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            _ = try StoredFiles.readEvent(path)
        }
    }

    func testSnapshot() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/registrants.json"
        try FuzzHarness.run("snapshot", check: Self.namesFile([path])) { bytes in
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            _ = try StoredFiles.readSnapshot(path)
        }
    }

    /// The journal beside a good event.json and snapshot: opening the store replays it, torn tail and all.
    func testJournal() throws {
        let temp = try TemporaryDirectory()
        let folder = temp.path + "/impasses-2009"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FuzzHarness.corpusRoot + "/event/impasses-2009.json", toPath: folder + "/event.json")
        try FileManager.default.copyItem(atPath: FuzzHarness.corpusRoot + "/snapshot/registrants.json", toPath: folder + "/registrants.json")
        let journal = folder + "/" + EventStore.journalFileName
        try FuzzHarness.run("journal", check: Self.namesFile([journal])) { bytes in
            try Data(bytes).write(to: URL(fileURLWithPath: journal))
            let store = try EventStore(folder: folder, desk: "fuzz", clock: Fixtures.clock("2009-03-19 08:47"))
            _ = store.registry.count
        }
    }

    func testRegistrationCSV() throws {
        let event = try Fixtures.impasses()
        let snapshot = try StoredFiles.readSnapshot(FuzzHarness.corpusRoot + "/snapshot/registrants.json")
        let registry = Registry(registrants: snapshot.registrants, nextNumber: snapshot.nextNumber)
        let now = Fixtures.instant("2009-02-20T10:00:00+01:00")
        var rejects = 0
        var reasons: Set<String> = []
        let show = FuzzHarness.show
        try FuzzHarness.run("csv", check: { error in
            if let problem = error as? FuzzProblem { return problem.description }
            guard error is RegistrationImportError else { return "not a RegistrationImportError" }
            return String(describing: error).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "an empty message" : nil
        }) { bytes in
            let plan = try RegistrationImport.plan(String(decoding: bytes, as: UTF8.self), event: event, registry: registry, now: now,
                                                   categoryMap: ["Early bird": "standard"])
            for row in plan.rows {
                guard case .reject(let reason) = row.action else { continue }
                let why = reason.en
                rejects += 1
                if reasons.count < show, reasons.insert(why.filter { !$0.isNumber }).inserted { FuzzHarness.say("  csv rejects line \(row.line): \(why.prefix(300))") }
                if why.trimmingCharacters(in: .whitespaces).isEmpty { throw FuzzProblem("line \(row.line) is rejected without a reason") }
            }
        }
        FuzzHarness.say("fuzz csv: \(rejects) rows rejected, each with a reason")
    }

    func testProgrammeText() throws {
        let event = try Fixtures.impasses()
        var reasons: Set<String> = []
        let show = FuzzHarness.show
        try FuzzHarness.run("programme", check: { error in (error as? FuzzProblem)?.description ?? "parse does not throw" }) { bytes in
            let result = ProgrammeTextImport.parse(String(decoding: bytes, as: UTF8.self), event: event)
            if let bad = result.skipped.first(where: { $0.reason.isEmpty }) { throw FuzzProblem("line \(bad.line) is skipped without a reason") }
            for skip in result.skipped where reasons.count < show && reasons.insert(skip.reason.filter { !$0.isNumber }).inserted {
                FuzzHarness.say("  programme skips line \(skip.line): \(skip.reason.prefix(300))")
            }
        }
    }

    /// The search index cache: nil or a consistent index, which then searches without crashing.
    func testSearchIndexFile() throws {
        var decoded = 0
        try FuzzHarness.run("index", check: { error in (error as? FuzzProblem)?.description ?? "decode does not throw" }) { bytes in
            guard let (index, _) = SearchIndexFile.decode(bytes) else { return }
            decoded += 1
            for query in ["a", "ö", "ober", "saf-0001", "0001", "an de", ""] { _ = index.search(query, limit: 50) }
            _ = index.contains(code: "SAF-0001")
        }
        FuzzHarness.say("fuzz index: \(decoded) inputs decoded as an index and searched")
    }

    /// Writes the generated part of the seed corpus (snapshot, journal, index, Foyer's CSV export).
    /// Run with FOYER_FUZZ_WRITE_CORPUS=1 when the formats change; the files are kept in git.
    func testWriteSeedCorpus() throws {
        // Not an XCTSkip: Scripts/test's tally reads "Executed N tests, with N failures", which a skip changes.
        guard ProcessInfo.processInfo.environment["FOYER_FUZZ_WRITE_CORPUS"] == "1" else { return }
        let root = FuzzHarness.corpusRoot
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let people = RegistrantGenerator(event: fixture.event, seed: 7).make(count: 15)
        try store.replaceAllRegistrants(people)
        try FileManager.default.removeItem(atPath: root + "/snapshot/registrants.json")
        try FileManager.default.copyItem(atPath: fixture.snapshotPath, toPath: root + "/snapshot/registrants.json")
        // The journal: five more, payments, check-ins, a cancellation, an undone check-in.
        let more = RegistrantGenerator(event: fixture.event, seed: 8).make(count: 5)
        for var r in more { r.code = ""; _ = try store.register(r) }
        let time = Fixtures.instant("2009-03-19T08:47:00+01:00")
        for (i, r) in store.registry.registrants.enumerated() where r.status == .registered && r.due != .major(0) && i % 3 == 0 {
            _ = try store.commit(.recordPayment(code: r.code, Payment(id: "p\(i)", amount: r.due, method: .swish, time: time, desk: "A")))
        }
        for (i, r) in store.registry.registrants.enumerated() where r.status == .registered && r.checkIn == nil && i % 2 == 0 {
            _ = try store.commit(.checkIn(code: r.code, CheckIn(time: time, desk: i % 4 == 0 ? "A" : "B")))
        }
        if let r = store.registry.registrants.first(where: { $0.status == .registered && $0.checkIn == nil }) {
            _ = try store.commit(.setStatus(code: r.code, .cancelled))
        }
        try FileManager.default.removeItem(atPath: root + "/journal/journal.jsonl")
        try FileManager.default.copyItem(atPath: fixture.journalPath, toPath: root + "/journal/journal.jsonl")
        let all = Array(store.registry.registrants)
        try Data(SearchIndexFile.encode(SearchIndex(all), stamp: .init(generation: 1, journalSeq: 3)))
            .write(to: URL(fileURLWithPath: root + "/index/registrants.index"))
        try Data(SearchIndexFile.encode(SearchIndex(Array(all.prefix(2))), stamp: .init(generation: 1, journalSeq: 0)))
            .write(to: URL(fileURLWithPath: root + "/index/two.index"))
        try Data(RegistrantCSV.render(Array(all.prefix(12)), event: fixture.event).utf8)
            .write(to: URL(fileURLWithPath: root + "/csv/foyer-export.csv"))
    }
}

struct FuzzProblem: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
