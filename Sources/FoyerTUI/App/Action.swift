import Foundation
import FoyerCore

/// Everything that can happen to the app: a key, a resize, the clock, and the results of effects.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(Date)
    /// The store saved the event; `kind` says whether it was an edit (undoable) or an undo.
    case eventSaved(Event, message: String, warning: String?, kind: SaveKind)
    case saveFailed(String)
    case eventOpened(Event, registeredCount: Int?)
    case openFailed(String)
    case registrationsCounted(Int)
}

public enum SaveKind: Hashable, Sendable {
    case edit(UndoEntry)
    case undo
}

/// What `update` asks the outside world to do. The runner does it and reports back with an action;
/// nothing on screen claims success before that report.
public enum Effect: Hashable, Sendable {
    case saveEvent(Event, message: String, warning: String?, kind: SaveKind)
    case openEvent(id: String)
    case quit
    case redraw
}
