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
    /// "desk B at 10:42"
    public var description: String { (desk.isEmpty ? "another desk" : "desk " + desk) + " at " + timeText }
}

/// One field that another desk changed after this desk read it, while this desk changes it too.
public struct FieldConflict: Hashable, Sendable {
    /// The stored name: "phone", "title", "price".
    public var field: String
    /// What this desk read (the form was opened with it), what is on disk now, and what this desk wants.
    public var base: String
    public var theirs: String
    public var mine: String
    /// Who last changed it, when the history still says (a compaction forgets the registrants' desks).
    public var author: ChangeAuthor?

    public init(field: String, base: String, theirs: String, mine: String, author: ChangeAuthor?) {
        self.field = field; self.base = base; self.theirs = theirs; self.mine = mine; self.author = author
    }
}

/// An edit that was not saved because another desk changed the same thing meanwhile: decided inside
/// the lock against what is on disk, never an overwrite in silence. The fields nobody else touched
/// would have merged; these need a person to choose.
public struct EditConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was edited, for people: "SAF-0064 Agnes Olsson", "“Lunch”", "the category “Student”".
    public var subject: String
    public var fields: [FieldConflict]
    /// Set when another desk deleted it: there is nothing left to edit (it can be added again).
    public var deletedBy: ChangeAuthor?
    /// True when it was deleted and the history did not say who did it.
    public var deleted: Bool
    /// The conflict was met by an undo: undo leaves another desk's later change as it is.
    public var isUndo: Bool

    public init(subject: String, fields: [FieldConflict] = [], deleted: Bool = false, deletedBy: ChangeAuthor? = nil, isUndo: Bool = false) {
        self.subject = subject; self.fields = fields; self.deleted = deleted || deletedBy != nil; self.deletedBy = deletedBy; self.isUndo = isUndo
    }

    public var description: String {
        // Said after "Not saved: " or "Not undone: ", so it names only what happened.
        if deleted {
            return "\(subject) was deleted " + (deletedBy.map { "at \($0)" } ?? "at another desk")
        }
        let each = fields.map { f in
            "\(f.field) was changed " + (f.author.map { "at \($0)" } ?? "at another desk") + " to “\(f.theirs)”"
        }
        return "\(subject): " + each.joined(separator: "; ") + (isUndo ? "; left as it is" : "")
    }
}

/// A registration refused because the person is already registered: decided inside the lock against
/// what is on disk, so two desks registering one walk-in at once give one registration.
public struct DuplicateRegistration: Error, Hashable, Sendable, CustomStringConvertible {
    public var existingCode: String
    public var existingName: String
    /// "the same email", "the same phone", "the same name" (`DuplicateRule.Reason.text`)
    public var reason: String
    public var author: ChangeAuthor?

    public init(existingCode: String, existingName: String, reason: String, author: ChangeAuthor?) {
        self.existingCode = existingCode; self.existingName = existingName; self.reason = reason; self.author = author
    }

    public var description: String {
        "DUPLICATE: \(existingName) is already registered as \(existingCode) (\(reason)" + (author.map { ", at \($0)" } ?? "") + "); not registered again"
    }
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
