import Foundation
import FoyerCore

/// The event-details form's part of `update`: checked with the command line's rules, saved as one
/// details operation against what the form was opened with (another desk's change to another detail is
/// kept), and, when the first day moves, the programme moved along if the person says so.
enum EventDetailsSaving {
    static func save(_ fs: FormState, moveProgramme: Bool?, _ s: inout AppState) -> [Effect] {
        guard case .event(let base)? = fs.base else { return [] }
        let (edited, problems, warnings) = EventDetailsForm.edited(from: fs.form, base: base, registered: s.registry.count)
        guard Update.acceptForm(fs, errors: problems, &s) else { return [] }
        guard fs.form.isChanged else { s.overlay = nil; s.say(Catalogue.Agenda.nothingChanged, .info); return [] }
        var event = edited
        if edited.date != base.date, !base.programmeItems.isEmpty {
            guard let moveProgramme else {
                s.overlay = .dateMove(DateMoveQuestion(form: fs, from: base.date, to: edited.date, items: base.programmeItems.count))
                return []
            }
            if moveProgramme {
                // Everything moves by the same days; the end and deadline as typed in the form win.
                let moved = base.shifted(byDays: edited.date.daysSinceEpoch - base.date.daysSinceEpoch)
                event.programmeItems = moved.programmeItems
                if edited.registrationDeadline == base.registrationDeadline { event.registrationDeadline = moved.registrationDeadline }
                if edited.endDate == base.endDate { event.endDate = moved.endDate }
            }
        }
        let operations = EventOperation.detailsChange(from: base, to: event)
        let fields: [String] = operations.lazy.compactMap { (op: EventOperation) -> [String]? in
            if case .editDetails(let set, _) = op { return set.fields }
            return nil
        }.first ?? []
        typealias C = Catalogue.EventDetails
        let what = C.details(fields: fields.joined(separator: ", "))
        s.overlay = .form(fs)
        let message = Catalogue.Agenda.saved(what + (operations.count > 1 ? C.andMovedProgramme : .empty))
        return [.applyEvent(operations, message: message, warning: warnings.first.map { C.warning($0.description) },
                            kind: .edit(description: C.editOf(what), select: nil))]
    }
}
