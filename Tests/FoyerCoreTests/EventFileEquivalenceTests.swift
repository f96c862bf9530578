import Foundation
import XCTest
@testable import FoyerCore

/// event.json is accepted and refused as it was when JSONDecoder alone read it (a probe for the version,
/// then the whole file): the store's reader, which now says where and what, refuses nothing more. Every
/// refusal names a line, except the few about the file as a whole.
final class EventFileEquivalenceTests: XCTestCase {
    enum Outcome: Equatable { case accepted(Event), newer(Int), corrupt }

    /// The rule of the JSONDecoder-only reading (its messages aside).
    static func before(_ bytes: [UInt8]) -> Outcome {
        struct Probe: Decodable { var schemaVersion: Int? }
        guard let probe = try? JSONDecoder().decode(Probe.self, from: Data(bytes)), let version = probe.schemaVersion else { return .corrupt }
        if version > EventFile.currentVersion { return .newer(version) }
        guard version >= 1, let file = try? JSONDecoder.foyer().decode(EventFile.self, from: Data(bytes)) else { return .corrupt }
        return .accepted(file.event)
    }

    /// The store's reading; a refusal without a line is returned for the caller to judge.
    static func now(_ bytes: [UInt8], unlocated: inout [String]) -> Outcome {
        do { return .accepted(try StoredFiles.decodeEvent(bytes, path: "event.json")) } catch StoreError.newerSchema(_, let found, _) {
            return .newer(found)
        } catch let error as StoreError {
            if case .corrupt(_, nil, let detail) = error, !Self.wholeFile.contains(where: detail.en.hasPrefix) { unlocated.append(detail.en) }
            return .corrupt
        } catch { return .corrupt }
    }
    /// Refusals about the file as a whole, which have no line.
    static let wholeFile = ["\"schemaVersion\" is missing", "schemaVersion ", "the file begins as UTF-16"]

    func assertSame(_ bytes: [UInt8], _ label: String, unlocated: inout [String], file: StaticString = #filePath, line: UInt = #line) -> Outcome {
        let old = Self.before(bytes), new = Self.now(bytes, unlocated: &unlocated)
        XCTAssertEqual(new, old, label, file: file, line: line)
        return new
    }

