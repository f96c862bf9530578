import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The terminal's bell: `Effect.bell` rings it through the terminal app's performer and its backend,
/// unless the station turned it off.
final class BellTests: XCTestCase {
    func testTheBellRingsThroughTheAppUnlessTurnedOff() throws {
        for (setting, rings) in [(true, 1), (false, 0)] {
            let backend = TestBackend(width: 80, height: 24)
            let app = TerminalApp(directory: DataDirectory(path: "/nonexistent/foyer-bell"), event: nil, desk: "A", clock: Clock(fixed: Date()),
                                  bell: setting, backend: backend)
            let program = Program(state: try Fixtures.state(), performer: app.effectPerformer)
            program.perform([.bell, .bell])
            XCTAssertEqual(backend.bells, 2 * rings, "bell \(setting)")
            XCTAssertFalse(program.fullRedrawAsked)
        }
        // On unless --no-bell or FOYER_BELL=off.
        XCTAssertTrue(BellSetting.isOn(noBell: false, environment: [:]))
        XCTAssertTrue(BellSetting.isOn(noBell: false, environment: ["FOYER_BELL": "on"]))
        XCTAssertFalse(BellSetting.isOn(noBell: true, environment: [:]))
        XCTAssertFalse(BellSetting.isOn(noBell: false, environment: ["FOYER_BELL": "off"]))
        XCTAssertFalse(BellSetting.isOn(noBell: false, environment: ["FOYER_BELL": "OFF"]))
    }
}
