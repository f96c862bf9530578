import XCTest
@testable import FoyerCore

/// The programme's exports, read back: iCalendar by a small RFC 5545 reader, the schedule as JSON.
final class ProgrammeExportTests: XCTestCase {
    /// Unfolds and splits into (name with parameters, value) pairs, checking the wire rules on the way.
    func readICS(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [(String, String)] {
        XCTAssertTrue(text.hasSuffix("\r\n"), file: file, line: line)
        let physical = text.components(separatedBy: "\r\n").dropLast()
        for l in physical {
            XCTAssertLessThanOrEqual(l.utf8.count, 75, "a line longer than 75 octets: \(l)", file: file, line: line)
            XCTAssertFalse(l.contains("\n"), "a bare LF", file: file, line: line)
        }
        var logical: [String] = []
        for l in physical {
            if l.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += String(l.dropFirst()) } else { logical.append(l) }
        }
        return logical.map { l in
            let colon = l.firstIndex(of: ":")!
            return (String(l[..<colon]), String(l[l.index(after: colon)...]))
        }
    }

    func unescape(_ v: String) -> String {
        var out = "", escaped = false
        for ch in v {
            if escaped { out += ch == "n" || ch == "N" ? "\n" : String(ch); escaped = false }
            else if ch == "\\" { escaped = true } else { out.append(ch) }
        }
        return out
    }

    func testICalendarOfTheSampleEvent() throws {
        let event = try Fixtures.impasses()
        let ics = ICalendar.render(event, now: Fixtures.instant("2009-03-01T10:00:00+01:00"))
        let props = readICS(ics)
        let begins = props.filter { $0.0 == "BEGIN" }.map(\.1), ends = props.filter { $0.0 == "END" }.map(\.1)
        XCTAssertEqual(begins.sorted(), ends.sorted(), "BEGIN and END balance")
        XCTAssertEqual(begins.filter { $0 == "VEVENT" }.count, 11)
        XCTAssertEqual(props.first { $0.0 == "TZID" }?.1, "Europe/Stockholm")
        XCTAssertTrue(props.contains { $0 == ("DTSTART;TZID=Europe/Stockholm", "20090319T083000") })
        XCTAssertTrue(props.contains { $0 == ("DTEND;TZID=Europe/Stockholm", "20090319T164500") })
        let uids = props.filter { $0.0 == "UID" }.map(\.1)
        XCTAssertEqual(Set(uids).count, 11, "one UID per item")
        XCTAssertTrue(uids.contains("introduction@impasses-2009.foyer"))
        let descriptions = props.filter { $0.0 == "DESCRIPTION" }.map { unescape($0.1) }
        XCTAssertTrue(descriptions.contains { $0.contains("– Constructivism versus realism\n– Two versus one-person psychologies") })
        XCTAssertTrue(props.contains { $0.0 == "RRULE" && $0.1 == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" })
        XCTAssertTrue(props.contains { $0 == ("DTSTAMP", "20090301T090000Z") })
    }

    func testEscapingAndFoldingRoundTrip() throws {
        var event = try Fixtures.impasses()
        let tricky = "Överföring, motöverföring; och “ångest” \\ back\nnew line " + String(repeating: "åäö漢", count: 30)
        event.programmeItems = [ProgrammeItem(id: "x", start: LocalDateTime("2009-03-19T09:00")!, end: LocalDateTime("2009-03-19T10:00")!,
                                              kind: .session, title: tricky)]
        let props = readICS(ICalendar.render(event))
        let summary = try XCTUnwrap(props.first { $0.0 == "SUMMARY" })
        XCTAssertEqual(unescape(summary.1), tricky)
        XCTAssertTrue(summary.1.contains("\\,") && summary.1.contains("\\;") && summary.1.contains("\\n") && summary.1.contains("\\\\"))
    }

    func testScheduleJSON() throws {
        let json = try ProgrammeExport.scheduleJSON(try Fixtures.impasses())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let conference = (object["schedule"] as! [String: Any])["conference"] as! [String: Any]
        XCTAssertEqual(conference["title"] as? String, "Resolving Therapeutic Impasses")
        let day = (conference["days"] as! [[String: Any]])[0]
        let talks = (day["rooms"] as! [String: [[String: Any]]])["Polhemssalen"]!
        XCTAssertEqual(talks.count, 11)
        XCTAssertEqual(talks.map { $0["duration"] as! String }, ["00:30", "01:00", "00:30", "00:50", "00:10", "01:00", "01:00", "01:00", "00:30", "01:00", "00:45"])
        XCTAssertEqual(talks[0]["date"] as? String, "2009-03-19T08:30:00+01:00")
        XCTAssertEqual(Set(talks.map { $0["guid"] as! String }).count, 11)
        XCTAssertEqual(try ProgrammeExport.scheduleJSON(try Fixtures.impasses()), json, "the same file every time")
    }

    func testPrintableProgrammesEscape() throws {
        var event = try Fixtures.impasses()
        event.programmeItems[1].title = "<script>alert('x')</script> & \"more\""
        let html = ProgrammeExport.html(event)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;"))
        let markdown = ProgrammeExport.markdown(try Fixtures.impasses())
        XCTAssertTrue(markdown.contains("| 16:00–16:45 | **Panel discussion**"))
        XCTAssertTrue(markdown.contains("| 12:30–13:30 | *Lunch* |"))
    }
}
