import FoyerCore
@testable import FoyerTUI

/// A trivial pane written outside the app, as the next screens (a congress grid, a room door) will be:
/// its own state, key context, bindings, update and drawing, all in this file. Registering it is one
/// line (`Screens.standard.adding(HelloPane())`); nothing in the app is edited for it.
struct HelloPane: PaneScreen {
    static let id = Pane("hello", title: "Hello")
    static let context = KeyContext.pane("hello", title: "Hello")

    /// Its own state: how many times it was greeted.
    struct State: Sendable, Equatable { var greetings = 0 }

    var pane: Pane { Self.id }
    var helpContext: KeyContext { Self.context }
    var needsRegistrants: Bool { false }
    var bindings: [KeyBinding] {
        [KeyBinding(.moveDown, [.char("h")], "say hello once more", Self.context, hint: "hello"),
         KeyBinding(.back, [.escape], "start again", Self.context)]
    }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        var state = s.state(of: pane, default: State())
        switch input.command {
        case .moveDown?: state.greetings += 1
        case .back?: state.greetings = 0
        default: return []
        }
        s.setState(state, of: pane)
        return []
    }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let greetings = s.state(of: pane, default: State()).greetings
        grid.put("Hello, \(s.event.title)! (\(greetings))", x: 2, y: layout.bodyTop, style: .title)
        return nil
    }
}
