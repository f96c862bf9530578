import Foundation

/// One change to what event.json holds (the programme, the fee categories, the event's details),
/// applied inside the lock to the event.json on disk at that moment, never to a copy a desk read
/// earlier. An edit carries the values it was based on (what the form was opened with); a field that
/// another desk changed since is a conflict, the rest merges. Each applied operation is a line of the
/// event's history (`event-history.jsonl`).
public enum EventOperation: Hashable, Sendable, Codable {
    case addItem(item: ProgrammeItem)
    case editItem(id: String, set: FieldPatch, base: FieldPatch)
    /// `base` is the item as this desk saw it: a delete over another desk's later edit is a conflict.
    case deleteItem(id: String, base: ProgrammeItem?)
    /// A whole programme (an import, or undoing one); `base` is the programme the preview was made from.
    case replaceProgramme(items: [ProgrammeItem], base: [ProgrammeItem]?)
    case addCategory(category: FeeCategory)
    case editCategory(id: String, set: FieldPatch, base: FieldPatch)
    /// Only a category nobody is registered at (undoing an add); otherwise retire it.
    case deleteCategory(id: String, base: FeeCategory?)
    /// The event's own fields (title, dates, venue, …); never the programme or the fees.
    case editDetails(set: FieldPatch, base: FieldPatch)


    /// The same in both languages (a category's name in English, as the history has always said it).
    public func summaryPhrase(in event: Event) -> Phrase {
        typealias Words = Catalogue.History
        func quoted(_ title: String) -> Phrase { Catalogue.Conflicts.quoted(title) }
        func quoted(_ name: Phrase) -> Phrase { Catalogue.Conflicts.quoted(name) }
        func item(_ id: String) -> Phrase { event.programmeItems.first { $0.id == id }.map { quoted($0.title) } ?? Phrase(verbatim: id) }
        func category(_ id: String) -> Phrase { event.feeCategory(id: id).map { quoted(Catalogue.Fees.categoryName($0)) } ?? Phrase(verbatim: id) }
        switch self {
        case .addItem(let i): return Words.added(i.title)
        case .editItem(let id, let set, _): return Words.edited(item(id), fields: set.fields.joined(separator: ", "))
        case .deleteItem(let id, let base): return Words.deleted(base.map { quoted($0.title) } ?? Phrase(verbatim: id))
        case .replaceProgramme(let items, _): return Words.replacedProgramme(items: items.count)
        case .addCategory(let c): return Words.addedCategory(Catalogue.Fees.categoryName(c))
        case .editCategory(let id, let set, _): return Words.changedCategory(category(id), fields: set.fields.joined(separator: ", "))
        case .deleteCategory(let id, let base): return Words.removedCategory(base.map { quoted(Catalogue.Fees.categoryName($0)) } ?? Phrase(verbatim: id))
        case .editDetails(let set, _): return Words.changedDetails(set.fields.joined(separator: ", "))
        }
    }

    /// The programme item or category this is about, for the history of one thing.
    public var itemID: String? {
        switch self {
        case .addItem(let i): return i.id
        case .editItem(let id, _, _), .deleteItem(let id, _): return id
        default: return nil
        }
    }
    /// True when this operation changed `field` (any field when nil) of the item `itemID`, of the
    /// category `categoryID`, of the programme as a whole (`field` "programme"), or of the event's details
    /// (neither id): what a conflict's "changed at desk A at 10:42" is looked up by.
    func touches(itemID: String?, categoryID: String?, field: String?) -> Bool {
        let replacesProgramme: Bool = { if case .replaceProgramme = self { return true }; return false }()
        if let itemID {
            guard self.itemID == itemID || replacesProgramme else { return false }
        } else if let categoryID {
            guard self.categoryID == categoryID else { return false }
        } else if field == "programme" {
            return self.itemID != nil || replacesProgramme
        } else {
            guard case .editDetails = self else { return false }
        }
        switch self {
        case .editItem(_, let set, _), .editCategory(_, let set, _), .editDetails(let set, _): return field.map { set[$0] != nil } ?? true
        default: return true
        }
    }

    public var categoryID: String? {
        switch self {
        case .addCategory(let c): return c.id
        case .editCategory(let id, _, _), .deleteCategory(let id, _): return id
        default: return nil
        }
    }
}

/// An operation as it went through: what it did to the latest event, and what undoes exactly that.
public struct AppliedOperation: Hashable, Sendable {
    public var operation: EventOperation
    public var inverse: EventOperation
}

