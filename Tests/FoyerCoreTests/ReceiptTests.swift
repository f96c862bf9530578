import Foundation
import XCTest
@testable import FoyerCore

/// Issue 5's receipts: what a receipt says, that HTML escapes what it prints, and that numbers never repeat.
final class ReceiptTests: XCTestCase {
    /// Åsa, Standard (2 000 kr), who paid 1 500 kr by Swish and got 500 kr back.
    private func sample(_ f: StoreFixture, name: (String, String) = ("Åsa", "Öberg")) throws -> (EventStore, String) {
        let store = try f.open(desk: "A")
        var draft = Fixtures.person(name.0, name.1, email: "asa@ki.se", organisation: "Karolinska Institutet",
                                    registeredAt: Fixtures.instant("2009-02-01T10:00:00+01:00"))
        draft.invoiceAddress = "Box 281\n171 77 Stockholm"
        draft.invoiceReference = "KI-4711"
        let r = try store.register(draft)
        try store.commit(.recordPayment(code: r.code, Payment(id: "p1", amount: .major(1500), method: .swish,
                                                                time: Fixtures.instant("2009-02-10T09:15:00+01:00"), reference: "SW-123")))
        try store.commit(.recordPayment(code: r.code, Payment(id: "p2", kind: .refund, amount: .major(500), method: .swish,
                                                                time: Fixtures.instant("2009-03-02T14:30:00+01:00"), reference: "SW-124")))
        return (store, r.code)
    }

    // MARK: Content

    func testTheReceiptValueForASampleRegistrant() throws {
        let f = try StoreFixture()
        let (store, code) = try sample(f)
        let receipt = try store.issueReceipt(code: code, language: .en)
        XCTAssertEqual(receipt.number, 1)
        XCTAssertEqual(receipt.code, "SAF-0001")
        XCTAssertEqual(receipt.organiser, "Psykoterapistiftelsen")
        XCTAssertEqual(receipt.eventTitle, "Resolving Therapeutic Impasses")
        XCTAssertEqual(receipt.eventDateText, "Thursday 19 March 2009")
        XCTAssertEqual(receipt.venue, "Ingenjörshuset Citykonferensen, Polhemssalen, Stockholm")
        XCTAssertEqual(receipt.registrantName, "Åsa Öberg")
        XCTAssertEqual(receipt.categoryName, "Standard")
        XCTAssertEqual(receipt.price, .major(2000))
        XCTAssertEqual(receipt.net, .major(1600))
        XCTAssertEqual(receipt.vatRate, .swedishStandard)
        XCTAssertEqual(receipt.vatAmount, .major(400))
        XCTAssertEqual(receipt.lines.map(\.kind), [.payment, .refund])
        XCTAssertEqual(receipt.totalPaid, .major(1000))
        XCTAssertEqual(receipt.balanceDue, .major(1000))
        XCTAssertEqual(receipt.includes, "Lunch and coffee")
        XCTAssertEqual(receipt.issuedAt, Fixtures.clock("2009-03-19 08:47").now())
    }

    func testTheTextSaysEverythingAReceiptMust() throws {
        let f = try StoreFixture()
        let (store, code) = try sample(f)
        let text = ReceiptText.render(try store.issueReceipt(code: code, language: .en))
        let lines = text.split(separator: "\n").map { String($0) }
        func line(_ label: String) -> String? { lines.first { $0.hasPrefix(label) } }

        XCTAssertTrue(text.contains("Receipt no. 1"), text)
        XCTAssertTrue(text.contains("Issued 19 Mar 2009 08:47"), "in the event's zone: \(text)")
        XCTAssertTrue(text.hasPrefix("Psykoterapistiftelsen\n"), text)
        XCTAssertTrue(text.contains("Resolving Therapeutic Impasses\nThursday 19 March 2009\nIngenjörshuset Citykonferensen, Polhemssalen, Stockholm"), text)
        XCTAssertTrue(line("Name")?.hasSuffix("Åsa Öberg") ?? false, text)
        XCTAssertTrue(line("Code")?.hasSuffix("SAF-0001") ?? false, text)
        XCTAssertTrue(line("Organisation")?.hasSuffix("Karolinska Institutet") ?? false, text)
        XCTAssertTrue(line("Invoice address")?.hasSuffix("Box 281") ?? false, text)
        XCTAssertTrue(text.contains("   171 77 Stockholm\n"), "the address's second line is indented under the first: \(text)")
        XCTAssertTrue(line("Reference")?.hasSuffix("KI-4711") ?? false, text)
        XCTAssertTrue(line("Fee category")?.hasSuffix("Standard") ?? false, text)
        XCTAssertTrue(line("Price incl. VAT")?.hasSuffix("2 000 kr") ?? false, text)
        XCTAssertTrue(line("Net")?.hasSuffix("1 600 kr") ?? false, text)
        XCTAssertTrue(line("VAT 25 %")?.hasSuffix(" 400 kr") ?? false, text)
        XCTAssertTrue(line("Includes")?.hasSuffix("Lunch and coffee") ?? false, text)
        let payment = try XCTUnwrap(lines.first { $0.contains("10 Feb 2009 09:15") }, text)
        XCTAssertTrue(payment.contains("Payment") && payment.contains("Swish") && payment.contains("1 500 kr") && payment.contains("SW-123"), payment)
        let refund = try XCTUnwrap(lines.first { $0.contains("2 Mar 2009 14:30") }, text)
        XCTAssertTrue(refund.contains("Refund") && refund.contains("-500 kr") && refund.contains("SW-124"), refund)
        XCTAssertTrue(line("Total paid")?.hasSuffix("1 000 kr") ?? false, text)
        XCTAssertTrue(line("Balance due")?.hasSuffix("1 000 kr") ?? false, text)
        // Amounts line up on the right.
        let amounts = ["Price incl. VAT", "Net", "VAT 25 %", "Total paid", "Balance due"].compactMap(line)
        XCTAssertEqual(Set(amounts.map(\.count)).count, 1, amounts.joined(separator: "\n"))
    }

