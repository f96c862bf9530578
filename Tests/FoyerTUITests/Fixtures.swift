import Foundation
import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The sample events, read from Data/ as shipped, and helpers to render and compare whole screens.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sampleEvent(_ id: String = "impasses-2009") throws -> Event {
        let path = packageRoot.appendingPathComponent("Data/\(id)/event.json").path
        return try StoredFiles.readEvent(path)
    }

    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!
    /// 10:40 on the day: "General features…" is on now, the mini-break next in 40 minutes.
    static let duringWorkshop = Clock.parse("2009-03-19 10:40", zone: stockholm)!
    static let dayBefore = Clock.parse("2009-03-18 12:00", zone: stockholm)!

    static func state(width: Int = 80, height: Int = 24, now: Date = duringWorkshop, event: Event? = nil) throws -> AppState {
        let e = try event ?? sampleEvent()
        var s = AppState(event: e, events: [EventSummary(e)], width: width, height: height, now: now)
        s.registeredCount = 0
        AgendaLayout.ensureVisible(&s)
        return s
    }

    /// Feeds keys through `update`, collecting effects.
    static func press(_ keys: [Key], _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        var all: [Effect] = []
        for key in keys {
            let (next, effects) = Update.apply(s, .key(key))
            s = next
            all += effects
        }
        return (s, all)
    }

    static func type(_ text: String, _ state: AppState) -> AppState {
        press(text.map { Key.char($0) }, state).0
    }

    /// Performs event saves as the store would (without one: the operations applied to the state's
    /// event), so tests can follow a whole edit.
    static func settle(_ state: AppState, _ effects: [Effect]) -> AppState {
        var s = state
        for effect in effects {
            if case .applyEvent(let operations, let message, let warning, let kind) = effect {
                var event = s.event
                var applied: [AppliedOperation] = []
                for op in operations {
                    if let (next, done) = try! op.apply(to: event) { event = next; applied.append(done) }
                }
                let save = EventSave(event: event, applied: applied, registrantChanges: [], registrantsSkipped: [])
                s = Update.apply(s, .eventSaved(save, message: message, warning: warning, kind: kind)).0
            }
        }
        return s
    }

    /// The state's screen as a terminal shows it: a `TestBackend` of the screen's size that drew it, each
    /// cell with the attributes ncurses would be told, with colour or in the monochrome scheme (NO_COLOR).
    static func drawn(_ state: AppState, colour: Bool) -> TestBackend {
        let frame = RootView.render(state)
        let backend = TestBackend(width: frame.grid.width, height: frame.grid.height, colour: colour)
        backend.draw(frame)
        return backend
    }

    /// Performs effects through the real `EffectPerformer` and feeds its reports back through `update`,
    /// in the terminal app's `Program`: tests follow a change all the way to disk and back to the screen.
    static func perform(_ state: AppState, _ effects: [Effect], with performer: EffectPerformer) -> AppState {
        let program = Program(state: state, performer: performer)
        program.perform(effects)
        return program.state
    }
}

/// Compares a rendered screen with its golden file (Tests/FoyerTUITests/Golden/NAME.txt), a plain text
/// picture a reviewer can read. FOYER_UPDATE_GOLDEN=1 writes the files anew instead.
func assertGolden(_ grid: ScreenGrid, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = Fixtures.packageRoot.appendingPathComponent("Tests/FoyerTUITests/Golden/\(name).txt")
    let actual = grid.text + "\n"
    if ProcessInfo.processInfo.environment["FOYER_UPDATE_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("golden file \(name).txt is missing; run with FOYER_UPDATE_GOLDEN=1 to create it", file: file, line: line)
        return
    }
    if actual != expected {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false), e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDiff = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let dump = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).actual.txt")
        try? actual.write(to: dump, atomically: true, encoding: .utf8)
        XCTFail("""
            screen differs from golden \(name).txt at line \(firstDiff + 1):
              expected: \(firstDiff < e.count ? String(e[firstDiff]) : "(end)")
              actual:   \(firstDiff < a.count ? String(a[firstDiff]) : "(end)")
            whole screen written to \(dump.path)
            """, file: file, line: line)
    }
}
