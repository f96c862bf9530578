import Foundation
import FoyerCore

/// Event edits shared by the panes that make them (the agenda's programme, the fees' categories).
extension Update {
    /// Undoes this desk's last programme or fee edit: operations that put back exactly what it changed,
    /// refused (with who changed it since) where another desk changed those fields after it.
    static func undoEventEdit(_ s: inout AppState) -> [Effect] {
        guard let last = s.undoStack.last else { s.say(Catalogue.App.nothingToUndo, .info); return [] }
        return [.applyEvent(last.inverse, message: Catalogue.App.undone(last.description), warning: nil, kind: .undo)]
    }

    /// The item edits that turn one programme into another (a move changes two items' times).
    static func itemEdits(from old: Event, to new: Event) -> [EventOperation] {
        new.programmeItems.compactMap { item in
            guard let before = old.programmeItems.first(where: { $0.id == item.id }), before != item else { return nil }
            let (set, base) = FieldPatch.diff(from: before, to: item)
            return .editItem(id: item.id, set: set, base: base)
        }
    }
}
