import Foundation
import FoyerCore

/// A save met another desk's change to the same fields (or the thing was deleted): the form is kept
/// and the person chooses, field by field, theirs or mine; the save goes through only when each is
/// decided, and is again decided by the store against what is on disk then.
struct ConflictScreen: Screen {
    var question: ConflictQuestion
    func keyContext(_ s: AppState) -> KeyContext { question.conflict.deleted ? .deletedConflict : .conflict }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        ConflictView.draw(question, s.language, layout, into: &grid)
        return nil
    }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let command = input.command
        var q = question
        switch command {
        case .moveUp?: q.selected = max(0, q.selected - 1)
        case .moveDown?: q.selected = min(max(0, q.rows.count - 1), q.selected + 1)
        case .keepTheirs?, .keepMine?:
            guard !q.conflict.deleted, q.rows.indices.contains(q.selected) else { return [] }
            if q.rows[q.selected].onlyTheirs, command == .keepMine {
                s.say(Catalogue.Dialogs.fieldNotInForm, .info)
                return []
            }
            q.rows[q.selected].keepTheirs = command == .keepTheirs
            if q.selected + 1 < q.rows.count { q.selected += 1 }
        case .submitField?:
            guard !q.conflict.deleted else { return [] }
            guard q.isDecided else {
                s.say(Catalogue.Dialogs.chooseEachField(theirs: KeyTable.keyName(.keepTheirs, in: .conflict), mine: KeyTable.keyName(.keepMine, in: .conflict)), .warning)
                return []
            }
            // The form as if opened on what is on disk now, with each decision in it; then saved again.
            var fs = q.form
            if let current = q.current {
                let theirs = Set(q.rows.filter { $0.keepTheirs == true }.map(\.id))
                fs.form.rebase(on: current, keepTheirs: { theirs.contains($0) })
            }
            fs.base = Update.currentBase(for: q.form, s) ?? fs.base
            s.overlay = .form(fs)
            guard fs.form.isChanged else {
                s.overlay = nil
                s.say(Catalogue.Dialogs.nothingLeftToSave, .info)
                return []
            }
            return FormScreen.saveForm(fs, &s)
        case .addAgain?:
            guard q.conflict.deleted, case .item? = q.form.base else { return [] }
            var fs = q.form
            fs.base = nil
            fs.purpose = .addItem
            s.overlay = .form(fs)
            return FormScreen.saveForm(fs, &s)
        case .cancel?:
            if q.conflict.deleted {
                s.overlay = nil
                // TODO(issue 17): the conflict's description in both languages (FoyerCore's `EditConflict`).
                s.say(Catalogue.Dialogs.notSaved(q.conflict.phrase), .info)
                return []
            }
            s.overlay = .form(q.form)
            return []
        default:
            return []
        }
        s.overlay = .conflict(q)
        return []
    }
}
