import Foundation
import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// `foyer --backup-to DIR --backup-every N --backup-keep K`, driven by a made-up clock and run at once
/// instead of on a thread: the first backup when the registrations are in, then one every N minutes and
/// none in between, the folder holding the newest K of the event's archives; a folder that is not there
/// is said in the status line, naming it.
final class PeriodicBackupTests: XCTestCase {
    private var temp: String!

    override func setUpWithError() throws {
        temp = NSTemporaryDirectory() + "/foyer-periodic-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: temp + "/stick", withIntermediateDirectories: true)
        try DataDirectory(path: temp + "/data").createEvent(try Fixtures.sampleEvent())
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: temp) }

    private var folder: String { temp + "/data/impasses-2009" }

    private func archives() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: temp + "/stick").sorted()
    }

    func testABackupEveryNMinutesKeepingTheLastK() throws {
        let backup = PeriodicBackup(schedule: BackupSchedule(folder: temp + "/stick", everyMinutes: 5, keep: 3), start: { $0() })
        let store = try EventStore(folder: folder, desk: "A")
        var now = Date(timeIntervalSince1970: 1_237_449_600) // 2009-03-19 08:00 UTC
        var made: [String] = []
        // A turn every 30 s for an hour: backups at 0, 5, 10 … 60 minutes only, none in between.
        for minute in stride(from: 0.0, through: 60.0, by: 0.5) {
            now = Date(timeIntervalSince1970: 1_237_449_600 + minute * 60)
            let before = try archives()
            if minute.truncatingRemainder(dividingBy: 7) == 0 {
                _ = try store.register(Registrant(code: "", firstName: "Walk", lastName: "In\(Int(minute))", feeCategoryID: "standard",
                                                  price: .major(2000), registeredAt: now))
            }
            XCTAssertNil(backup.poll(now: now, eventFolder: folder, eventID: "impasses-2009"), "at minute \(minute)")
            let after = try archives()
            if after != before { made.append(EventBackup.defaultFileName(eventID: "impasses-2009", at: now)) }
            XCTAssertLessThanOrEqual(after.count, 3)
        }
        XCTAssertEqual(made.count, 13, "one at the start and one every 5 minutes: \(made)")
        XCTAssertEqual(made.first, "impasses-2009-20090319-080000.zip")
        XCTAssertEqual(try archives(), Array(made.suffix(3)), "the newest three are kept, the rest deleted")
        // The newest holds every registration made before it.
        let report = try BackupValidation.run(archive: temp + "/stick/" + made.last!)
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.registrants, try EventStore(folder: folder, desk: "A").registry.count)
    }

    func testAMissingFolderIsSaidInTheStatusLine() throws {
        let gone = temp + "/unplugged"
        let backup = PeriodicBackup(schedule: BackupSchedule(folder: gone, everyMinutes: 1, keep: 2), start: { $0() })
        guard case .failedInBackground(let said)? = backup.poll(now: Date(), eventFolder: folder, eventID: "impasses-2009") else {
            return XCTFail("no warning")
        }
        XCTAssertEqual(said.en, "Backup to \(gone) failed: there is no folder \(gone) to back up into (is the USB stick in?)")
        XCTAssertTrue(said.sv.contains(gone), said.sv)
        XCTAssertFalse(FileManager.default.fileExists(atPath: gone), "the folder is not made: an unplugged stick's mount point is no backup")
    }
}
