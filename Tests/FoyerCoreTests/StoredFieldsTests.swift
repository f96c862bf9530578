import Foundation
import XCTest
@testable import FoyerCore

/// The field tables (StoredFields) are the one description of each stored type: the writer, the reader
/// and Codable all go through them, so a field added to a table is written, read and exported.
final class StoredFieldsTests: XCTestCase {
    let zone = Fixtures.stockholm
    private let time = Timestamp.parse("2009-03-19T08:47:12+01:00")!

    private func keys(of json: [UInt8]) throws -> Set<String> {
        Set((try JSONSerialization.jsonObject(with: Data(json)) as! [String: Any]).keys)
    }

    /// Writer, reader and Codable use the same keys: every key the writer writes is one the table reads,
    /// and JSONEncoder (through Codable) writes the same ones.
    func testWriterReaderAndCodableShareTheTable() throws {
        var r = Fixtures.person("Åsa", "Öberg")
        r.checkIn = CheckIn(time: time, desk: "A")
        r.payments = [Payment(id: "P1", amount: .major(5), method: .card, time: time)]
        var w = JSONWriter(zone: zone)
        r.write(to: &w)
        let tableKeys = Set(Registrant.fields.keys.map(\.description))
        XCTAssertEqual(try keys(of: w.bytes), tableKeys)
        XCTAssertEqual(try keys(of: Array(try JSONEncoder.foyer(zone: zone, pretty: false).encode(r))), tableKeys)
        XCTAssertEqual(w.bytes, Array(try JSONEncoder.foyer(zone: zone, pretty: false).encode(r)))
        XCTAssertEqual(Registrant.fields.keys.map(\.description), Registrant.fields.keys.map(\.description).sorted(), "sorted as written")
        let written = w.bytes
        XCTAssertEqual(try written.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            return try Registrant(json: &reader)
        }, r)
    }

    /// Journal lines come from the same tables and are byte for byte what JSONEncoder wrote before.
    func testJournalLinesAreWhatJSONEncoderWrote() throws {
        var edit = RegistrantEdit()
        edit.email = "asa@ki.se"; edit.price = .major(500)
        let changes: [Change] = [
            .register(Fixtures.person("Åsa", "Öberg")), .edit(code: "SAF-0001", edit), .edit(code: "SAF-0001", RegistrantEdit()),
            .setStatus(code: "SAF-0001", .cancelled),
            .recordPayment(code: "SAF-0001", Payment(id: "P2", kind: .refund, amount: .major(500), method: .swish, time: time, reference: "S1", desk: "B")),
            .checkIn(code: "SAF-0001", CheckIn(time: time, desk: "B")),
            .undoCheckIn(code: "SAF-0001", CheckInEvent(action: .undone, time: time, desk: "B", reason: "mistake")),
            .undoCheckIn(code: "SAF-0001", CheckInEvent(action: .undone, time: time, desk: "B")),
            .delete(code: "SAF-0001"),
        ]
        let encoder = JSONEncoder.foyer(zone: zone, pretty: false)
        for (i, change) in changes.enumerated() {
            let entry = JournalEntry(seq: i + 1, time: time, desk: "A", change: change)
            XCTAssertEqual(String(decoding: entry.jsonLine(zone: zone), as: UTF8.self),
                           String(decoding: try encoder.encode(entry), as: UTF8.self) + "\n", change.summary)
            XCTAssertEqual(try entry.jsonLine(zone: zone).dropLast().withUnsafeBufferPointer { try JournalEntry.decode(line: $0) }, entry)
        }
        XCTAssertEqual(try JournalFile.headerLine(generation: 4), Array(try encoder.encode(JournalHeader(generation: 4))) + [10])
    }

    // MARK: A field added to a table

    /// A stored type as the store's are made, before and after a field is added to its table.
    private struct Badge: StoredObject, Equatable {
        static let storedName: StaticString = "badge"
        var code: String
        var name: String
        var ribbon = ""
        static let before = StoredFields<Badge>(blank: Badge(code: "", name: ""), [
            .required("code", { $0.code }, { $0.code = $1 }),
            .required("name", { $0.name }, { $0.name = $1 }),
        ])
        // The one edit: a line in the table.
        static let fields = StoredFields<Badge>(blank: Badge(code: "", name: ""), [
            .required("code", { $0.code }, { $0.code = $1 }),
            .required("name", { $0.name }, { $0.name = $1 }),
            .defaulted("ribbon", "", { $0.ribbon }, { $0.ribbon = $1 }),
        ])
        init(code: String, name: String, ribbon: String = "") { self.code = code; self.name = name; self.ribbon = ribbon }
        init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
        func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }
    }

    func testAFieldAddedToATableRoundTripsEverywhere() throws {
        let badge = Badge(code: "SAF-0001", name: "Åsa \"Öberg\"", ribbon: "Speaker")
        var w = JSONWriter(zone: zone)
        [badge, Badge(code: "SAF-0002", name: "Eva")].write(to: &w)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self),
                       #"[{"code":"SAF-0001","name":"Åsa \"Öberg\"","ribbon":"Speaker"},{"code":"SAF-0002","name":"Eva","ribbon":""}]"#)
        let read = try w.bytes.withUnsafeBufferPointer { buffer -> [Badge] in
            var r = JSONReader(buffer)
            return try [Badge].read(&r, "badges", repeats: true)
        }
        XCTAssertEqual(read, [badge, Badge(code: "SAF-0002", name: "Eva")])
        XCTAssertEqual(try JSONDecoder.foyer().decode([Badge].self, from: Data(w.bytes)), read)
        XCTAssertEqual(Array(try JSONEncoder.foyer(zone: zone, pretty: false).encode(read)), w.bytes)
        // A file written before the field was added still loads, the field at its default.
        var old = JSONWriter(zone: zone)
        Badge.before.write(badge, to: &old)
        XCTAssertEqual(String(decoding: old.bytes, as: UTF8.self), #"{"code":"SAF-0001","name":"Åsa \"Öberg\""}"#)
        XCTAssertEqual(try old.bytes.withUnsafeBufferPointer { try Badge.decode(line: $0) }, Badge(code: "SAF-0001", name: "Åsa \"Öberg\""))
        // A missing required field is named, by the reader and by Codable.
        XCTAssertThrowsError(try Array(#"{"code":"X"}"#.utf8).withUnsafeBufferPointer { try Badge.decode(line: $0) }) {
            XCTAssertTrue("\($0)".contains(#""name" is missing"#), "\($0)")
        }
        XCTAssertThrowsError(try JSONDecoder.foyer().decode(Badge.self, from: Data(#"{"code":"X"}"#.utf8)))
    }
}
