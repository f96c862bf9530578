import Foundation

/// Changes that carry what they were based on: an edit with the values its form was opened with, an
/// undo with the values this desk set. Decided under the lock against the latest journal state: a field
/// nobody else touched merges silently; a field another desk changed since is a conflict, never an
/// overwrite (unless the person chose to, `force`).
extension EventStore {
    /// Commits `change` if `expecting` still holds, else throws `StoreError.conflict` naming each field,
    /// who changed it and when. For an edit, `expecting: .fields(base)` gives per field the value the form
    /// was opened with: only the fields whose value on disk is still that value (or already the new one)
    /// are written. Returns nil when nothing needed writing (every field already had the new value).
    @discardableResult
    public func commit(_ change: Change, expecting: ChangeExpectation?, force: Bool = false, isUndo: Bool = false) throws -> JournalEntry? {
        try withWriteLock { journal in try guardedAppend(change, expecting: expecting, force: force, isUndo: isUndo, to: journal) }
    }

    /// `commit(_:expecting:)` with the lock held.
    func guardedAppend(_ change: Change, expecting: ChangeExpectation?, force: Bool, isUndo: Bool, to journal: JournalFile) throws -> JournalEntry? {
        guard let expecting else { return try append(change, to: journal) }
        let code = change.code
        guard let current = registry[code] else {
            // Deleted at another desk meanwhile (or never there): say so rather than "no such code".
            if let deletion = lastEntry(about: code, where: { if case .delete = $0 { return true }; return false }) {
                throw StoreError.conflict(EditConflict(subject: code, deletedBy: author(of: deletion), isUndo: isUndo))
            }
            return try append(change, to: journal)
        }
        let subject = "\(current.code) \(current.fullName)"
        switch (change, expecting) {
        case (.edit(_, let edit), .fields(let base)):
            var merged = RegistrantEdit()
            var conflicts: [FieldConflict] = []
            for field in edit.fields {
                let mine = field.value(in: edit)!, now = field.value(in: current)
                if now == mine { continue } // already so: nothing to write, nothing to fight over
                let was = field.value(in: base) ?? now
                if now == was || force { field.set(mine, in: &merged); continue }
                conflicts.append(FieldConflict(field: field.storedName, base: was.description, theirs: now.description,
                                               mine: mine.description, author: lastAuthor(of: field, code: code)))
            }
            guard conflicts.isEmpty else { throw StoreError.conflict(EditConflict(subject: subject, fields: conflicts, isUndo: isUndo)) }
            guard !merged.isEmpty else { return nil }
            return try append(.edit(code: code, merged), to: journal)
        case (_, .status(let expected)):
            guard current.status == expected || force else {
                let author = lastEntry(about: code, where: { if case .setStatus = $0 { return true }; return false }).map(author(of:))
                throw StoreError.conflict(EditConflict(subject: subject, fields: [FieldConflict(
                    field: "status", base: expected.name, theirs: current.status.name,
                    mine: { if case .setStatus(_, let s) = change { return s.name }; return .empty }(), author: author)], isUndo: isUndo))
            }
            return try append(change, to: journal)
        case (_, .unchanged(let expected)):
            guard current == expected || force else {
                let last = lastEntry(about: code, where: { _ in true })
                let what = last.map { journalEntries[$0].change.summaryPhrase } ?? Catalogue.Conflicts.theRegistration
                var field = FieldConflict(field: what.en, base: "", theirs: "", mine: "", author: last.map(author(of:)))
                field.label = what
                throw StoreError.conflict(EditConflict(subject: subject, fields: [field], isUndo: isUndo))
            }
            return try append(change, to: journal)
        default:
            return try append(change, to: journal)
        }
    }

    /// The index of the newest journal entry about `code` that `matches`.
    func lastEntry(about code: String, where matches: (Change) -> Bool) -> Int? {
        journalEntries.lastIndex { $0.change.code == code && matches($0.change) }
    }

    func author(of index: Int) -> ChangeAuthor {
        ChangeAuthor(desk: journalEntries[index].desk, time: journalEntries[index].time, zone: event.timeZone)
    }

    /// Who last set this field of this registrant (an edit, or the registration itself).
    func lastAuthor(of field: RegistrantField, code: String) -> ChangeAuthor? {
        lastEntry(about: code) { change in
            switch change {
            case .edit(_, let e): return field.value(in: e) != nil
            case .register: return true
            default: return false
            }
        }.map(author(of:))
    }
}
