import Foundation
import FoyerCore

/// The main loop: read a key (or notice a resize, the clock, a signal), `update`, perform the effects
/// through the store, draw. Only here do state, store and terminal meet.
public final class TerminalApp {
    private let directory: DataDirectory
    private var store: EventStore
    private let mouse: Bool
    private let backend: NcursesBackend

    public init(directory: DataDirectory, store: EventStore, mouse: Bool = false) {
        self.directory = directory
        self.store = store
        self.mouse = mouse
        self.backend = NcursesBackend(mouse: mouse)
    }

    public func run() throws {
        try backend.start()
        SignalGuard.install()
        atexit { _ = NcursesBackendExit.restore() }
        defer { backend.stop() }

        let summaries = ((try? directory.events()) ?? [store.event]).map(EventSummary.init).sorted { $0.date < $1.date }
        let size = backend.size
        var state = AppState(event: store.event, events: summaries, width: size.width, height: size.height, now: store.clock.now())
        state.registeredCount = Self.registered(store)
        AgendaLayout.ensureVisible(&state)
        if let warning = store.warnings.first { state = Update.apply(state, .saveFailed(warning)).0 }
        var lastFrame = RootView.render(state)
        backend.draw(lastFrame)

        while state.isRunning && SignalGuard.received == 0 {
            var actions: [Action] = []
            switch backend.read() {
            case .key(let key): actions.append(.key(key))
            case .resize(let w, let h): actions.append(.resize(width: w, height: h))
            case .none: break
            }
            actions.append(.tick(store.clock.now()))
            var forceRedraw = false
            while !actions.isEmpty {
                let action = actions.removeFirst()
                let (next, effects) = Update.apply(state, action)
                state = next
                for effect in effects {
                    switch perform(effect) {
                    case .action(let result): actions.append(result)
                    case .redraw: forceRedraw = true
                    case .nothing: break
                    }
                }
            }
            let frame = RootView.render(state)
            if forceRedraw { backend.forceFullRedraw() }
            if frame != lastFrame || forceRedraw {
                backend.draw(frame)
                lastFrame = frame
            }
        }
    }

    private enum Outcome { case action(Action), redraw, nothing }

    /// Does what `update` asked, and reports back. A save is reported only after it is on disk.
    private func perform(_ effect: Effect) -> Outcome {
        switch effect {
        case .saveEvent(let event, let message, let warning, let kind):
            do {
                try store.saveEvent(event)
                return .action(.eventSaved(event, message: message, warning: warning, kind: kind))
            } catch {
                return .action(.saveFailed(String(describing: error)))
            }
        case .openEvent(let id):
            do {
                let opened = try directory.openEvent(id, desk: store.desk, clock: store.clock)
                store = opened
                return .action(.eventOpened(opened.event, registeredCount: Self.registered(opened)))
            } catch {
                return .action(.openFailed(String(describing: error)))
            }
        case .quit:
            return .nothing
        case .redraw:
            return .redraw
        }
    }

    private static func registered(_ store: EventStore) -> Int {
        store.registry.registrants.lazy.filter { $0.status == .registered }.count
    }
}

import CNcurses
/// For `atexit`: restores the terminal even if something exits the process without unwinding.
enum NcursesBackendExit {
    static func restore() -> Int32 { foyer_endwin() }
}
