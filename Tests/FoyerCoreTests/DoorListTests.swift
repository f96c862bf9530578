import XCTest
@testable import FoyerCore

/// The door list (the paper fallback) and undoing a check-in through the store.
final class DoorListTests: XCTestCase {
    private func people() -> [Registrant] {
        var list = [
            Fixtures.person("Åsa", "Öberg", organisation: "Karolinska Institutet", code: "SAF-0001"),
            Fixtures.person("Bo", "Lindqvist", organisation: "Privat praktik", code: "SAF-0002", category: "student", price: .major(500)),
            Fixtures.person("Anna", "andersson", code: "SAF-0003"),
            Fixtures.person("Cecilia", "Ek", code: "SAF-0004"),
            Fixtures.person("Dan", "Olsson", code: "SAF-0005"),
            Fixtures.person("Maximiliana Alexandrina Theodora", "von Hohenzollern-Sigmaringen-Schwarzenberg",
                            organisation: "Institutet för mycket långa organisationsnamn och <script>alert(1)</script> & co", code: "SAF-0006"),
        ]
        list[0].payments = [Payment(id: "p1", amount: .major(2000), method: .swish, time: Date(timeIntervalSince1970: 1_234_000_000))]
        list[0].checkIn = CheckIn(time: Fixtures.clock("2009-03-19 08:47").now(), desk: "A")
        list[3].status = .cancelled
        list[4].status = .waitlisted
        return list
    }

    func testAlphabeticalByFoldedLastNameRegisteredOnlyWaitlistAtTheEnd() throws {
        let event = try Fixtures.impasses()
        let list = DoorList(event: event, registrants: people(), now: Fixtures.clock("2009-03-19 08:15").now())
        XCTAssertEqual(list.registered.map(\.code), ["SAF-0003", "SAF-0002", "SAF-0006", "SAF-0001"], "andersson, Lindqvist, von …, Öberg (a Swedish event: after Z)")
        XCTAssertEqual(list.waitlisted.map(\.code), ["SAF-0005"])
        XCTAssertFalse((list.registered + list.waitlisted).contains { $0.code == "SAF-0004" }, "cancelled people are left out")
        let asa = try XCTUnwrap(list.registered.first { $0.code == "SAF-0001" })
        XCTAssertEqual(asa.due, "betald", "the Stockholm event's door list is in Swedish")
        XCTAssertEqual(asa.box, "[x] 08:47")
        XCTAssertEqual(asa.name, "Öberg, Åsa")
        let bo = try XCTUnwrap(list.registered.first { $0.code == "SAF-0002" })
        XCTAssertEqual(bo.box, "[ ]")
        XCTAssertEqual(bo.due, event.moneyFormat.string(.major(500)))
        XCTAssertEqual(list.madeAt, "2009-03-19 08:15")
    }

    func testTextFitsEightyColumnsAndCutsLongValuesWithAnEllipsis() throws {
        let event = try Fixtures.impasses()
        let text = DoorListText.render(DoorList(event: event, registrants: people(), now: Fixtures.clock("2009-03-19 08:15").now(), language: .en))
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines { XCTAssertLessThanOrEqual(line.count, 80, line) }
        let rows = lines.filter { $0.hasPrefix("[") }
        XCTAssertEqual(rows.count, 5, text)
        XCTAssertTrue(rows[3].hasPrefix("[x] 08:47  SAF-0001  Öberg, Åsa"), rows[3])
        XCTAssertTrue(rows[3].hasSuffix("paid"), rows[3])
        XCTAssertTrue(rows[2].contains("…"), "the long name is cut: \(rows[2])")
        XCTAssertTrue(rows[2].contains("von Hohenz"), rows[2])
        let waiting = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Waiting list") }, text)
        XCTAssertTrue(lines[waiting...].contains { $0.contains("SAF-0005") })
        XCTAssertFalse(lines[..<waiting].contains { $0.contains("SAF-0005") })
        XCTAssertFalse(text.contains("SAF-0004"))
    }

