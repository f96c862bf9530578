import ArgumentParser
import FoyerCore

/// The fields of a programme item the command line edits, named as event.json stores them, each with
/// how a typed value sets it: one table for the options and for `--expect`, so an expected value is
/// turned into JSON text exactly as the new value is.
enum ProgrammeItemField: String, CaseIterable {
    case title, room, description, start, end

    /// Sets this field of `item` from text as typed: times as HH:MM on the item's day, an empty room,
    /// description or end as none (the event's room; no description; ends when the next item starts).
    func set(_ text: String, in item: inout ProgrammeItem) throws {
        let trimmed = text.trimmed
        switch self {
        case .title:
            guard !trimmed.isEmpty else { throw ValidationError(CL.itemNeedsTitle) }
            item.title = trimmed
        case .room: item.room = trimmed.isEmpty ? nil : trimmed
        case .description: item.description = trimmed.isEmpty ? nil : trimmed
        case .start: item.start = try Self.time(trimmed, notATime: CL.startNotATime(trimmed), on: item.start.date)
        case .end: item.end = trimmed.isEmpty ? nil : try Self.time(trimmed, notATime: CL.endNotATime(trimmed), on: item.start.date)
        }
    }

    private static func time(_ text: String, notATime: Phrase, on day: LocalDate) throws -> LocalDateTime {
        guard let time = LocalDateTime.parseTime(text) else { throw ValidationError(notATime) }
        return LocalDateTime(date: day, hour: time.hour, minute: time.minute)
    }

    /// This field of `item` as event.json holds it ("null" when absent), for the base of an edit.
    func json(in item: ProgrammeItem) -> String { FieldPatch.fields(of: item)[rawValue] ?? "null" }
}

/// Finding the item a command names, and saying why there is none.
enum ProgrammeItemLookup {
    /// The item with `id` as this command read it. When there is none, throws: a conflict (exit 4) if
    /// the event's history says a desk deleted it, so a script editing it learns who removed it; else
    /// the ids there are (exit 1).
    static func item(_ id: String, in store: EventStore) throws -> ProgrammeItem {
        if let item = store.event.programmeItems.first(where: { $0.id == id }) { return item }
        if let deletion = deletion(of: id, in: store) {
            let title = { if case .deleteItem(_, let base?) = deletion.operation { return "“\(base.title)”" }; return id }()
            let author = ChangeAuthor(desk: deletion.desk, time: deletion.time, zone: store.event.timeZone)
            throw Refusal.conflict(EditConflict(subject: Interface.say(CL.programmeItemSubject(title)), deletedBy: author))
        }
        throw unknown(id, in: store.event)
    }

    /// The history's last word on `id` when it was a delete (not one undone by adding it back).
    static func deletion(of id: String, in store: EventStore) -> EventHistoryEntry? {
        guard let last = store.eventHistory().last(where: { $0.operation.itemID == id }),
              case .deleteItem = last.operation else { return nil }
        return last
    }

    static func unknown(_ id: String, in event: Event) -> ValidationError {
        let items = event.programme.items.map { "\($0.id) (\($0.title))" }
        return ValidationError(CL.noProgrammeItem(id, items: items.isEmpty ? CL.programmeEmpty : Phrase(verbatim: items.joined(separator: ", "))))
    }
}