    func testAWaiverIsChargedLessAndTheVATFollows() throws {
        let event = try Fixtures.impasses()
        let time = Fixtures.instant("2009-02-01T12:00:00+01:00")
        var panel = Fixtures.person("Per", "Ek", code: "SAF-0007", registeredAt: time)
        panel.payments = [Payment(id: "w", kind: .waiver, amount: .major(2000), method: .other, time: time, reference: "panel")]
        let receipt = Receipt(number: 9, issuedAt: time, event: event, registrant: panel, language: .en)
        XCTAssertEqual(receipt.price, .major(2000))
        XCTAssertEqual(receipt.charged, .zero)
        XCTAssertEqual(receipt.vatAmount, .zero, "no VAT on what is not charged")
        XCTAssertEqual(receipt.balanceDue, .zero)
        let text = ReceiptText.render(receipt)
        XCTAssertTrue(text.contains("Waived") && text.contains("panel"), text)
        XCTAssertTrue(text.contains("Receipt no. 9"), text)
    }

    func testHTMLEscapesEveryValue() throws {
        let f = try StoreFixture()
        let (store, code) = try sample(f, name: ("<script>&\"'", "x"))
        try store.commit(.edit(code: code, {
            var e = RegistrantEdit(); e.organisation = "A&B <Consulting>"; e.invoiceReference = "\"ref\" 'q'"; return e
        }()))
        let receipt = try store.issueReceipt(code: code, language: .en)
        let html = ReceiptHTML.render(receipt)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), html)
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("&lt;script&gt;&amp;&quot;&#39; x"), html)
        XCTAssertFalse(html.contains("<script>"), "never raw")
        XCTAssertFalse(html.contains("&\"'"))
        XCTAssertTrue(html.contains("A&amp;B &lt;Consulting&gt;"), html)
        XCTAssertTrue(html.contains("&quot;ref&quot; &#39;q&#39;"), html)
        XCTAssertTrue(html.contains("Box 281<br>\n171 77 Stockholm"), html)
        XCTAssertTrue(html.contains("Receipt no. 1"))
        XCTAssertTrue(html.contains("2 000 kr") && html.contains("1 600 kr") && html.contains("400 kr") && html.contains("Lunch and coffee"))
        XCTAssertEqual(ReceiptHTML.escape("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;")
        // Every ampersand in the page starts an entity this renderer writes.
        var rest = Substring(html)
        while let amp = rest.firstIndex(of: "&") {
            let after = rest[amp...]
            XCTAssertTrue(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains { after.hasPrefix($0) }, String(after.prefix(20)))
            rest = rest[rest.index(after: amp)...]
        }
    }

    func testTextHasNoControlCharactersFromTheData() throws {
        let event = try Fixtures.impasses()
        let time = Fixtures.instant("2009-02-01T12:00:00+01:00")
        let r = Fixtures.person("Eve\u{1B}[2J", "Tab\there", code: "SAF-0003", registeredAt: time)
        let text = ReceiptText.render(Receipt(number: 3, issuedAt: time, event: event, registrant: r))
        XCTAssertFalse(text.contains("\u{1B}"), text)
        XCTAssertFalse(text.contains("\t"), text)
    }

    func testAReceiptOfASwedishEventIsInSwedish() throws {
        let f = try StoreFixture()
        let (store, code) = try sample(f)
        let receipt = try store.issueReceipt(code: code)
        XCTAssertEqual(receipt.language, .sv, "the Stockholm event's attendees read Swedish")
        XCTAssertEqual(receipt.title, "Kvitto nr 1")
        XCTAssertEqual(receipt.eventDateText, "torsdag 19 mars 2009")
        let text = ReceiptText.render(receipt)
        let lines = text.split(separator: "\n").map { String($0) }
        func line(_ label: String) -> String? { lines.first { $0.hasPrefix(label) } }
        XCTAssertTrue(text.contains("Utfärdat 19 mars 2009 08:47"), text)
        XCTAssertTrue(line("Namn")?.hasSuffix("Åsa Öberg") ?? false, text)
        XCTAssertTrue(line("Avgiftskategori")?.hasSuffix("Ordinarie") ?? false, text)
        XCTAssertTrue(line("Ingår")?.hasSuffix("Lunch och kaffebufféer") ?? false, text)
        XCTAssertTrue(line("Pris inkl. moms")?.hasSuffix("2 000 kr") ?? false, text)
        XCTAssertTrue(line("Moms 25 %")?.hasSuffix(" 400 kr") ?? false, text)
        XCTAssertTrue(line("Att betala")?.hasSuffix("1 000 kr") ?? false, text)
        let refund = try XCTUnwrap(lines.first { $0.contains("2 mars 2009 14:30") }, text)
        XCTAssertTrue(refund.contains("Återbetalning") && refund.contains("-500 kr"), refund)
        XCTAssertTrue(lines.contains { $0.contains("10 feb. 2009 09:15") && $0.contains("Betalning") && $0.contains("Swish") }, text)
        XCTAssertFalse(text.contains("Receipt") || text.contains("Balance due"), text)
        let html = ReceiptHTML.render(receipt)
        XCTAssertTrue(html.contains("<html lang=\"sv\">") && html.contains("<h2>Betalningar</h2>") && html.contains(">Belopp</th>"), html)
        // Asked for in English, the same receipt is in English.
        XCTAssertTrue(ReceiptText.render(try store.issueReceipt(code: code, language: .en)).contains("Receipt no. 2"))
    }

    // MARK: Numbering

    func testNumbersCountUpAcrossTwoDesksAndAfterReopening() throws {
        let f = try StoreFixture()
        let (a, code) = try sample(f)
        let b = try f.open(desk: "B")
        XCTAssertEqual(try a.issueReceipt(code: code).number, 1)
        XCTAssertEqual(try b.issueReceipt(code: code).number, 2)
        XCTAssertEqual(try a.issueReceipt(code: code).number, 3)
        let reopened = try f.open(desk: "C")
        XCTAssertEqual(try reopened.issueReceipt(code: code).number, 4)

        let path = f.folder + "/" + EventStore.receiptsFileName
        let lines = try Files.lines(path)
        XCTAssertEqual(lines.first, "{\"foyerReceipts\":1}")
        XCTAssertEqual(lines.last, "", "every line ends with a newline")
        let records = try lines.dropFirst().filter { !$0.isEmpty }.map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(records.compactMap { $0["number"] as? Int }, [1, 2, 3, 4])
        XCTAssertEqual(records.compactMap { $0["desk"] as? String }, ["A", "B", "A", "C"])
        XCTAssertEqual(records.compactMap { $0["code"] as? String }, Array(repeating: "SAF-0001", count: 4))
        XCTAssertEqual(records.first?["time"] as? String, "2009-03-19T08:47:00+01:00")
        XCTAssertEqual(try Files.mode(path), 0o600)
    }

    func testTwoDesksIssuingAtOnceNeverShareANumber() throws {
        let f = try StoreFixture()
        let (_, code) = try sample(f)
        let data = f.data.path, id = f.event.id
        let results = Locked<[Int]>([])
        let failures = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { desk in
            do {
                let store = try DataDirectory(path: data).openEvent(id, desk: "D\(desk)", clock: .system)
                for _ in 0..<15 {
                    let n = try store.issueReceipt(code: code).number
                    results.update { $0.append(n) }
                }
            } catch {
                failures.update { $0.append(String(describing: error)) }
            }
        }
        XCTAssertEqual(failures.value, [])
        XCTAssertEqual(results.value.sorted(), Array(1...30))
    }

    func testATornLastLineIsNotReused() throws {
        let f = try StoreFixture()
        let (store, code) = try sample(f)
        XCTAssertEqual(try store.issueReceipt(code: code).number, 1)
        XCTAssertEqual(try store.issueReceipt(code: code).number, 2)
        let path = f.folder + "/" + EventStore.receiptsFileName
        try Files.append("{\"code\":\"SAF-0001\",\"desk\":\"B\",\"numb", to: path)

        let next = try f.open(desk: "B").issueReceipt(code: code).number
        XCTAssertEqual(next, 4, "the torn line may have been number 3: it is skipped")
        XCTAssertEqual(try store.issueReceipt(code: code).number, 5)
        let numbers = try Files.lines(path).dropFirst().filter { !$0.isEmpty }.map { line -> Int in
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], line)
            return try XCTUnwrap(object["number"] as? Int)
        }
        XCTAssertEqual(numbers, [1, 2, 4, 5], "the fragment is gone from the log")
        let aside = Files.listing(f.folder).filter { $0.hasPrefix(EventStore.receiptsFileName + ".torn-") }
        XCTAssertEqual(aside.count, 1, Files.listing(f.folder).joined(separator: " "))
        XCTAssertEqual(try Files.text(f.folder + "/" + aside[0]), "{\"code\":\"SAF-0001\",\"desk\":\"B\",\"numb")
        XCTAssertEqual(try Files.mode(f.folder + "/" + aside[0]), 0o600)
    }

    func testACorruptLineIsNamedAndNothingIsWritten() throws {
        let f = try StoreFixture()
        let (store, code) = try sample(f)
        _ = try store.issueReceipt(code: code)
        let path = f.folder + "/" + EventStore.receiptsFileName
        try Files.append("not json\n", to: path)
        let before = try Files.bytes(path)
        assertStoreError(try store.issueReceipt(code: code)) { error in
            guard case .corrupt(let file, let line, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, path)
            XCTAssertEqual(line, 3)
            XCTAssertTrue(error.description.contains(path + ", line 3"), error.description)
        }
        XCTAssertEqual(try Files.bytes(path), before)
    }

    func testANewerHeaderIsRefusedAndNothingIsWritten() throws {
        let f = try StoreFixture()
        let (store, code) = try sample(f)
        let path = f.folder + "/" + EventStore.receiptsFileName
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("{\"foyerReceipts\":2}\n".utf8), attributes: [.posixPermissions: 0o600]))
        assertStoreError(try store.issueReceipt(code: code)) { error in
            guard case .newerSchema(let file, let found, let supported) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, path)
            XCTAssertEqual(found, 2)
            XCTAssertEqual(supported, 1)
        }
        XCTAssertEqual(try Files.text(path), "{\"foyerReceipts\":2}\n")
    }

    func testAnUnknownCodeIsRejectedAndCreatesNothing() throws {
        let f = try StoreFixture()
        let (store, _) = try sample(f)
        assertStoreError(try store.issueReceipt(code: "SAF-0099")) { error in
            XCTAssertEqual(error, .rejected(.unknownCode("SAF-0099")))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.folder + "/" + EventStore.receiptsFileName))
    }

    func testAReceiptShowsAPaymentAnotherDeskJustRecorded() throws {
        let f = try StoreFixture()
        let (a, code) = try sample(f)
        let b = try f.open(desk: "B")
        try b.commit(.recordPayment(code: code, Payment(id: "p3", amount: .major(1000), method: .card,
                                                        time: Fixtures.instant("2009-03-19T08:50:00+01:00"))))
        let receipt = try a.issueReceipt(code: code)
        XCTAssertEqual(receipt.totalPaid, .major(2000))
        XCTAssertEqual(receipt.balanceDue, .zero)
    }

    func testSafeFileWritesAtomicallyWithMode0600() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/receipt.html"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        try SafeFile.write("new", to: path)
        XCTAssertEqual(try Files.text(path), "new")
        XCTAssertEqual(try Files.mode(path), 0o600)
        XCTAssertEqual(Files.listing(temp.path), ["receipt.html"], "no temporary file left behind")
    }
}

/// A value shared between threads in a test.
private final class Locked<T>: @unchecked Sendable {
    private var stored: T
    private let lock = NSLock()
    init(_ value: T) { stored = value }
    var value: T { lock.lock(); defer { lock.unlock() }; return stored }
    func update(_ body: (inout T) -> Void) { lock.lock(); defer { lock.unlock() }; body(&stored) }
}
