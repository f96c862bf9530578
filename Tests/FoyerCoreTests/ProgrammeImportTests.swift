import XCTest
@testable import FoyerCore

/// Programme text as flyers write it, read into items; the seed programme reads as the sample event's.
final class ProgrammeImportTests: XCTestCase {
    func parse(_ text: String) throws -> ProgrammeTextImport { ProgrammeTextImport.parse(text, event: try Fixtures.impasses()) }

    func testTimeForms() throws {
        let cases: [(String, String, String?)] = [
            ("9.00-10.00 Introduction", "09:00", "10:00"),
            ("09:00–10:00 Introduction", "09:00", "10:00"),
            ("09:00 – 10:00 Introduction", "09:00", "10:00"),
            ("8.30-9.00 Registration", "08:30", "09:00"),
            ("08:30 Registration", "08:30", nil),
            ("14.30—15.00 Coffee", "14:30", "15:00"),
        ]
        for (line, start, end) in cases {
            let r = try parse(line)
            XCTAssertEqual(r.items.count, 1, line)
            XCTAssertEqual(r.items.first?.start.timeText, start, line)
            XCTAssertEqual(r.items.first?.end?.timeText, end, line)
        }
        XCTAssertTrue(try parse("2 000 kr inklusive moms").items.isEmpty)
        XCTAssertTrue(try parse("25.5 degrees").items.isEmpty, "not a time of day")
    }

    func testTopicsKindsEndsAndSkippedLines() throws {
        let text = """
        A workshop about things.
        08:30 Registration and coffee
        09:00 Opening lecture
        -first topic
        • Second topic
          * Third topic
            Fourth, indented
        10.30-10.45 Fika
        10.45-12.00 Panel: the future
        12:00 Lunch
        13:00 Afternoon session
        Price: 500 kr
        16:30
        """
        let r = try parse(text)
        let p = Programme(r.items)
        XCTAssertEqual(p.items.map(\.title), ["Registration and coffee", "Opening lecture", "Fika", "Panel: the future", "Lunch", "Afternoon session"])
        XCTAssertEqual(p.items.map(\.kind), [.registration, .session, .break, .panel, .meal, .session])
        XCTAssertEqual(p.items[1].topics, ["First topic", "Second topic", "Third topic", "Fourth, indented"])
        XCTAssertEqual(p.timeRange(of: 0), "08:30–09:00", "a start only ends when the next starts")
        XCTAssertEqual(p.timeRange(of: 5), "13:00–16:30", "the last item's end from a following bare time")
        XCTAssertEqual(p.items[1].speakerIDs, ["safran"])
        XCTAssertEqual(p.items[0].speakerIDs, [])
        let reported = r.skipped.filter { !$0.text.isEmpty }.map(\.line)
        XCTAssertEqual(reported, [1, 12, 13])
        XCTAssertTrue(r.skipped.first { $0.line == 12 }!.reason.contains("price"))
        XCTAssertTrue(r.skipped.first { $0.line == 13 }!.reason.contains("end (16:30)"))
    }

    func testTheSeedProgrammeImportsToTheSample() throws {
        let url = URL(fileURLWithPath: Fixtures.packageRoot + "/Tests/FoyerCoreTests/Fixtures/programme-en.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let sample = try Fixtures.impasses()
        let imported = Programme(try parse(text).items)
        let expected = sample.programme
        XCTAssertEqual(imported.items.count, 11)
        XCTAssertEqual(imported.items.count, expected.items.count)
        // The sample corrected one typo of the flyer's; the comparison allows exactly that.
        let corrections = ["reseach": "research"]
        func normalised(_ s: String) -> String {
            corrections.reduce(s.lowercased()) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
        }
        for i in expected.items.indices {
            let a = imported.items[i], e = expected.items[i]
            XCTAssertEqual(imported.timeRange(of: i), expected.timeRange(of: i), e.title)
            XCTAssertEqual(a.kind, e.kind, e.title)
            XCTAssertEqual(a.title, e.title)
            XCTAssertEqual(a.topics.map(normalised), e.topics.map(normalised), e.title)
            XCTAssertEqual(a.speakerIDs, e.speakerIDs, e.title)
        }
        // Replacing keeps the ids of items that did not change, so calendars see updates, not new events.
        let replaced = sample.replacingProgramme(with: imported.items)
        XCTAssertEqual(replaced.programmeItems.map(\.id), sample.programme.items.map(\.id))
    }
}
