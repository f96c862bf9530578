import FoyerCore

extension Update {
    /// Marks a form's errors beside their fields and keeps it open, focused on the first; true when there
    /// are none and the form can be saved.
    static func acceptForm(_ fs: FormState, errors: [String: Phrase], _ s: inout AppState) -> Bool {
        guard !errors.isEmpty else { return true }
        var marked = fs
        marked.form.clearErrors()
        for (id, message) in errors { marked.form.setError(id, message) }
        marked.form.focus = marked.form.fields.firstIndex { $0.error != nil } ?? marked.form.focus
        s.overlay = .form(marked)
        s.say(Catalogue.Dialogs.correctTheField, .error)
        return false
    }
}