    func testASwedishEventsDoorListIsInSwedishAndFitsEightyColumns() throws {
        let event = try Fixtures.impasses()
        let list = DoorList(event: event, registrants: people(), now: Fixtures.clock("2009-03-19 08:15").now())
        XCTAssertEqual(list.language, .sv)
        let text = DoorListText.render(list)
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines { XCTAssertLessThanOrEqual(line.count, 80, line) }
        XCTAssertEqual(lines[1], "torsdag 19 mars 2009")
        XCTAssertTrue(lines[2].hasPrefix("Dörrlista, utskriven 2009-03-19 08:15: 4 anmälda, 1 incheckade"), lines[2])
        let header = try XCTUnwrap(lines.first { $0.contains("KOD") }, text)
        XCTAssertTrue(header.contains("NAMN") && header.contains("KATEGORI") && header.hasSuffix("ATT BETALA"), header)
        let rows = lines.filter { $0.hasPrefix("[") }
        XCTAssertTrue(rows[3].hasPrefix("[x] 08:47  SAF-0001  Öberg, Åsa") && rows[3].hasSuffix("betald"), rows[3])
        XCTAssertTrue(rows[0].contains("Ordinarie"), "the category's Swedish name: \(rows[0])")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Väntelista (1): släpps inte in") }, text)
        let html = DoorListHTML.render(list)
        XCTAssertTrue(html.contains("<html lang=\"sv\">") && html.contains("<title>Dörrlista · ") && html.contains("<th>Ankom</th>"), html)
        XCTAssertTrue(DoorListText.render(DoorList(event: event, registrants: people(), now: Date(), language: .en)).contains("CATEGORY"))
    }

    func testHTMLEscapesEveryValue() throws {
        var event = try Fixtures.impasses()
        event.title = "Impasses <b>&</b> \"more\""
        var list = people()
        list[1].lastName = "O'Brien <img src=x>"
        let html = DoorListHTML.render(DoorList(event: event, registrants: list, now: Fixtures.clock("2009-03-19 08:15").now()))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        XCTAssertTrue(html.contains("O&#39;Brien &lt;img src=x&gt;"))
        XCTAssertTrue(html.contains("Impasses &lt;b&gt;&amp;&lt;/b&gt; &quot;more&quot;"))
        XCTAssertEqual(html.components(separatedBy: "<tr><td").count - 1, 5)
        XCTAssertTrue(html.contains("&#10003; 08:47"))
        XCTAssertEqual(ReceiptHTML.escape("<&>\"'"), HTMLText.escape("<&>\"'"), "receipts and the door list escape alike")
    }

    // MARK: Undo

    func testUndoThroughTheStoreRecordsTheReasonAndAllowsANewCheckIn() throws {
        let fixture = try StoreFixture()
        let a = try fixture.open(desk: "A", clock: Fixtures.clock("2009-03-19 08:47"))
        let r = try a.register(Fixtures.person("Åsa", "Öberg"))
        guard case .checkedIn = try CheckInDesk.checkIn(code: r.code, store: a) else { return XCTFail("not checked in") }

        // Another desk, which has not looked since, undoes it.
        let b = try fixture.open(desk: "B", clock: Fixtures.clock("2009-03-19 08:50"))
        let undone = try CheckInDesk.undo(code: r.code, reason: "  wrong Åsa ", store: b)
        XCTAssertEqual(undone.undone, CheckIn(time: Fixtures.clock("2009-03-19 08:47").now(), desk: "A"))
        XCTAssertNil(undone.registrant.checkIn)
        let last = try XCTUnwrap(undone.registrant.checkInHistory.last)
        XCTAssertEqual(last, CheckInEvent(action: .undone, time: Fixtures.clock("2009-03-19 08:50").now(), desk: "B", reason: "wrong Åsa"))

        // Desk A (stale) cannot undo it again: it catches up under the lock first.
        assertStoreError(try CheckInDesk.undo(code: r.code, reason: "twice", store: a)) { error in
            guard case .rejected(.notCheckedIn(r.code)) = error else { return XCTFail("\(error)") }
        }
        assertStoreError(try CheckInDesk.undo(code: r.code, reason: "  ", store: a)) { error in
            guard case .rejected(.invalid) = error else { return XCTFail("\(error)") }
        }
        // And the person can be checked in again; the history keeps all three lines, on disk too.
        guard case .checkedIn = try CheckInDesk.checkIn(code: r.code, store: a) else { return XCTFail("not checked in again") }
        let reopened = try fixture.open()
        XCTAssertEqual(reopened.registry[r.code]?.checkInHistory.map(\.action), [.checkedIn, .undone, .checkedIn])
        XCTAssertEqual(reopened.registry[r.code]?.checkInHistory[1].reason, "wrong Åsa")
        XCTAssertEqual(reopened.registry[r.code]?.checkIn?.desk, "A")
    }
}
