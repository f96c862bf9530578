import Foundation
import XCTest
@testable import FoyerCore

/// The hand-written JSON codec (JSONReader, SnapshotCodec, the journal line decoder, JSONWriter) against
/// what Codable with JSONEncoder.foyer / JSONDecoder.foyer does: the same values from the same bytes,
/// the same bytes from the same values, and the same refusals, with a line and a field named.
final class FastJSONTests: XCTestCase {
    let zone = Fixtures.stockholm
    let path = "/data/impasses-2009/registrants.json"

    // MARK: Helpers

    private func fastSnapshot(_ bytes: [UInt8]) throws -> SnapshotFile {
        try bytes.withUnsafeBufferPointer { try SnapshotCodec.decode($0, path: path, supported: SnapshotFile.currentVersion) }
    }
    private func fastEntry(_ bytes: [UInt8]) throws -> JournalEntry {
        try bytes.withUnsafeBufferPointer { try JournalEntry.decode(line: $0) }
    }
    private func fastRegistrant(_ text: String) throws -> Registrant {
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
            var r = JSONReader(buffer)
            let registrant = try Registrant(json: &r)
            try r.expectEnd()
            return registrant
        }
    }
    private func codableSnapshot(_ bytes: [UInt8]) throws -> SnapshotFile {
        try JSONDecoder.foyer().decode(SnapshotFile.self, from: Data(bytes))
    }
    private func snapshot(_ registrants: [Registrant], generation: Int = 3) -> SnapshotFile {
        SnapshotFile(schemaVersion: 1, generation: generation, nextNumber: registrants.count + 1, registrants: ChunkedArray(registrants))
    }
    /// The error a snapshot's bytes are refused with; fails the test when they are accepted or the error
    /// is not a `.corrupt` naming the file and a line.
    private func corruption(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> (line: Int, detail: String)? {
        do {
            _ = try fastSnapshot(bytes)
            XCTFail("accepted: \(String(decoding: bytes.prefix(300), as: UTF8.self))", file: file, line: line)
        } catch StoreError.corrupt(let f, let l, let detail) {
            XCTAssertEqual(f, path, file: file, line: line)
            guard let l else { XCTFail("no line in \(detail)", file: file, line: line); return nil }
            return (l, detail.en)
        } catch {
            XCTFail("not .corrupt: \(error)", file: file, line: line)
        }
        return nil
    }

    private let time = Timestamp.parse("2009-03-19T08:47:12+01:00")!

    /// Registrants a generator would never make: every awkward character, every kind and method of
    /// payment, check-ins current and undone, empty optional fields.
    private func edgeCases() -> [Registrant] {
        var controls = ""
        for i in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(i))) }
        controls += "\u{7F}"
        let awkward = [
            "\"Quoted\" O'Brien", #"back\slash \\ \"#, "line\nbreak\r\nand\ttab", controls,
            "👩‍👩‍👧 family, 🇸🇪 flag, 😀", "e\u{301}e\u{301} combining", "שָׁלוֹם עליכם", "مرحبا بالعالم",
            "\u{202E}override\u{202C} and \u{200F}rlm\u{2066}isolate\u{2069}", "line\u{2028}separator\u{2029}",
            "\u{FEFF}bom", "a/b</script>", "", " ", "\u{0}nul", String(repeating: "long ", count: 400),
        ]
        var out: [Registrant] = []
        for (i, text) in awkward.enumerated() {
            out.append(Registrant(code: "EDG-\(i)", firstName: text, lastName: String(text.reversed()), email: text,
                                  phone: text, organisation: text, role: text, feeCategoryID: text, price: Money(minorUnits: i * 1_000 - 3_000),
                                  registeredAt: time.addingTimeInterval(Double(i) * 3_600), dietaryNeeds: text,
                                  invoiceAddress: text, invoiceReference: text, notes: text))
        }
        // All optional fields empty, nothing paid, never checked in.
        out.append(Registrant(code: "EDG-EMPTY", firstName: "", lastName: "", feeCategoryID: "", price: .zero, registeredAt: time))
        // Every kind × method of payment, a current check-in and a history with undos.
        var paid = Registrant(code: "EDG-PAID", firstName: "Åsa", lastName: "Öberg", feeCategoryID: "standard",
                              price: Money(minorUnits: Int.max), status: .waitlisted, registeredAt: time)
        for kind in PaymentKind.allCases {
            for method in PaymentMethod.allCases {
                paid.payments.append(Payment(id: "P-\(kind)-\(method)", kind: kind, amount: Money(minorUnits: Int.min + 1),
                                             method: method, time: time, reference: "ref \"\(method)\"", desk: method == .cash ? "" : "desk B"))
            }
        }
        paid.checkIn = CheckIn(time: time, desk: "B")
        paid.checkInHistory = [
            CheckInEvent(action: .checkedIn, time: time, desk: "A"),
            CheckInEvent(action: .undone, time: time, desk: "A", reason: "wrong person\n\"Åsa\" not Åke"),
            CheckInEvent(action: .undone, time: time, desk: "A", reason: ""),
            CheckInEvent(action: .checkedIn, time: time, desk: "B"),
        ]
        out.append(paid)
        var cancelled = Registrant(code: "EDG-CANCEL", firstName: "C", lastName: "D", feeCategoryID: "student", price: .major(5),
                                   status: .cancelled, registeredAt: Date(timeIntervalSince1970: -86_400 * 3))
        cancelled.checkInHistory = [CheckInEvent(action: .undone, time: Date(timeIntervalSince1970: 0), desk: "Z", reason: nil)]
        out.append(cancelled)
        return out
    }

    private func generated() throws -> [Registrant] {
        let event = try Fixtures.impasses()
        return try [1, 2, 7, 2009].flatMap { seed in
            RegistrantGenerator(event: event, seed: UInt64(seed)).make(count: 150).map { r in
                var r = r
                r.code = "S\(seed)-" + r.code
                return r
            }
        }
    }

    // MARK: Snapshot round trips

    func testSnapshotWriterMatchesJSONEncoderAndBothDecodersAgree() throws {
        for (zone, registrants) in [(zone, try generated() + edgeCases()),
                                    (TimeZone(identifier: "America/St_Johns")!, edgeCases()),
                                    (TimeZone(identifier: "Asia/Kolkata")!, edgeCases()),
                                    (TimeZone.gmt, edgeCases())] {
            let file = snapshot(registrants)
            let bytes = SnapshotCodec.encode(file, zone: zone)
            let text = String(decoding: bytes, as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(lines.first, #"{"schemaVersion":1,"generation":3,"nextNumber":\#(registrants.count + 1),"registrants":["#)
            XCTAssertEqual(Array(lines.suffix(2)), ["]}", ""])
            lines = Array(lines.dropFirst().dropLast(2))
            XCTAssertEqual(lines.count, registrants.count, "one registrant per line")
            // Each line is byte for byte what JSONEncoder (sorted keys, no slash escaping) writes.
            let encoder = JSONEncoder.foyer(zone: zone, pretty: false)
            for (i, (line, registrant)) in zip(lines, registrants).enumerated() {
                let expected = String(decoding: try encoder.encode(registrant), as: UTF8.self)
                XCTAssertEqual(line, expected + (i == registrants.count - 1 ? "" : ","), registrant.code)
            }
            let viaCodable = try codableSnapshot(bytes)
            let viaReader = try fastSnapshot(bytes)
            XCTAssertEqual(viaReader.registrants, viaCodable.registrants)
            XCTAssertEqual(viaReader.generation, 3)
            XCTAssertEqual(viaReader.nextNumber, registrants.count + 1)
            XCTAssertEqual(viaReader.schemaVersion, 1)
            // String equality in Swift is canonical equivalence: check that the very bytes survived too.
            XCTAssertEqual(viaReader.registrants.map { Array($0.firstName.utf8) }, registrants.map { Array($0.firstName.utf8) })
            XCTAssertEqual(viaReader.registrants.map { Array($0.notes.utf8) }, registrants.map { Array($0.notes.utf8) })
            // Instants lose their fractions in the file (as with JSONEncoder), nothing else.
            XCTAssertEqual(viaReader.registrants.map(\.registeredAt), registrants.map { Date(timeIntervalSince1970: $0.registeredAt.timeIntervalSince1970.rounded(.down)) })
        }
    }

    func testEmptySnapshot() throws {
        let bytes = SnapshotCodec.encode(snapshot([], generation: 0), zone: zone)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "{\"schemaVersion\":1,\"generation\":0,\"nextNumber\":1,\"registrants\":[\n]}\n")
        XCTAssertEqual(try fastSnapshot(bytes).registrants, [])
        XCTAssertEqual(try codableSnapshot(bytes).registrants, [])
    }

    /// Files written before the codec: pretty-printed by JSONEncoder, schemaVersion last.
    func testPrettyPrintedSnapshotsFromTheOldEncoderStillLoad() throws {
        let registrants = try generated() + edgeCases()
        let old = Array(try JSONEncoder.foyer(zone: zone).encode(snapshot(registrants))) + [10]
        XCTAssertTrue(old.starts(with: Array("{\n  \"generation\" : 3,".utf8)), "the old layout")
        XCTAssertEqual(try fastSnapshot(old).registrants, try codableSnapshot(old).registrants)

        // And through the store, from a file on disk.
        let fixture = try StoreFixture()
        try POSIXFile.writeAtomically(Array(try JSONEncoder.foyer(zone: zone).encode(snapshot(registrants, generation: 0))) + [10],
                                      to: fixture.snapshotPath)
        let store = try fixture.open()
        XCTAssertEqual(store.registry.registrants, try codableSnapshot(try POSIXFile.readAll(fixture.snapshotPath)).registrants)
        // A compaction rewrites it in the new layout with the same content.
        try store.compact()
        let rewritten = try POSIXFile.readAll(fixture.snapshotPath)
        XCTAssertTrue(rewritten.starts(with: Array(#"{"schemaVersion":1,"generation":1,"#.utf8)))
        XCTAssertEqual(try fixture.open().registry.registrants, store.registry.registrants)
        XCTAssertEqual(try codableSnapshot(rewritten).registrants, store.registry.registrants)
    }

    /// What Codable accepted and how it defaulted: keys in any order, unknown keys, null or absent optional
    /// keys, the first of repeated keys, whole numbers written as 1.0 or 1e2, a trailing comma, a BOM.
    func testReaderAcceptsWhatCodableAccepts() throws {
        let texts = [
            #"{"status":"registered","registeredAt":"2009-03-19T08:47:12+01:00","price":100,"feeCategory":"s","lastName":"L","firstName":"F","code":"C"}"#,
            #"{"code":"C","firstName":"F","lastName":"L","feeCategory":"s","price":100,"status":"cancelled","registeredAt":"2009-03-19T08:47:12Z","email":null,"payments":null,"checkIn":null,"checkInHistory":null,"notes":null}"#,
            #"{"code":"C","unknown":{"deep":[1,2.5e-3,{"x":null}],"s":"\"\\\u00e9"},"firstName":"F","lastName":"L","feeCategory":"s","price":1.0,"status":"waitlisted","registeredAt":"2009-03-19 08:47+0100","extra":[]}"#,
            #"{"code":"C","code":"ignored","firstName":"F","lastName":"L","feeCategory":"s","price":1e2,"status":"registered","registeredAt":"2009-03-19T08:47:12.250+01:00",}"#,
            "\u{FEFF}{ \"code\" : \"C\" ,\r\n\t\"firstName\":\"F\",\"lastName\":\"L\",\"feeCategory\":\"s\",\"price\":-0,\"status\":\"registered\",\"registeredAt\":\"2009-03-19T08:47:12+01:00\"}\n",
            #"{"\u0063ode":"C","firstName":"F\ud83d\ude00","lastName":"L\/","feeCategory":"s","price":1.50e1,"status":"registered","registeredAt":"2009-03-19T08:47:12+01:00","payments":[{"id":"P","amount":5,"method":"card","time":"2009-03-19T08:47:12+01:00","kind":null,"desk":null},],"checkIn":{"time":"2009-03-19T08:47:12+01:00","desk":"A","x":1},"checkInHistory":[{"action":"undone","time":"2009-03-19T08:47:12+01:00","desk":"A","reason":null}]}"#,
        ]
        for text in texts {
            let codable = try JSONDecoder.foyer().decode(Registrant.self, from: Data(text.utf8))
            XCTAssertEqual(try fastRegistrant(text), codable, text)
        }
        XCTAssertEqual(try fastRegistrant(texts[3]).code, "C", "the first of repeated keys wins")
        XCTAssertEqual(try fastRegistrant(texts[5]).firstName, "F😀")
        XCTAssertEqual(try fastRegistrant(texts[5]).price, Money(minorUnits: 15))
    }

    /// What Codable refused, the reader refuses too, naming the field.
    func testReaderRefusesWhatCodableRefuses() throws {
        let valid = #"{"code":"C","firstName":"F","lastName":"L","feeCategory":"s","price":100,"status":"registered","registeredAt":"2009-03-19T08:47:12+01:00","payments":[{"id":"P","amount":5,"method":"card","time":"2009-03-19T08:47:12+01:00"}],"checkInHistory":[{"action":"undone","time":"2009-03-19T08:47:12+01:00","desk":"A"}]}"#
        XCTAssertNoThrow(try fastRegistrant(valid))
        let cases: [(String, String, String)] = [
            (#""code":"C","#, "", #""code" is missing"#),
            (#""price":100"#, #""price":"100""#, #""price" must be a whole number, found a string"#),
            (#""price":100"#, #""price":1.5"#, #""price" must be a whole number"#),
            (#""price":100"#, #""price":null"#, #""price" must be a whole number, found null"#),
            (#""price":100"#, #""price":99999999999999999999"#, #""price" must be a whole number that fits"#),
            (#""price":100"#, #""price":1e-2"#, #""price" must be a whole number"#),
            (#""status":"registered""#, #""status":"maybe""#, #""status": "maybe" is not one of registered, waitlisted, cancelled"#),
            (#""firstName":"F""#, #""firstName":null"#, #""firstName" must be a string, found null"#),
            (#""firstName":"F""#, #""firstName":["F"]"#, #""firstName" must be a string, found an array"#),
            (#""registeredAt":"2009-03-19T08:47:12+01:00""#, #""registeredAt":"yesterday""#, #""registeredAt": "yesterday" is not an ISO 8601 time"#),
            (#""registeredAt":"2009-03-19T08:47:12+01:00""#, #""registeredAt":"2009-02-30T08:47:12+01:00""#, "2009-02-30"),
            (#""method":"card""#, #""method":"cheque""#, #"payments[0]: "method": "cheque" is not one of invoice, card, cash, swish, other"#),
            (#""amount":5,"#, "", #"payments[0]: "amount" is missing"#),
            (#""action":"undone","#, #""action":"redone","#, #"checkInHistory[0]: "action": "redone" is not one of checkedIn, undone"#),
        ]
        for (find, replace, expected) in cases where valid.contains(find) {
            let text = valid.replacingOccurrences(of: find, with: replace)
            XCTAssertThrowsError(try JSONDecoder.foyer().decode(Registrant.self, from: Data(text.utf8)), "Codable refuses \(text)")
            XCTAssertThrowsError(try fastRegistrant(text), text) { error in
                let message = String(describing: error)
                XCTAssertTrue(message.contains(expected), "\(message) should contain \(expected)")
            }
        }
        // An optional key with a value of the wrong type is refused too (decodeIfPresent throws).
        let wrongOptional = valid.replacingOccurrences(of: #""code":"C","#, with: #""code":"C","email":5,"#)
        XCTAssertThrowsError(try JSONDecoder.foyer().decode(Registrant.self, from: Data(wrongOptional.utf8)))
        XCTAssertThrowsError(try fastRegistrant(wrongOptional)) { XCTAssertTrue("\($0)".contains(#""email" must be a string, found a number"#), "\($0)") }
    }

    // MARK: The journal

    private func everyChange() -> [Change] {
        var edit = RegistrantEdit()
        edit.email = "asa@ki.se"; edit.price = .major(500); edit.feeCategoryID = "student"; edit.notes = "tab\there \"q\""
        var full = RegistrantEdit()
        full.firstName = "A"; full.lastName = "B"; full.email = "C"; full.phone = "D"; full.organisation = "E"
        full.role = "F"; full.feeCategoryID = "G"; full.price = .zero; full.dietaryNeeds = ""; full.invoiceAddress = "H\nI"
        full.invoiceReference = "J"; full.notes = "👩‍👩‍👧"
        var changes: [Change] = edgeCases().map { .register($0) }
        changes += [
            .edit(code: "SAF-0001", edit), .edit(code: "SAF-0001", full), .edit(code: "SAF-0001", RegistrantEdit()),
            .setStatus(code: "SAF-0001", .cancelled), .setStatus(code: "SAF-0001", .waitlisted), .setStatus(code: "SAF-0001", .registered),
            .recordPayment(code: "SAF-0001", Payment(id: "P2", kind: .refund, amount: .major(500), method: .swish, time: time, reference: "S1", desk: "B")),
            .checkIn(code: "SAF-0001", CheckIn(time: time, desk: "B")),
            .undoCheckIn(code: "SAF-0001", CheckInEvent(action: .undone, time: time, desk: "B", reason: "mistake")),
            .undoCheckIn(code: "SAF-0001", CheckInEvent(action: .undone, time: time, desk: "B")),
            .delete(code: "SAF-\"0001\""),
        ]
        return changes
    }

    func testEveryChangeDecodesAsJSONDecoderDecodesIt() throws {
        let encoder = JSONEncoder.foyer(zone: zone, pretty: false)
        for (i, change) in everyChange().enumerated() {
            let entry = JournalEntry(seq: i + 1, time: time, desk: "Desk \"1\"", change: change)
            let line = Array(try encoder.encode(entry))
            let codable = try JSONDecoder.foyer().decode(JournalEntry.self, from: Data(line))
            XCTAssertEqual(try fastEntry(line), codable, change.summary)
            XCTAssertEqual(codable, entry, change.summary)
            // Pretty-printed, with the type first instead of last, it is still the same entry.
            let pretty = Array(try JSONEncoder.foyer(zone: zone).encode(entry))
            XCTAssertEqual(try fastEntry(pretty), codable)
        }
        // Keys a type does not use are ignored, whatever they hold, as with Codable.
        let odd = #"{"time":"2009-03-19T08:47:12+01:00","change":{"type":"delete","registrant":{"not":"a registrant"},"code":"X","edit":5},"seq":9,"desk":"A","future":[{}]}"#
        XCTAssertEqual(try fastEntry(Array(odd.utf8)), try JSONDecoder.foyer().decode(JournalEntry.self, from: Data(odd.utf8)))
        // A header line.
        let header = Array(#"{"generation":4,"foyerJournal":1}"#.utf8)
        XCTAssertEqual(try header.withUnsafeBufferPointer { try JournalHeader.decode(line: $0) }, JournalHeader(generation: 4))
    }

    func testBadJournalLinesAreRefusedNamingTheField() throws {
        let cases: [(String, String)] = [
            (#"{"seq":1,"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"code":"X"}}"#, #"change: "type" is missing"#),
            (#"{"seq":1,"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"explode","code":"X"}}"#, #""type": "explode" is not one of"#),
            (#"{"seq":1,"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"checkIn","code":"X"}}"#, #"change: "checkIn" is missing"#),
            (#"{"seq":1,"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"register","registrant":{"code":"X"}}}"#, #"change.registrant: "firstName" is missing"#),
            (#"{"seq":"1","time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"delete","code":"X"}}"#, #""seq" must be a whole number, found a string"#),
            (#"{"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"delete","code":"X"}}"#, #""seq" is missing"#),
            (#"{"seq":1,"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"delete","code":"X"}} {}"#, "after the end"),
            (#"{"seq":1,"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"delete","code":"X\u"}}"#, "four hex digits"),
        ]
        for (line, expected) in cases {
            XCTAssertThrowsError(try JSONDecoder.foyer().decode(JournalEntry.self, from: Data(line.utf8)), line)
            XCTAssertThrowsError(try fastEntry(Array(line.utf8)), line) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error) should contain \(expected)")
            }
        }
    }

    /// A journal on disk with an invalid line: the store names the file and line.
    func testJournalLineWithInvalidUTF8NamesTheLine() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.register(Fixtures.person("Åsa", "Öberg"))
        var bad = Array(#"{"seq":2,"time":"2009-03-19T08:47:12+01:00","desk":"A","change":{"type":"delete","code":"SAF-"#.utf8)
        bad += [0xC3, 0x28] + Array("\"}}\n".utf8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: fixture.journalPath))
        try handle.seekToEnd(); try handle.write(contentsOf: Data(bad)); try handle.close()
        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, 3, let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.journalPath)
            XCTAssertTrue(detail.en.contains("UTF-8"), detail.en)
        }
    }

    // MARK: Malformed snapshots

    /// Cut anywhere, a snapshot is refused with a line: never accepted, never a crash or a hang.
    func testATruncatedSnapshotIsAlwaysRefused() throws {
        let registrants = Array(edgeCases().suffix(3))
        for bytes in [SnapshotCodec.encode(snapshot(registrants), zone: zone),
                      Array(try JSONEncoder.foyer(zone: zone).encode(snapshot(registrants)))] {
            let end = bytes.lastIndex(of: UInt8(ascii: "}"))!
            XCTAssertNoThrow(try fastSnapshot(Array(bytes[...end])))
            for cut in 0...end {
                guard let refused = corruption(Array(bytes[..<cut])) else { continue }
                let lines = bytes[..<cut].filter { $0 == 10 }.count + 1
                XCTAssertTrue((1...lines).contains(refused.line), "line \(refused.line) of \(lines) at cut \(cut)")
            }
        }
    }

    func testMalformedSnapshotsNameTheLine() throws {
        let registrants = Array(edgeCases().suffix(3))
        let good = String(decoding: SnapshotCodec.encode(snapshot(registrants), zone: zone), as: UTF8.self)
        // Line 3 is the second registrant, EDG-PAID.
        XCTAssertTrue(good.split(separator: "\n")[2].contains("EDG-PAID"))
        func replacing(_ find: String, _ bytes: [UInt8]) -> [UInt8] {
            let range = good.range(of: find)!
            return Array(good[..<range.lowerBound].utf8) + bytes + Array(good[range.upperBound...].utf8)
        }
        let cases: [([UInt8], String)] = [
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"\x""#.utf8)), "not a JSON escape"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"\u12""#.utf8)), "four hex digits"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"\uD800""#.utf8)), "surrogate"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"\uD800\u0041""#.utf8)), "surrogate"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"\uDC00""#.utf8)), "surrogate"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":""#.utf8) + [0xFF] + Array(#"""#.utf8)), "not valid UTF-8"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":""#.utf8) + [0xC0, 0x80] + Array(#"""#.utf8)), "not valid UTF-8"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#"""#.utf8)), "not valid UTF-8"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"Å"#.utf8) + [0xC3] + Array(#"""#.utf8)), "not valid UTF-8"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"a"#.utf8) + [0x09] + Array(#"b""#.utf8)), "control character"),
            (replacing(#""firstName":"Åsa""#, Array(#""firstName":"a\"#.utf8) + [0x09] + Array(#"b""#.utf8)), "not a JSON escape"),
            (replacing(#""price":9223372036854775807"#, Array(#""price":0123"#.utf8)), "must not start with 0"),
            (replacing(#""price":9223372036854775807"#, Array(#""price":"12""#.utf8)), #"registrant 2 (EDG-PAID): "price" must be a whole number, found a string"#),
            (replacing(#""price":9223372036854775807"#, Array(#""price":12.5"#.utf8)), #""price" must be a whole number"#),
            (replacing(#""status":"waitlisted""#, Array(#""status":"pending""#.utf8)), #"registrant 2 (EDG-PAID): "status": "pending" is not one of"#),
            (replacing(#""price":9223372036854775807,"#, []), #"registrant 2 (EDG-PAID): "price" is missing"#),
            (replacing(#""amount":-9223372036854775807,"desk":"desk B","id":"P-payment-card""#, Array(#""desk":"desk B","id":"P-payment-card""#.utf8)), #"registrant 2 (EDG-PAID), payments[1]: "amount" is missing"#),
            (replacing(#""desk":"B","time""#, Array(#""desk":7,"time""#.utf8)), #"registrant 2, checkIn: "desk" must be a string, found a number"#),
            (replacing(#""reason":"""#, Array(#""reason":false"#.utf8)), #"registrant 2, checkInHistory[2]: "reason" must be a string, found a boolean"#),
            (replacing(#""code":"EDG-PAID""#, Array(#""code":"EDG-PAID","x":"#.utf8) + Array(repeating: UInt8(ascii: "["), count: 600) + Array(repeating: UInt8(ascii: "]"), count: 600)), "nested more than 512"),
            (replacing(#""code":"EDG-PAID","#, Array(#""code":"EDG-PAID",,"#.utf8)), "expected a key"),
            (replacing(#""code":"EDG-PAID","#, Array(#""code":"EDG-PAID" "#.utf8)), "expected ',' or '}'"),
            (replacing(#""code":"EDG-PAID","#, Array(#""code":nul,"#.utf8)), "expected null"),
        ]
        for (bytes, expected) in cases {
            XCTAssertThrowsError(try codableSnapshot(bytes), "Codable refuses it too: \(expected)")
            guard let refused = corruption(bytes) else { continue }
            XCTAssertEqual(refused.line, 3, refused.detail)
            XCTAssertTrue(refused.detail.contains(expected), "\(refused.detail) should contain \(expected)")
        }
    }

    /// The version decides before the fields: a newer file whose registrants this foyer cannot read is
    /// "newer", not "corrupt"; broken JSON is "corrupt" whatever the version says.
    func testSchemaVersionIsCheckedInTheOldOrder() throws {
        let newer = Array(#"{"schemaVersion":2,"generation":1,"nextNumber":2,"registrants":[{"kind":"group"}]}"#.utf8)
        XCTAssertThrowsError(try fastSnapshot(newer)) { XCTAssertEqual($0 as? StoreError, .newerSchema(file: path, found: 2, supported: 1)) }
        let newerLast = Array(#"{"generation":1,"nextNumber":2,"registrants":[{"kind":"group"}],"schemaVersion":2}"#.utf8)
        XCTAssertThrowsError(try fastSnapshot(newerLast)) { XCTAssertEqual($0 as? StoreError, .newerSchema(file: path, found: 2, supported: 1)) }
        let newerValid = Array(#"{"generation":1,"nextNumber":2,"registrants":[],"schemaVersion":2}"#.utf8)
        XCTAssertThrowsError(try fastSnapshot(newerValid)) { XCTAssertEqual($0 as? StoreError, .newerSchema(file: path, found: 2, supported: 1)) }
        let broken = Array(#"{"schemaVersion":2,"generation":1,"nextNumber":2,"registrants":[{"kind":"group"]}"#.utf8)
        XCTAssertThrowsError(try fastSnapshot(broken)) { error in
            guard case .corrupt(_, 1, _)? = error as? StoreError else { return XCTFail("\(error)") }
        }
        for text in [#"{"registrants":[]}"#, #"{"schemaVersion":null,"generation":1,"nextNumber":2,"registrants":[]}"#,
                     #"{"generation":1,"nextNumber":2,"registrants":[{}]}"#] {
            XCTAssertThrowsError(try fastSnapshot(Array(text.utf8))) { error in
                XCTAssertEqual(error as? StoreError, .corrupt(file: path, line: nil, detail: Catalogue.Store.noSchemaVersion), text)
            }
        }
        XCTAssertThrowsError(try fastSnapshot(Array(#"{"schemaVersion":0,"generation":1,"nextNumber":2,"registrants":[]}"#.utf8))) { error in
            guard case .corrupt(_, nil, let detail)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.en.contains("schemaVersion 0"), detail.en)
        }
        XCTAssertThrowsError(try fastSnapshot(Array(#"{"schemaVersion":1,"generation":1,"registrants":[]}"#.utf8))) { error in
            guard case .corrupt(_, 1, let detail)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.en.contains(#""nextNumber" is missing"#), detail.en)
        }
        for text in ["", "   ", "[]", "null", #"{"schemaVersion":1}x"#] {
            XCTAssertThrowsError(try fastSnapshot(Array(text.utf8)), text) { error in
                guard case .corrupt(_, .some, _)? = error as? StoreError else { return XCTFail("\(text): \(error)") }
            }
        }
    }

    /// The store reads the snapshot through a mapping and gives pages back behind it: an error far
    /// beyond the first pages still names its line (counting reads the given-back pages again).
    func testALargeMappedSnapshotNamesTheLineAfterPagesWereGivenBack() throws {
        let fixture = try StoreFixture()
        // Past the first release step with notes of a sane length (a single field over 1 MB is refused).
        let notes = String(repeating: "x", count: 9_000)
        let many = (MappedFile.releaseStep + 100_000) / notes.count + 1
        var people = (1...many).map { i -> Registrant in
            var p = Fixtures.person("Åsa", "Öberg", code: RegistrantCode.make(prefix: "SAF", number: i))
            p.notes = notes
            return p
        }
        people.append(Fixtures.person("Eva", "Holm", code: RegistrantCode.make(prefix: "SAF", number: many + 1)))
        var bytes = SnapshotCodec.encode(SnapshotFile(schemaVersion: 1, generation: 0, nextNumber: many + 2, registrants: ChunkedArray(people)), zone: zone)
        try POSIXFile.writeAtomically(bytes, to: fixture.snapshotPath)
        XCTAssertEqual(Array(try fixture.open().registry.registrants), people)

        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: #""lastName":"Holm""#, with: #""lastName":17"#)
        bytes = Array(text.utf8)
        try POSIXFile.writeAtomically(bytes, to: fixture.snapshotPath)
        assertStoreError(try fixture.open()) { error in
            guard case .corrupt(let file, many + 2, let detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, fixture.snapshotPath)
            XCTAssertTrue(detail.en.contains("registrant \(many + 1) (\(people.last!.code)): \"lastName\" must be a string, found a number"), detail.en)
        }
    }

    // MARK: The writer's pieces

    func testInstantsAreWrittenAsTimestampFormatWritesThem() throws {
        let zones = ["Europe/Stockholm", "America/St_Johns", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "UTC", "America/Los_Angeles"]
            .map { TimeZone(identifier: $0)! }
        // Around Stockholm's 2009 transitions, across the epoch, fractions, and far years.
        var instants: [Double] = [0, -0.5, 0.999, 1_238_288_399, 1_238_288_400, 1_238_288_401, 1_256_432_399.9, 1_256_432_400,
                                  -1_000_000_000, 253_402_300_799, -62_135_596_800, 1_234_567_890.123]
        var random = SeededRandom(seed: 5)
        for _ in 0..<2_000 { instants.append(Double(random.next() % 4_000_000_000) - 1_000_000_000 + 0.25) }
        for zone in zones {
            var w = JSONWriter(zone: zone)
            for t in instants {
                let date = Date(timeIntervalSince1970: t)
                w.bytes = []
                w.date(date)
                XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "\"" + Timestamp.format(date, in: zone) + "\"", "\(t) in \(zone.identifier)")
            }
        }
    }

    func testIntegersAndStringsAreWrittenAsJSONEncoderWritesThem() throws {
        let encoder = JSONEncoder.foyer(zone: zone, pretty: false)
        var w = JSONWriter(zone: zone)
        for n in [0, 1, -1, 9, 10, 99, 100, 123_456_789, Int.max, Int.min, Int.min + 1] {
            w.bytes = []
            w.int(n)
            XCTAssertEqual(w.bytes, Array(try encoder.encode(n)))
        }
        for s in edgeCases().map(\.firstName) + ["", "\u{1F}", "\\\"", "/"] {
            w.bytes = []
            w.string(s)
            XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), String(decoding: try encoder.encode(s), as: UTF8.self))
        }
    }
}
