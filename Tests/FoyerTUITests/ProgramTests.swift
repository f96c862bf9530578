import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The one loop of update and effects, with a performer that answers as told; and the terminal app
/// driven through the test backend, as a person at the desk would.
final class ProgramTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    /// Says `.wait` until the registrations are "in", then what `answer` says; keeps what it was asked.
    final class Scripted: EffectPerforming {
        var loaded = false
        var asked: [Effect] = []
        var answer: EffectPerformer.Outcome = .redraw
        func perform(_ effect: Effect) -> EffectPerformer.Outcome {
            asked.append(effect)
            return loaded ? answer : .wait
        }
    }

    static func loaded(_ state: AppState) -> Action {
        .registrantsLoaded(LoadedRegistrants(registry: Registry(registrants: []), journal: Journal(), index: SearchIndex([]),
                                             warnings: [], seconds: 0, readOnly: false))
    }

    func testEffectsWaitForTheRegistrationsThenComeFirst() throws {
        let performer = Scripted()
        let program = Program(state: try Fixtures.state(), performer: performer)
        program.send(.key(.ctrl("l")))
        XCTAssertEqual(performer.asked, [.redraw])
        XCTAssertEqual(program.waiting, [.redraw], "held while the registrations load")
        XCTAssertFalse(program.fullRedrawAsked)
        program.send(.tick(Fixtures.duringWorkshop, wall: Date()))
        XCTAssertEqual(program.waiting, [.redraw], "still held")
        performer.loaded = true
        program.send(Self.loaded(program.state))
        XCTAssertEqual(performer.asked, [.redraw, .redraw], "done once they are in")
        XCTAssertEqual(program.waiting, [])
        XCTAssertTrue(program.fullRedrawAsked)
        program.send(.tick(Fixtures.duringWorkshop, wall: Date()))
        XCTAssertFalse(program.fullRedrawAsked, "asked for one send only")
    }

    func testDroppedEffectsAreNotDone() throws {
        let performer = Scripted()
        let program = Program(state: try Fixtures.state(), performer: performer)
        program.press([.ctrl("l"), .ctrl("l")])
        XCTAssertEqual(program.waiting.count, 2)
        program.dropWaiting() // another event was opened
        performer.loaded = true
        program.send(Self.loaded(program.state))
        XCTAssertEqual(performer.asked.count, 2, "nothing more performed")
        XCTAssertFalse(program.fullRedrawAsked)
    }

    /// As the terminal app has it: the actions in order, each one's effects at once, their reports after
    /// the actions already queued.
    func testReportsAreFedBackAfterTheActionsAlreadyQueued() throws {
        let performer = Scripted()
        performer.loaded = true
        performer.answer = .actions([.notice("from the effect")])
        let program = Program(state: try Fixtures.state(), performer: performer)
        program.send([.key(.ctrl("l")), .notice("sent second")])
        XCTAssertEqual(program.state.status?.text, "from the effect")
        program.perform([.redraw])
        XCTAssertEqual(performer.asked, [.redraw, .redraw])
        program.send(.notice("said"))
        XCTAssertEqual(program.render().grid.text.split(separator: "\n").last.map(String.init)?.contains("said"), true)
    }

    /// The whole terminal app on a test backend: the agenda at once, the registrations behind it, a
    /// person checked in at the desk and on disk, the terminal given back.
    func testTheTerminalAppRunsOnAnyBackend() throws {
        let desk = try StoreDesk(count: 30)
        let person = desk.store.registry.registrants.first { $0.status == .registered && $0.checkIn == nil && $0.isSettled }!
        let backend = TestBackend(width: 100, height: 30, colour: true)
        let deadline = Date().addingTimeInterval(30)
        var typed = false
        backend.whenScriptEnds = { [unowned backend] in
            usleep(2_000)
            if Date() > deadline || backend.text.contains("CHECKED IN") { return .key(.ctrl("c")) }
            if !typed, !backend.text.contains("Loading the registrations") {
                typed = true
                backend.type([.key(.char("4"))] + person.code.map { .key(.char($0)) } + [.key(.enter)])
            }
            return .none
        }
        let app = TerminalApp(directory: DataDirectory(path: desk.folder.path), event: desk.store.event, desk: "B",
                              clock: desk.store.clock, backend: backend)
        XCTAssertNil(try app.run(), "ended by a key, not a signal")
        XCTAssertTrue(typed)
        let row = try XCTUnwrap(backend.row(containing: "CHECKED IN  \(person.fullName)"), backend.text)
        XCTAssertEqual(backend.attributes(of: "CHECKED IN", row: row)?.pair?.background, .green)
        XCTAssertEqual(backend.stops, 1, "the terminal given back")
        XCTAssertFalse(backend.isStarted)
        _ = try desk.store.refresh()
        XCTAssertEqual(desk.store.registry[person.code]?.checkIn?.desk, "B")
    }
}
