import Foundation

/// Who made a change, and when: a desk's name and the time in the event's zone.
public struct ChangeAuthor: Hashable, Sendable, CustomStringConvertible {
    public var desk: String
    public var time: Date
    /// "10:42" in the event's zone (or "19 Mar 10:42" on another day than today's message).
    public var timeText: String
    public init(desk: String, time: Date, zone: TimeZone) {
        self.desk = desk
        self.time = time
        self.timeText = LocalDateTime(time, in: zone).timeText
    }
    /// "desk B at 10:42", "disk B kl. 10:42"
    public var phrase: Phrase {
        desk.isEmpty ? Catalogue.Conflicts.anotherDesk(time: timeText) : Catalogue.Conflicts.author(desk: desk, time: timeText)
    }
    public var description: String { phrase.en }
}

/// One field that another desk changed after this desk read it, while this desk changes it too.
public struct FieldConflict: Hashable, Sendable {
    /// The stored name: "phone", "title", "price".
    public var field: String
    /// What this desk read (the form was opened with it), what is on disk now, and what this desk wants.
    /// Values are data shown as they are, or words ("(deleted)", "3 items") in both languages.
    public var basePhrase: Phrase
    public var theirsPhrase: Phrase
    public var minePhrase: Phrase
    /// Who last changed it, when the history still says (a compaction forgets the registrants' desks).
    public var author: ChangeAuthor?
    /// How the field is named to a person when it is not a stored name ("the registration"); else `field`.
    public var label: Phrase?

    public init(field: String, base: String, theirs: String, mine: String, author: ChangeAuthor?) {
        self.init(field: field, base: Phrase(verbatim: base), theirs: Phrase(verbatim: theirs), mine: Phrase(verbatim: mine), author: author)
    }
    public init(field: String, base: Phrase, theirs: Phrase, mine: Phrase, author: ChangeAuthor?, label: Phrase? = nil) {
        self.field = field; self.basePhrase = base; self.theirsPhrase = theirs; self.minePhrase = mine; self.author = author; self.label = label
    }
}

/// An edit that was not saved because another desk changed the same thing meanwhile: decided inside
/// the lock against what is on disk, never an overwrite in silence. The fields nobody else touched
/// would have merged; these need a person to choose.
public struct EditConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was edited, for people: "SAF-0064 Agnes Olsson", "“Lunch”", "the category “Student”".
    public var subjectPhrase: Phrase
    public var fields: [FieldConflict]
    /// Set when another desk deleted it: there is nothing left to edit (it can be added again).
    public var deletedBy: ChangeAuthor?
    /// True when it was deleted and the history did not say who did it.
    public var deleted: Bool
    /// The conflict was met by an undo: undo leaves another desk's later change as it is.
    public var isUndo: Bool

    public init(subject: String, fields: [FieldConflict] = [], deleted: Bool = false, deletedBy: ChangeAuthor? = nil, isUndo: Bool = false) {
        self.init(subject: Phrase(verbatim: subject), fields: fields, deleted: deleted, deletedBy: deletedBy, isUndo: isUndo)
    }
    public init(subject: Phrase, fields: [FieldConflict] = [], deleted: Bool = false, deletedBy: ChangeAuthor? = nil, isUndo: Bool = false) {
        self.subjectPhrase = subject; self.fields = fields; self.deleted = deleted || deletedBy != nil; self.deletedBy = deletedBy; self.isUndo = isUndo
    }

    public var phrase: Phrase {
        // Said after "Not saved: " or "Not undone: ", so it names only what happened.
        typealias Words = Catalogue.Conflicts
        if deleted {
            return Words.deleted(subject: subjectPhrase, at: deletedBy.map { Words.at($0.phrase) } ?? Words.atAnotherDesk)
        }
        let each = fields.map { f in
            Words.changed(field: f.label ?? Phrase(verbatim: f.field), at: f.author.map { Words.at($0.phrase) } ?? Words.atAnotherDesk, to: f.theirsPhrase)
        }
        return Words.fields(subject: subjectPhrase, each.joined(separator: Phrase(verbatim: "; "))) + (isUndo ? Words.leftAsItIs : .empty)
    }
    public var description: String { phrase.en }
}

/// A registration refused because the person is already registered: decided inside the lock against
/// what is on disk, so two desks registering one walk-in at once give one registration.
public struct DuplicateRegistration: Error, Hashable, Sendable, CustomStringConvertible {
    public var existingCode: String
    public var existingName: String
    /// "the same email", "the same phone", "the same name" (`DuplicateRule.Reason.name`)
    public var reasonPhrase: Phrase
    public var author: ChangeAuthor?

    public init(existingCode: String, existingName: String, reason: String, author: ChangeAuthor?) {
        self.init(existingCode: existingCode, existingName: existingName, reason: Phrase(verbatim: reason), author: author)
    }
    public init(existingCode: String, existingName: String, reason: Phrase, author: ChangeAuthor?) {
        self.existingCode = existingCode; self.existingName = existingName; self.reasonPhrase = reason; self.author = author
    }

    public var phrase: Phrase {
        Catalogue.Conflicts.duplicate(name: existingName, code: existingCode, reason: reasonPhrase,
                                      author: author.map { Catalogue.Conflicts.duplicateAuthor($0.phrase) } ?? .empty)
    }
    public var description: String { phrase.en }
}

/// What must still hold for a change to go through: an undo reverts only what this desk set.
public enum ChangeExpectation: Hashable, Sendable {
    /// These fields still have these values (what this desk's edit set, or what its form was opened with).
    case fields(RegistrantEdit)
    /// The registration still has this status.
    case status(RegistrationStatus)
    /// The registrant is exactly as this desk left it (undoing a registration deletes it).
    case unchanged(Registrant)
}
