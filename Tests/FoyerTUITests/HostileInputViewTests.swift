import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// Text from files is data, never terminal control; a full disk and a read-only folder are said plainly.
final class HostileInputViewTests: XCTestCase {
    override func tearDown() { POSIXFile.injectedWriteError = nil }

    static let hostile = "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}gro.live\u{202C}\r\n\u{0}\u{7F}\u{9B}31m\u{2066}x\u{2069}"

    /// Scalars that would steer a terminal or reorder what it shows.
    static func steering(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    func testNamesThatHoldEscapesAndBidiOverridesAreDrawnHarmlessly() throws {
        let e = try Fixtures.sampleEvent()
        var people = RegistrantGenerator(event: e, seed: 7).make(count: 20)
        people[0].firstName = Self.hostile
        people[0].lastName = "Aaa\u{1B}[31m"
        people[0].organisation = "\u{202E}Org\u{1B}c"
        people[0].notes = Self.hostile
        var s = AppState(event: e, width: 100, height: 30, now: RegistrantsUpdateTests.beforeDeadline, registry: Registry(registrants: people))
        var screens: [String] = []
        s = Fixtures.press([.char("2")], s).0
        screens.append(RootView.render(s).grid.text)
        s.registrants.selectedCode = people[0].code
        s = Fixtures.press([.enter], s).0
        screens.append(RootView.render(s).grid.text)
        s = Fixtures.press([.escape, .char("4")], s).0
        s = Fixtures.type("eve", s)
        screens.append(RootView.render(s).grid.text)
        for screen in screens {
            XCTAssertEqual(Self.steering(screen), [], screen)
            XCTAssertTrue(screen.contains("Eve?[2J"), "the escape is shown as ?, the rest as text:\n\(screen)")
        }
    }

    func testAFullDiskAtCheckInIsSaidAndNothingIsShownAsDone() throws {
        let fixture = try StoreFixtureTUI()
        let store = try fixture.store(count: 30)
        let performer = EffectPerformer(store: store)
        var s = AppState(event: store.event, width: 80, height: 24, now: store.clock.now(), registry: store.registry, journal: store.journalEntries)
        s = Fixtures.press([.char("4")], s).0
        let person = store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.checkIn == nil && $0.due.minorUnits <= 0 }!
        s = Fixtures.type(person.code, s)
        POSIXFile.injectedWriteError = ENOSPC
        let program = Program(state: s, performer: performer)
        program.send(.key(.enter))
        s = program.state
        XCTAssertNil(s.registry[person.code]?.checkIn, "not checked in")
        let screen = RootView.render(s).grid.text
        XCTAssertTrue(screen.contains("No space left on device"), screen)
        XCTAssertFalse(screen.contains("CHECKED IN"), screen)
        POSIXFile.injectedWriteError = nil
        program.send(.key(.enter))
        s = program.state
        XCTAssertNotNil(s.registry[person.code]?.checkIn, "the next Enter, with room on the disk, checks in")
    }

    func testAReadOnlyFolderIsSaidOnEveryPane() throws {
        let e = try Fixtures.sampleEvent()
        var s = AppState(event: e, width: 80, height: 24, now: RegistrantsUpdateTests.beforeDeadline)
        let registry = Registry(registrants: RegistrantGenerator(event: e, seed: 2).make(count: 5))
        s = Update.apply(s, .registrantsLoaded(LoadedRegistrants(registry: registry, journal: Journal(), index: SearchIndex(registry.registrants),
                                                                  warnings: [], seconds: 0, readOnly: true))).0
        for pane in ["1", "2", "3", "4"] {
            s = Fixtures.press([.escape, .char(Character(pane))], s).0
            XCTAssertTrue(RootView.render(s).grid.text.split(separator: "\n").first?.contains("READ-ONLY") == true, pane)
        }
    }
}

/// A store in a temporary folder for view tests that go through the real store.
struct StoreFixtureTUI {
    let root: String
    init() throws {
        root = NSTemporaryDirectory() + "foyer-tui-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }
    func store(count: Int) throws -> EventStore {
        let directory = DataDirectory(path: root)
        let event = try Fixtures.sampleEvent()
        try directory.createEvent(event)
        let store = try directory.openEvent(event.id, desk: "T", clock: Clock(fixed: RegistrantsUpdateTests.beforeDeadline))
        try store.replaceAllRegistrants(RegistrantGenerator(event: event, seed: 9).make(count: count))
        return store
    }
}