/// What the event's history knows of who last touched a field (for conflicts): nil when it does not.
public typealias AuthorLookup = (_ itemID: String?, _ categoryID: String?, _ field: String?) -> ChangeAuthor?

extension EventOperation {
    /// Applies this operation to `event` (the latest on disk), or throws the conflict. Returns nil when it
    /// changes nothing (every field already had the new value, the item was deleted already).
    /// `registeredAt` counts who holds a category, so a category in use is never deleted.
    public func apply(to event: Event, force: Bool = false, isUndo: Bool = false, registeredAt: (String) -> Int = { _ in 0 },
                      author: AuthorLookup = { _, _, _ in nil }) throws -> (Event, AppliedOperation)? {
        var e = event
        switch self {
        case .addItem(var item):
            // Two desks adding "Coffee" at once must get two items, not one replacing the other.
            if e.programmeItems.contains(where: { $0.id == item.id }) { item.id = e.newItemID(title: item.title) }
            e = e.savingItem(item)
            return (e, AppliedOperation(operation: .addItem(item: item), inverse: .deleteItem(id: item.id, base: item)))
        case .editItem(let id, let set, let base):
            guard let current = e.programmeItems.first(where: { $0.id == id }) else {
                throw EditConflict(subject: Catalogue.Conflicts.programmeItem(base["title"].map { Catalogue.Conflicts.quoted(FieldPatch.display($0)) } ?? Phrase(verbatim: id)),
                                   deleted: true, deletedBy: author(id, nil, nil), isUndo: isUndo)
            }
            // Named as the desk knew it: its own screen still shows the title it opened.
            let title = base["title"].map(FieldPatch.display) ?? current.title
            guard let (merged, was) = try Self.merge(set, base: base, into: current, subject: Catalogue.Conflicts.quoted(title), force: force, isUndo: isUndo,
                                                     author: { author(id, nil, $0) }) else { return nil }
            e = e.savingItem(try merged.applied(to: current))
            return (e, AppliedOperation(operation: .editItem(id: id, set: merged, base: was), inverse: .editItem(id: id, set: was, base: merged)))
        case .deleteItem(let id, let base):
            guard let current = e.programmeItems.first(where: { $0.id == id }) else { return nil }
            if let base, base != current, !force {
                let (theirs, was) = FieldPatch.diff(from: base, to: current)
                throw EditConflict(subject: Catalogue.Conflicts.quoted(current.title), fields: theirs.fields.map {
                    FieldConflict(field: $0, base: Phrase(verbatim: FieldPatch.display(was[$0] ?? "null")), theirs: Phrase(verbatim: FieldPatch.display(theirs[$0] ?? "null")),
                                  mine: Catalogue.Conflicts.deletedValue, author: author(id, nil, $0))
                }, isUndo: isUndo)
            }
            e = e.removingItem(id: id)
            return (e, AppliedOperation(operation: .deleteItem(id: id, base: current), inverse: .addItem(item: current)))
        case .replaceProgramme(let items, let base):
            if let base, base != e.programmeItems, !force {
                throw EditConflict(subject: Catalogue.Conflicts.theProgramme, fields: [FieldConflict(
                    field: "programme", base: Catalogue.Conflicts.items(base.count), theirs: Catalogue.Conflicts.items(e.programmeItems.count),
                    mine: Catalogue.Conflicts.items(items.count), author: author(nil, nil, "programme"), label: Catalogue.Conflicts.programmeField)], isUndo: isUndo)
            }
            let before = e.programmeItems
            e = e.replacingProgramme(with: items)
            guard e != event else { return nil }
            return (e, AppliedOperation(operation: .replaceProgramme(items: e.programmeItems, base: before),
                                        inverse: .replaceProgramme(items: before, base: e.programmeItems)))
        case .addCategory(var category):
            var n = 2
            let stem = category.id
            while e.feeCategory(id: category.id) != nil { category.id = "\(stem)-\(n)"; n += 1 }
            e.feeCategories.append(category)
            return (e, AppliedOperation(operation: .addCategory(category: category), inverse: .deleteCategory(id: category.id, base: category)))
        case .editCategory(let id, let set, let base):
            guard let i = e.feeCategories.firstIndex(where: { $0.id == id }) else {
                throw EditConflict(subject: Catalogue.Conflicts.category(Phrase(verbatim: id)), deleted: true, deletedBy: author(nil, id, nil), isUndo: isUndo)
            }
            let current = e.feeCategories[i]
            guard let (merged, was) = try Self.merge(set, base: base, into: current, subject: Catalogue.Conflicts.category(Catalogue.Conflicts.quoted(Catalogue.Fees.categoryName(current))),
                                                     force: force, isUndo: isUndo, author: { author(nil, id, $0) }) else { return nil }
            e.feeCategories[i] = try merged.applied(to: current)
            return (e, AppliedOperation(operation: .editCategory(id: id, set: merged, base: was), inverse: .editCategory(id: id, set: was, base: merged)))
        case .deleteCategory(let id, let base):
            guard let i = e.feeCategories.firstIndex(where: { $0.id == id }) else { return nil }
            let current = e.feeCategories[i]
            let holders = registeredAt(id)
            if holders > 0 || (base != nil && base != current && !force) {
                throw EditConflict(subject: Catalogue.Conflicts.category(Catalogue.Conflicts.quoted(Catalogue.Fees.categoryName(current))), fields: [FieldConflict(
                    field: holders > 0 ? "registrants" : "category", base: .empty,
                    theirs: holders > 0 ? Catalogue.Conflicts.registeredAtIt(holders) : Catalogue.Conflicts.changedSince,
                    mine: Catalogue.Conflicts.removedValue, author: author(nil, id, nil),
                    label: holders > 0 ? Catalogue.Conflicts.registrantsField : Catalogue.Conflicts.categoryField)], isUndo: isUndo)
            }
            e.feeCategories.remove(at: i)
            return (e, AppliedOperation(operation: .deleteCategory(id: id, base: current), inverse: .addCategory(category: current)))
        case .editDetails(let set, let base):
            let guarded = set.values.filter { $0.key != "programme" && $0.key != "feeCategories" }
            guard let (merged, was) = try Self.merge(FieldPatch(guarded), base: base, into: e, subject: Catalogue.Conflicts.eventDetails, force: force,
                                                     isUndo: isUndo, author: { author(nil, nil, $0) }) else { return nil }
            e = try merged.applied(to: e)
            return (e, AppliedOperation(operation: .editDetails(set: merged, base: was), inverse: .editDetails(set: was, base: merged)))
        }
    }

