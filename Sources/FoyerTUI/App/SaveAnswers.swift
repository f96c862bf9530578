import Foundation
import FoyerCore

/// What a save's answer does to the form that asked for it: closed when saved, kept open with the
/// reason when it failed, and, when it met another desk's change, the conflict screen (theirs or mine,
/// field by field). An undo that would write over a later change is dropped with who made it.
extension Update {
    /// Which undo list a refused undo came from.
    enum UndoList { case registrants, event }

    /// A conflict reported by the store, for whatever was being saved.
    static func conflictArrived(_ conflict: EditConflict, undo: UndoList?, _ s: inout AppState) -> [Effect] {
        if let undo {
            // Undo reverts only what this desk set: the other desk's later change stands, and this undo is
            // dropped (it can never apply).
            switch undo {
            case .registrants: if !s.changeUndo.isEmpty { s.changeUndo.removeLast() }
            case .event: if !s.undoStack.isEmpty { s.undoStack.removeLast() }
            }
            s.say(Catalogue.App.notUndone(conflict.phrase), .warning)
            return []
        }
        guard case .form(let fs)? = s.overlay else {
            // A save without a form (a move, a delete, a retire): nothing typed to keep; say what happened.
            s.say(Catalogue.App.notSaved(conflict.phrase), .warning)
            return []
        }
        s.overlay = .conflict(ConflictQuestion(form: fs, conflict: conflict, current: currentForm(for: fs, s)))
        s.say(conflict.deleted ? Catalogue.App.notSaved(conflict.phrase) : Catalogue.App.chooseTheirsOrYours, .warning)
        return []
    }

    /// The form as it would open now on what the store has (after the conflict it holds the latest).
    static func currentForm(for fs: FormState, _ s: AppState) -> Form? {
        switch fs.base {
        case .item(let opened)?:
            return s.event.programmeItems.first { $0.id == opened.id }.map { ProgrammeItemForm.make(for: $0, event: s.event, suggestedStart: nil, language: s.language) }
        case .category(let opened)?:
            return s.event.feeCategory(id: opened.id).map { CategoryForm.make(for: $0, event: s.event, language: s.language) }
        case .registrant(let opened)?:
            return s.registry[opened.code].map { RegistrantForm.make(for: $0, event: s.event, registry: s.registry, now: s.now, language: s.language) }
        case .event?:
            return EventDetailsForm.make(for: s.event)
        case nil:
            return nil
        }
    }

    /// What is on disk now, as the new base of the form.
    static func currentBase(for fs: FormState, _ s: AppState) -> FormBase? {
        switch fs.base {
        case .item(let opened)?: return s.event.programmeItems.first { $0.id == opened.id }.map(FormBase.item)
        case .category(let opened)?: return s.event.feeCategory(id: opened.id).map(FormBase.category)
        case .registrant(let opened)?: return s.registry[opened.code].map(FormBase.registrant)
        case .event?: return .event(s.event)
        case nil: return nil
        }
    }

    /// A save went through: the form that asked for it closes (a form opened since stays).
    static func closeSavingForm(_ s: inout AppState) {
        // An entry of a list goes back to its list, on the entry.
        if case .form(let fs)? = s.overlay, case .listEntry(let kind, let index) = fs.purpose {
            s.overlay = .eventList(EventListState(kind: kind, selected: index ?? max(0, kind.count(s.event) - 1)))
            return
        }
        switch s.overlay {
        case .form?, .reprice?, .conflict?, .duplicate?, .dateMove?: s.overlay = nil
        default: break
        }
    }

    /// A save failed: the form stays open with the typing kept and the reason in it.
    static func keepFormOpen(_ why: Phrase, _ s: inout AppState) {
        if case .form(var fs)? = s.overlay {
            fs.form.problem = why
            s.overlay = .form(fs)
        }
    }
}
