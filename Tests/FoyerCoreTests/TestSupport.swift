import Foundation
import XCTest
@testable import FoyerCore

/// Shared helpers: the repository's sample events, a temporary data directory per test, fixed clocks.
enum Fixtures {
    /// The package root, from this file's place in Tests/FoyerCoreTests.
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()
    static var dataFolder: String { packageRoot + "/Data" }

    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    /// The Stockholm workshop, read from Data/impasses-2009/event.json.
    static func impasses() throws -> Event {
        try StoredFiles.readEvent(dataFolder + "/impasses-2009/event.json")
    }
    /// The Tasca presentation, read from Data/alliance-ruptures-2024/event.json.
    static func allianceRuptures() throws -> Event {
        try StoredFiles.readEvent(dataFolder + "/alliance-ruptures-2024/event.json")
    }

    /// An instant written as ISO 8601 with an offset; fails the test when it does not parse.
    static func instant(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Date {
        guard let date = Timestamp.parse(text) else {
            XCTFail("\(text) is not a timestamp", file: file, line: line)
            return Date(timeIntervalSince1970: 0)
        }
        return date
    }

    /// A clock fixed at a wall-clock time in Stockholm ("2009-03-19 08:47").
    static func clock(_ text: String) -> Clock {
        Clock(fixed: Clock.parse(text, zone: stockholm)!)
    }

    static func person(_ first: String, _ last: String, email: String = "", organisation: String = "",
                       code: String = "", category: String = "standard", price: Money = .major(2000),
                       registeredAt: Date = Date(timeIntervalSince1970: 1_234_000_000)) -> Registrant {
        Registrant(code: code, firstName: first, lastName: last, email: email, organisation: organisation,
                   feeCategoryID: category, price: price, registeredAt: registeredAt)
    }
}

/// A fresh temporary folder, removed when the value goes away (at the end of the test).
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = (base as NSString).appendingPathComponent("foyer-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A data directory inside it that does not exist yet.
    var dataDirectory: DataDirectory { DataDirectory(path: path + "/data") }
}

/// Reading and writing raw files in tests.
enum Files {
    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
    /// Overwrites a file in place, keeping its permission bits (as an editor would).
    static func write(_ data: Data, to path: String) throws {
        let mode = try? Files.mode(path)
        try data.write(to: URL(fileURLWithPath: path))
        if let mode { try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path) }
    }
    static func text(_ path: String) throws -> String { String(decoding: try bytes(path), as: UTF8.self) }
    static func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
    /// The permission bits (e.g. 0o600).
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
    }
    static func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
    /// Rewrites a JSON object file with one top-level key changed.
    static func setJSONKey(_ key: String, to value: Any, in path: String) throws {
        var object = try JSONSerialization.jsonObject(with: try bytes(path)) as! [String: Any]
        object[key] = value
        try write(try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]), to: path)
    }
    /// The lines of a text file (without the newlines).
    static func lines(_ path: String) throws -> [String] {
        try text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A temporary data directory holding one event (the Stockholm workshop unless another is given).
struct StoreFixture {
    let temp: TemporaryDirectory
    let event: Event
    var data: DataDirectory { temp.dataDirectory }
    var folder: String { data.folder(of: event.id) }
    var eventPath: String { folder + "/" + EventStore.eventFileName }
    var snapshotPath: String { folder + "/" + EventStore.snapshotFileName }
    var journalPath: String { folder + "/" + EventStore.journalFileName }

    init(event: Event? = nil) throws {
        temp = try TemporaryDirectory()
        self.event = try event ?? Fixtures.impasses()
        try temp.dataDirectory.createEvent(self.event)
    }

    func open(desk: String = "A", clock: Clock = Fixtures.clock("2009-03-19 08:47")) throws -> EventStore {
        try data.openEvent(event.id, desk: desk, clock: clock)
    }
}

/// Asserts that `body` throws a StoreError and hands it to `check`.
func assertStoreError(_ body: @autoclosure () throws -> Any, file: StaticString = #filePath, line: UInt = #line,
                      _ check: (StoreError) -> Void) {
    do {
        _ = try body()
        XCTFail("expected a StoreError, nothing was thrown", file: file, line: line)
    } catch let error as StoreError {
        check(error)
    } catch {
        XCTFail("expected a StoreError, got \(error)", file: file, line: line)
    }
}
