import Foundation
import FoyerCore

/// A form over a pane (a programme item, a registrant, a payment, a category, a walk-in, the event's
/// details, a new event, a list's entry): fields edited in place, each checked as it is left, and a
/// save that sends what its purpose says to the store. The form stays open until the store answers.
struct FormScreen: Screen {
    var state: FormState
    func keyContext(_ s: AppState) -> KeyContext { .form }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        Self.formKey(input, state, &s)
    }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        FormView.draw(state.form, layout, s.language, into: &grid)
    }

    static func formKey(_ input: ScreenInput, _ formState: FormState, _ s: inout AppState) -> [Effect] {
        var fs = formState
        // The focused field gets editing keys first, so Space and letters type rather than command.
        if fs.form.edit(input.key, width: FormView.fieldWidth(fs.form, s.layout, s.language)) {
            if let field = fs.form.fields[safe: fs.form.focus], field.error != nil {
                fs.form.setError(field.id, fieldError(field.id, fs, s))
            }
            fs.form.offerZones()
            s.overlay = .form(fs)
            return []
        }
        switch input.command {
        case .nextField?, .previousField?:
            leaveField(&fs, s)
            fs.form.moveFocus(input.command == .nextField ? 1 : -1)
            s.overlay = .form(fs)
        case .submitField?:
            if fs.form.focus == fs.form.fields.count - 1 { return saveForm(fs, &s) }
            leaveField(&fs, s)
            fs.form.moveFocus(1)
            s.overlay = .form(fs)
        case .save?:
            return saveForm(fs, &s)
        case .cancel?:
            if fs.form.isChanged {
                s.overlay = .confirm(Confirmation(question: Catalogue.Dialogs.discardChanges, consequence: .discardForm, returnTo: fs))
            } else {
                s.overlay = nil
            }
        default:
            break
        }
        return []
    }

    static func leaveField(_ fs: inout FormState, _ s: AppState) {
        guard let field = fs.form.fields[safe: fs.form.focus] else { return }
        fs.form.setError(field.id, fieldError(field.id, fs, s))
    }

    /// The error a field shows as the person leaves it, by what the form is for.
    static func fieldError(_ id: String, _ fs: FormState, _ s: AppState) -> Phrase? {
        switch fs.purpose {
        case .addItem, .editItem: return ProgrammeItemForm.problem(in: id, of: fs.form)
        case .newRegistrant, .editRegistrant:
            return RegistrantForm.errors(of: RegistrantsScreen.draft(fs, s), event: s.event)[id]
        case .payment(let code):
            guard let r = s.registry[code] else { return nil }
            return PaymentForm.errors(fs.form, registrant: r, event: s.event)[id]
        case .addCategory, .editCategory:
            return CategoryForm.problems(fs.form, event: s.event)[id]
        case .walkIn:
            return RegistrantForm.errors(of: WalkInForm.draft(fs.form, event: s.event, registry: s.registry, now: s.now), event: s.event)[id]
        case .listEntry(let kind, let index):
            guard case .event(let base)? = fs.base else { return nil }
            return kind.saved(fs.form, into: base, index: index).problems[id]
        case .newEvent:
            return NewEventForm.made(from: fs.form, copying: { if case .event(let e)? = fs.base { return e }; return nil }(),
                                     existing: s.events.map(\.id)).problems[id]
        case .eventDetails:
            guard case .event(let base)? = fs.base else { return nil }
            return EventDetailsForm.edited(from: fs.form, base: base, registered: s.registry.count).problems[id]
        }
    }

    static func saveForm(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        if fs.purpose.isRegistrant { return RegistrantsScreen.saveForm(fs, &s, allowDuplicate: false) }
        if case .payment(let code) = fs.purpose { return RegistrantsScreen.savePayment(fs, code: code, &s) }
        if fs.purpose == .walkIn { return CheckInScreen.saveWalkIn(fs, &s) }
        if fs.purpose == .eventDetails { return EventDetailsSaving.save(fs, moveProgramme: nil, &s) }
        if case .newEvent = fs.purpose { return NewEventForm.save(fs, &s) }
        if case .listEntry(let kind, let index) = fs.purpose { return EventListScreen.saveEntry(fs, kind: kind, index: index, &s) }
        if fs.purpose == .addCategory || { if case .editCategory = fs.purpose { return true }; return false }() {
            return FeesScreen.saveForm(fs, &s)
        }
        let opened: ProgrammeItem? = { if case .item(let item)? = fs.base { return item }; return nil }()
        switch ProgrammeItemForm.item(from: fs.form, base: opened, event: s.event) {
        case .invalid(var marked):
            marked.focus = marked.fields.firstIndex { $0.error != nil } ?? marked.focus
            var kept = fs
            kept.form = marked
            s.overlay = .form(kept)
            s.say(Catalogue.Dialogs.correctTheField, .error)
            return []
        case .valid(let item):
            guard fs.form.isChanged else { s.overlay = nil; s.say(Catalogue.RegistrantForms.nothingChanged, .info); return [] }
            let updated = s.event.savingItem(item)
            let problems = updated.programme.problemPhrases().filter { $0.en.contains("\"\(item.title)\"") }
            let what = opened == nil ? Catalogue.Dialogs.itemAdded(item.title) : Catalogue.Dialogs.itemEdited(item.title)
            let operation: EventOperation
            if let opened {
                let (set, base) = FieldPatch.diff(from: opened, to: item)
                operation = .editItem(id: item.id, set: set, base: base)
            } else {
                operation = .addItem(item: item)
            }
            // The form stays open until the store says it is saved: a failure or a conflict keeps the typing.
            return [.applyEvent([operation], message: Catalogue.Dialogs.saved(what), warning: problems.first.map { Catalogue.Dialogs.warning($0) },
                                kind: .edit(description: what, select: item.id))]
        }
    }
}
