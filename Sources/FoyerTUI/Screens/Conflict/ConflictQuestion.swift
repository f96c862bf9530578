import Foundation
import FoyerCore

/// A save that met another desk's change: the form (kept, with the typing), and per field theirs (with
/// desk and time) and mine. The save goes through only when each field is decided.
public struct ConflictQuestion: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        /// The form field's id (or the stored name when the form has no such field).
        public var id: String
        public var label: Phrase
        /// The values: data as typed, or the store's words ("(deleted)") in both languages.
        public var theirs: Phrase
        public var mine: Phrase
        public var author: ChangeAuthor?
        /// nil until decided; true keeps theirs.
        public var keepTheirs: Bool?
        /// A field the form does not show can only be taken as theirs.
        public var onlyTheirs: Bool
    }
    public var form: FormState
    public var conflict: EditConflict
    /// The form as it would open on what is on disk now: what "theirs" means field by field.
    public var current: Form?
    public var rows: [Row]
    public var selected = 0

    public var isDecided: Bool { rows.allSatisfy { $0.keepTheirs != nil } }

    /// The rows from the form (mine), the form it was opened with, and the form on what is on disk now;
    /// the store's conflict gives who changed each field and any field the form does not show.
    public init(form: FormState, conflict: EditConflict, current: Form?) {
        self.form = form
        self.conflict = conflict
        self.current = current
        var rows: [Row] = []
        func author(_ id: String) -> ChangeAuthor? {
            conflict.fields.first { $0.field == id || ($0.field == "feeCategory" || $0.field == "price") && id == "category" }?.author
                ?? conflict.fields.first?.author
        }
        if let current {
            for field in form.form.fields {
                guard let theirs = current.fields.first(where: { $0.id == field.id }), let base = form.form.originalValue(field.id) else { continue }
                if field.text != base, theirs.text != base, field.text != theirs.text {
                    rows.append(Row(id: field.id, label: field.label, theirs: Phrase(verbatim: theirs.text), mine: Phrase(verbatim: field.text), author: author(field.id), keepTheirs: nil, onlyTheirs: false))
                }
            }
        }
        if rows.isEmpty {
            // The store saw a conflict the form cannot show (a field it has no box for): theirs stands.
            rows = conflict.fields.map { Row(id: $0.field, label: $0.label ?? Phrase(verbatim: $0.field), theirs: $0.theirsPhrase, mine: $0.minePhrase, author: $0.author, keepTheirs: true, onlyTheirs: true) }
        }
        self.rows = rows
    }
}