    /// What JSONDecoder let through under keys it ignores, and the forms of numbers and text it accepts.
    func testWhatJSONDecoderIgnoredIsStillAccepted() throws {
        let good = try Files.text(Fixtures.dataFolder + "/impasses-2009/event.json")
        let head = Array(good.replacingOccurrences(of: "\"codePrefix\"", with: "\"x\":X,\"codePrefix\"").utf8)
        func with(_ value: [UInt8]) -> [UInt8] {
            let at = head.firstIndex(of: UInt8(ascii: "X"))!
            return Array(head[..<at]) + value + Array(head[(at + 1)...])
        }
        let ignored: [[UInt8]] = [
            [0x22, 0xE9, 0x22], [0x22, 0x0A, 0x22], [0x22, 0xC0, 0x80, 0x22], Array(#""\uD800""#.utf8), Array(#""\uDC00x""#.utf8),
            Array(#""\x""#.utf8), Array(#""\u12G4""#.utf8), Array(#""\"#.utf8) + [0xC3, 0xA9, 0x22], Array("1.".utf8), Array("1e".utf8),
            Array("-".utf8), Array("0123".utf8), Array("1-2+e".utf8), Array("1e400".utf8), Array("[1,2,]".utf8), Array(#"{"a":1,}"#.utf8),
            [0x7B, 0x22, 0xE9, 0x22, 0x3A, 0x31, 0x7D], Array(#""\u0000""#.utf8),
            [0x22] + Array(repeating: UInt8(ascii: "a"), count: 1_200_000) + [0x22],
        ]
        var unlocated: [String] = []
        for (i, value) in ignored.enumerated() {
            XCTAssertNotEqual(assertSame(with(value), "ignored value \(i)", unlocated: &unlocated), .corrupt, "ignored value \(i)")
        }
        for version in ["1.0", "1e0", "0.1e1", "10e-1", "1.00000000000000000001", "-0", "0", "2", "1.5", "1e400", "\"1\"", "null", "9223372036854775808",
                        "null, \"schemaVersion\": 2", "2, \"schemaVersion\": 1", "1, \"schemaVersion\": \"x\"", "\"x\", \"schemaVersion\": 1"] {
            _ = assertSame(Array(good.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": " + version).utf8),
                           "schemaVersion \(version)", unlocated: &unlocated)
        }
        for encoded in [good.data(using: .utf16)!, good.data(using: .utf16LittleEndian)!, good.data(using: .utf32BigEndian)!,
                        Data([0xEF, 0xBB, 0xBF]) + Data(good.utf8), Data(good.utf8) + Data([0x20, 0x0A, 0x09])] {
            XCTAssertNotEqual(assertSame(Array(encoded), "encoded", unlocated: &unlocated), .corrupt)
        }
        XCTAssertEqual(unlocated, [])
    }

    /// JSONDecoder names a coding path, the reader finds its line; a string it could not read, the reader names.
    func testRefusalsNameTheLineOfTheirField() throws {
        let good = try Files.text(Fixtures.dataFolder + "/impasses-2009/event.json")
        let cases: [(String, String, Int, String)] = [
            ("\"2009-02-26\"", "\"2009-02-30\"", 243, "event.registrationDeadline"),
            ("\"Ulla Grebo\"", "5", 12, "event.contacts[1].name"),
            ("\"Ulla Grebo\"", "null", 12, "event.contacts[1].name"),
            ("\"codePrefix\": \"SAF\"", "\"codePrefix\": \"S\\uDC00\"", 3, "surrogate"),
            ("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"", 265, "\"schemaVersion\" must be a whole number, found a string"),
            ("\"schemaVersion\": 1", "\"schemaVersion\": 1.5", 265, "\"schemaVersion\" must be a whole number that fits in 64 bits, found 1.5"),
        ]
        for (find, replacement, line, words) in cases {
            let text = good.replacingOccurrences(of: find, with: replacement)
            XCTAssertNotEqual(text, good, find)
            XCTAssertThrowsError(try StoredFiles.decodeEvent(Array(text.utf8), path: "event.json")) { error in
                guard case .corrupt("event.json", line, let detail)? = error as? StoreError else { return XCTFail("\(replacement): \(error)") }
                XCTAssertTrue(detail.en.contains(words), detail.en)
            }
        }
        let latin1 = Array(good.utf8).map { $0 == UInt8(ascii: "F") ? 0xC6 : $0 } // "SAF" on line 3 is the first F
        XCTAssertThrowsError(try StoredFiles.decodeEvent(latin1, path: "event.json")) { error in
            XCTAssertEqual(error as? StoreError, .corrupt(file: "event.json", line: 3, detail: Catalogue.JSON.notUTF8))
        }
    }

    /// The fuzz corpus and its mutations (FOYER_EQUIVALENCE_COUNT, default 400).
    func testCorpusAndMutationsAreAcceptedAndRefusedAsBefore() throws {
        let corpus = try FuzzHarness.corpus("event")
        let count = ProcessInfo.processInfo.environment["FOYER_EQUIVALENCE_COUNT"].flatMap { Int($0) } ?? 400
        var mutator = Mutator(seed: FuzzHarness.seed(for: "event-equivalence"))
        var unlocated: [String] = []
        var tally: [String: Int] = [:]
        for (name, bytes) in corpus { _ = assertSame(bytes, name, unlocated: &unlocated) }
        for i in 0..<count {
            let input = mutator.mutate(corpus.map(\.bytes))
            let outcome = assertSame(input, "mutation \(i)", unlocated: &unlocated)
            switch outcome {
            case .accepted: tally["accepted", default: 0] += 1
            case .newer: tally["newer", default: 0] += 1
            case .corrupt: tally["refused", default: 0] += 1
            }
        }
        FuzzHarness.say("event equivalence: \(corpus.count) corpus files and \(count) mutations, \(tally.sorted { $0.key < $1.key }), \(unlocated.count) refusals without a line")
        XCTAssertEqual(unlocated, [])
    }
}
