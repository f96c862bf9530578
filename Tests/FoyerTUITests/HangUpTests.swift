import Foundation
import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// A terminal that hangs up with no SIGHUP reaching foyer (an SSH desk run under su or runuser) ends the
/// run as the signal would: the terminal given back, SIGHUP as the reason, not a loop spinning for ever.
final class HangUpTests: XCTestCase {
    func testAHungUpTerminalEndsTheDeskAsSIGHUPWould() throws {
        let desk = try StoreDesk(count: 10)
        let backend = TestBackend(width: 80, height: 24, script: [.key(.char("4")), .hungUp])
        // Keys after the hang-up would mean the loop went on reading; a test that hangs ends here instead.
        var readsAfter = 0
        backend.whenScriptEnds = { readsAfter += 1; return readsAfter > 1_000 ? .key(.ctrl("c")) : .none }
        let app = TerminalApp(directory: DataDirectory(path: desk.folder.path), event: desk.store.event, desk: "A",
                              clock: desk.store.clock, backend: backend)
        XCTAssertEqual(try app.run(), SIGHUP, "ended as by SIGHUP (foyer exits 129)")
        XCTAssertEqual(readsAfter, 0, "nothing read after the hang-up")
        XCTAssertEqual(backend.stops, 1, "the terminal given back")
    }

    func testAHungUpTerminalEndsTheWelcome() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-hangup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let backend = TestBackend(width: 80, height: 24, script: [.hungUp])
        var readsAfter = 0
        backend.whenScriptEnds = { readsAfter += 1; return readsAfter > 1_000 ? .key(.char("q")) : .none }
        let app = TerminalApp(directory: DataDirectory(path: folder.path), event: nil, desk: "A",
                              clock: Clock(fixed: Fixtures.duringWorkshop), backend: backend)
        XCTAssertEqual(try app.run(), SIGHUP)
        XCTAssertEqual(readsAfter, 0, "nothing read after the hang-up")
        XCTAssertEqual(backend.stops, 1)
    }
}
