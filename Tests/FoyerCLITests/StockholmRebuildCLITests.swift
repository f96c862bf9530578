import Foundation
import XCTest

/// The Stockholm workshop rebuilt from nothing by the command line alone, as an organiser would from
/// the documents in `shared/seeds/`: `foyer new`, `event set/add`, `fees add`, and `import programme` of
/// the seed programme itself. Compared field by field with the sample in Data/ (ids aside).
final class StockholmRebuildCLITests: XCTestCase {
    private var home: String!
    private var data: String { home + "/data" }
    private let texts = FoyerProcess.packageRoot + "/Tests/FoyerCLITests/Fixtures/stockholm-2009/"
    /// The seed documents: beside the project in a checkout (`../shared/seeds`).
    private let seeds = (FoyerProcess.packageRoot as NSString).deletingLastPathComponent + "/shared/seeds/"

    override func setUpWithError() throws {
        home = (FileManager.default.temporaryDirectory.path as NSString).appendingPathComponent("foyer-rebuild-" + UUID().uuidString)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }
    override func tearDownWithError() throws { if let home { try? FileManager.default.removeItem(atPath: home) } }

    private func foyer(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try FoyerProcess.run(arguments + ["--data", data], home: home, file: file, line: line)
        XCTAssertEqual(r.status, 0, "foyer \(arguments.joined(separator: " ")): \(r.stderr)", file: file, line: line)
    }

    func testTheWorkshopRebuiltFromTheSeedsIsTheSample() throws {
        let programme = seeds + "programme-en.txt"
        try XCTSkipUnless(FileManager.default.fileExists(atPath: programme), "the seed documents are not beside this checkout (\(seeds))")
        try foyer("new", "impasses-2009", "--title", "Resolving Therapeutic Impasses", "--date", "2009-03-19", "--time-zone", "Europe/Stockholm",
                  "--venue", "Ingenjörshuset Citykonferensen", "--room", "Polhemssalen", "--city", "Stockholm", "--deadline", "2009-02-26",
                  "--currency", "SEK", "--code-prefix", "SAF", "--organiser", "Psykoterapistiftelsen")
        try foyer("event", "set", "language", "sv")
        try foyer("event", "set", "subtitle", "Jeremy D. Safran, Ph.D., New School for Social Research")
        try foyer("event", "set", "registration-link", "www.psykoterapistiftelsen.se")
        try foyer("event", "set", "description", "--file", texts + "description-en.txt")
        try foyer("event", "set", "practical", "--file", texts + "practical-en.txt")
        try foyer("event", "set", "practical-sv", "--file", texts + "practical-sv.txt")
        try foyer("event", "add", "contact", "--name", "Annikka Haraldsson", "--phone", "08-578 397 61", "--email", "annikka.haraldsson@sll.se")
        try foyer("event", "add", "contact", "--name", "Ulla Grebo", "--email", "info@psykoterapistiftelsen.se")
        try foyer("event", "add", "contact", "--name", "Mats Hamreby", "--email", "mats.hamreby@sll.se")
        try foyer("event", "add", "speaker", "--name", "Jeremy D. Safran", "--degrees", "Ph.D.",
                  "--affiliation", "The New School for Social Research, New York; Beth Israel Medical Center", "--biography-sv-file", texts + "biography-sv.txt")
        let includes = ["--includes", "Lunch and coffee", "--includes-sv", "Lunch och kaffebufféer"]
        try FoyerProcess.run(["fees", "add", "standard", "--name", "Standard", "--name-sv", "Ordinarie", "--price", "2 000", "--data", data] + includes, home: home)
        for (id, name, nameSv, price, who, whoSv) in [
            ("student", "Full-time student", "Heltidsstuderande", "500", "Full-time university or college student", "Heltidsstuderande vid universitet och högskola"),
            ("psychotherapy-student", "Psychotherapy student", "Psykoterapeutstudent", "1 000", "Student in a psychotherapy programme leading to licensure", "Student på legitimationsgrundande psykoterapeututbildning"),
            ("pensioner", "Pensioner", "Pensionär", "1 000", "Pensioner", "Pensionär"),
        ] {
            let r = try FoyerProcess.run(["fees", "add", id, "--name", name, "--name-sv", nameSv, "--price", price, "--note", who, "--note-sv", whoSv, "--proof", "--data", data] + includes, home: home)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        // The seed programme as found, but for the one typo the organiser mends as the sample did.
        let mended = home + "/programme-en.txt"
        let seedText = try String(contentsOfFile: programme, encoding: .utf8)
        XCTAssertTrue(seedText.contains("developmental reseach"))
        try seedText.replacingOccurrences(of: "developmental reseach", with: "developmental research").write(toFile: mended, atomically: true, encoding: .utf8)
        try foyer("import", "programme", mended, "--yes")

        func event(_ path: String) throws -> [String: Any] {
            (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any])["event"] as! [String: Any]
        }
        var rebuilt = try event(data + "/impasses-2009/event.json")
        var sample = try event(FoyerProcess.sampleData + "/impasses-2009/event.json")
        // Ids aside: the speaker's id (and the items naming it) are the command line's own.
        func speakerNames(_ e: inout [String: Any]) {
            let speakers = e["speakers"] as! [[String: Any]]
            let names = Dictionary(uniqueKeysWithValues: speakers.map { ($0["id"] as! String, $0["name"] as! String) })
            e["speakers"] = speakers.map { s in var s = s; s["id"] = nil; return s }
            e["programme"] = (e["programme"] as! [[String: Any]]).map { item in
                var item = item
                item["speakerIDs"] = (item["speakerIDs"] as? [String] ?? []).map { names[$0] ?? $0 }
                item["id"] = nil
                return item
            }
        }
        speakerNames(&rebuilt); speakerNames(&sample)
        // A flag left out of the file is false when read: the same category either way.
        func defaults(_ e: inout [String: Any]) {
            e["feeCategories"] = (e["feeCategories"] as! [[String: Any]]).map { c in
                c.filter { key, value in !((key == "retired" || key == "requiresProof") && (value as? Bool) == false) }
            }
        }
        defaults(&rebuilt); defaults(&sample)
        for key in Set(rebuilt.keys).union(sample.keys).sorted() {
            let a = try JSONSerialization.data(withJSONObject: rebuilt[key] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            let b = try JSONSerialization.data(withJSONObject: sample[key] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            XCTAssertEqual(String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self), "the field \(key) differs from the sample")
        }
    }
}
