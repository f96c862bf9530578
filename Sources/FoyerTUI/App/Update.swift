import Foundation
import FoyerCore

/// The pure heart of the app (as bubbletea's Update): the next state and the effects to perform, from
/// the current state and one action. No I/O here; saving and opening are effects the runner performs.
/// A key goes to the screen on top (an overlay, else the pane), through the key table; what the store
/// reports back is handled in `UpdateResults.swift`.
public enum Update {
    public static func apply(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var s = state
        let effects = reduce(&s, action)
        return (s, effects)
    }

    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        if case .key(let key) = action { return handle(key, &s) }
        return result(action, &s)
    }

    // MARK: Keys

    static func handle(_ key: Key, _ s: inout AppState) -> [Effect] {
        let keys = s.screens.keys
        if keys.command(for: key, in: .global) == .forceQuit {
            // A changed form is the one thing Ctrl-C could lose: ask once; a second Ctrl-C quits.
            if s.hasUnsavedEdit, case .form = s.overlay {
                let question = Catalogue.App.unsavedForceQuit(key: keys.keyName(.forceQuit, in: .global))
                s.overlay = .confirm(Confirmation(question: question, consequence: .quit, returnTo: nil))
                return []
            }
            s.isRunning = false
            return [.quit]
        }
        if case .click(let x, let y) = key { return click(x: x, y: y, &s) }
        if s.isTooSmall {
            return keys.command(for: key, in: .global) == .quit ? global(.quit, &s) : []
        }
        if let overlay = s.overlay {
            let screen = overlay.screen
            return screen.update(ScreenInput(key: key, command: keys.command(for: key, in: screen.keyContext(s))), &s)
        }
        let pane = s.screens.screen(for: s.pane)
        if pane.needsRegistrants, let load = s.registrantsLoad {
            // Until the registrations are in, a name typed at the desk must not say NOT FOUND.
            if let command = keys.command(for: key, in: pane.helpContext), command.worksWhileLoading { return global(command, &s) }
            s.say(load.message, .info)
            return []
        }
        let command = keys.command(for: key, in: pane.keyContext(s))
        if let command, command.isGlobal || refusedHere(command, &s) { return command.isGlobal ? global(command, &s) : [] }
        return pane.update(ScreenInput(key: key, command: command), &s)
    }

    /// The keys that work the same in every pane: help, the tabs, another event, quitting.
    static func global(_ command: Command, _ s: inout AppState) -> [Effect] {
        if refusedHere(command, &s) { return [] }
        let panes = s.screens.panes
        let here = s.screens.index(of: s.pane)
        switch command {
        case .help: s.overlay = .help(scroll: 0)
        case .nextPane: show(panes[(here + 1) % panes.count].pane, &s)
        case .previousPane: show(panes[(here + panes.count - 1) % panes.count].pane, &s)
        case .showPane(let pane): show(pane, &s)
        case .switchEvent:
            s.overlay = .switcher(selected: s.events.firstIndex { $0.id == s.event.id } ?? 0)
        case .quit:
            if s.hasUnsavedEdit {
                s.overlay = .confirm(Confirmation(question: Catalogue.App.unsavedQuit, consequence: .quit, returnTo: nil))
                return []
            }
            s.isRunning = false
            return [.quit]
        case .forceQuit: s.isRunning = false; return [.quit]
        case .redraw: return [.redraw]
        case .switchLanguage:
            s.language = s.language.other
            s.say(Catalogue.Common.languageNow, .info)
            return []
        default: break
        }
        return []
    }

    /// A desk-only station refuses what is not check-in, registering or money, and says so.
    static func refusedHere(_ command: Command, _ s: inout AppState) -> Bool {
        guard s.deskOnly, command.refusedAtDesk else { return false }
        s.say(AppState.deskOnlyRefusal, .warning)
        return true
    }

    static func click(x: Int, y: Int, _ s: inout AppState) -> [Effect] {
        guard !s.isTooSmall, s.overlay == nil else { return [] }
        let layout = s.layout
        if y == layout.tabRow {
            if let tab = layout.tabSpans().first(where: { x >= $0.x && x < $0.x + $0.width }) { show(tab.pane, &s) }
            return []
        }
        return s.screens.screen(for: s.pane).click(x: x, y: y, &s)
    }

    static func show(_ pane: Pane, _ s: inout AppState) {
        s.pane = pane
        s.screens.screen(for: pane).shown(&s)
    }
}

extension Command {
    /// Handled the same whichever pane is showing (`Update.global`).
    var isGlobal: Bool {
        switch self {
        case .help, .nextPane, .previousPane, .showPane, .switchEvent, .quit, .forceQuit, .redraw, .switchLanguage: return true
        default: return false
        }
    }
}

extension AppState {
    /// Shows a message in the status line; it fades after a few seconds (errors stay longer).
    mutating func say(_ text: Phrase, _ kind: StatusMessage.Kind) {
        status = StatusMessage(text: text, kind: kind, expires: wall.addingTimeInterval(kind == .error ? 10 : 4))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