    /// The per-field rule: a field whose value on disk is still the base (or already the new value) is
    /// written; one another desk changed since is a conflict, unless forced. Returns the fields to write
    /// and their values before, or nil when there is nothing to write.
    static func merge<T: Encodable>(_ set: FieldPatch, base: FieldPatch, into current: T, subject: Phrase, force: Bool, isUndo: Bool,
                                    author: (String) -> ChangeAuthor?) throws -> (FieldPatch, FieldPatch)? {
        let now = FieldPatch.fields(of: current)
        var merged = FieldPatch(), was = FieldPatch(), conflicts: [FieldConflict] = []
        for field in set.fields {
            let mine = set[field]!, onDisk = now[field] ?? "null"
            if onDisk == mine { continue }
            let read = base[field] ?? onDisk
            if onDisk == read || force { merged[field] = mine; was[field] = onDisk; continue }
            conflicts.append(FieldConflict(field: field, base: FieldPatch.display(read), theirs: FieldPatch.display(onDisk),
                                           mine: FieldPatch.display(mine), author: author(field)))
        }
        guard conflicts.isEmpty else { throw EditConflict(subject: subject, fields: conflicts, isUndo: isUndo) }
        return merged.isEmpty ? nil : (merged, was)
    }
}

extension EventOperation {
    /// The operations that turn `old`'s details (and programme, when a date change moved it) into `new`'s:
    /// one details edit of the fields that differ, based on `old`'s values, and a programme replacement
    /// based on `old`'s items. The fees are the fees pane's and never part of it.
    public static func detailsChange(from old: Event, to new: Event) -> [EventOperation] {
        var operations: [EventOperation] = []
        let (set, base) = FieldPatch.diff(from: old, to: new)
        let details = set.values.filter { $0.key != "programme" && $0.key != "feeCategories" }
        if !details.isEmpty { operations.append(.editDetails(set: FieldPatch(details), base: base)) }
        if new.programmeItems != old.programmeItems {
            operations.append(.replaceProgramme(items: new.programmeItems, base: old.programmeItems))
        }
        return operations
    }
}
