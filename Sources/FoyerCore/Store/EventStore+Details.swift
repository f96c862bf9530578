/// Saving the event's own details (title, dates, venue, contacts, speakers, texts): what changed from the
/// event as this store read it, checked, then applied to the event on disk as operations, so another
/// desk's change to another field is kept and one to the same field is a conflict.
extension EventStore {
    /// Applies `change` to the event as read and saves what differs. A moved programme (a date change
    /// that takes the items along) is saved in the same step. Throws `StoreError.rejected` with every
    /// reason when a detail does not pass `EventDetailsCheck`; returns the save and the warnings.
    @discardableResult
    public func saveDetails(force: Bool = false, _ change: (inout Event) throws -> Void) throws -> (save: EventSave, warnings: [DetailProblem]) {
        let before = event
        var after = before
        try change(&after)
        let problems = EventDetailsCheck.problems(after, registered: registry.count, codePrefixBefore: before.codePrefix)
        let errors = problems.filter { !$0.isWarning }
        guard errors.isEmpty else { throw StoreError.rejected(.invalid(errors.map(\.fullPhrase).joined(separator: Phrase(verbatim: "; ")))) }
        return (try apply(EventOperation.detailsChange(from: before, to: after), force: force), problems.filter(\.isWarning))
    }
}
