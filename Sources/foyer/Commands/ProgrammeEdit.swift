import ArgumentParser
import FoyerCore

struct ProgrammeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a programme item's title, room, description or times.",
        discussion: """
            The change is made to event.json as it is on disk, under the lock. Each field given is judged \
            against the value it was based on: --expect FIELD=VALUE (as typed: --expect room= for none, \
            --expect start=09:00), else the value read when the command started. A field another desk \
            changed since, or an item another desk deleted, is not saved: the exit status is 4 and the \
            field and the desk are named (--force overwrites a field; a deleted item stays deleted). \
            Fields: \(ProgrammeItemField.allCases.map(\.rawValue).joined(separator: ", ")).
            """)
    @OptionGroup var options: StoreOptions
    @Argument(help: "The item's id (an unknown id lists them).") var id: String
    @Option var title: String?
    @Option(help: "The room, when not the event's (empty: the event's).") var room: String?
    @Option var description: String?
    @Option(help: ArgumentHelp("Starts at, on the item's day.", valueName: "HH:MM")) var start: String?
    @Option(help: ArgumentHelp("Ends at (empty: when the next item starts).", valueName: "HH:MM")) var end: String?
    @Option(name: .customLong("expect"), help: ArgumentHelp("The value FIELD has as far as this script knows (repeatable).", valueName: "FIELD=VALUE"))
    var expectations: [String] = []
    @Flag(help: "Save even over a field another desk changed meanwhile.") var force = false

    func run() throws {
        let store = try options.openStore()
        let read = try ProgrammeItemLookup.item(id, in: store)
        let given: [(ProgrammeItemField, String?)] = [(.title, title), (.room, room), (.description, description), (.start, start), (.end, end)]
        var changed = read
        for case let (field, text?) in given { try field.set(text, in: &changed) }
        let fields = given.filter { $0.1 != nil }.map(\.0)
        guard !fields.isEmpty else { throw ValidationError("say what to change: --title, --room, --description, --start or --end") }
        if fields.contains(.start) || fields.contains(.end), let end = changed.end, end <= changed.start {
            throw ValidationError("the end (\(end.timeText)) must be after the start (\(changed.start.timeText))")
        }

        var (set, base) = FieldPatch.diff(from: read, to: changed)
        // A field given with the value it has already stays in the edit: if another desk changed it
        // meanwhile, that is a conflict, not "nothing to change".
        for field in fields where set[field.rawValue] == nil {
            set[field.rawValue] = field.json(in: changed)
            base[field.rawValue] = field.json(in: read)
        }
        let known = ProgrammeItemField.allCases.map(\.rawValue)
        for expected in try ExpectedValue.parse(expectations, known: known, changed: Set(fields.map(\.rawValue))) {
            let field = ProgrammeItemField(rawValue: expected.field)!
            var believed = read
            try field.set(expected.value, in: &believed)
            base[field.rawValue] = field.json(in: believed)
        }

        let save: EventSave
        do { save = try store.apply([.editItem(id: read.id, set: set, base: base)], force: force) } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict)
        }
        guard let applied = save.applied.first, case .editItem(_, let saved, _) = applied.operation else {
            return say("\(read.id)  nothing to change")
        }
        say("\(read.id)  saved: " + saved.fields.joined(separator: ", "))
        if let item = save.event.programmeItems.first(where: { $0.id == read.id }) {
            for problem in save.event.programme.problems() where problem.contains("\"\(item.title)\"") { Console.warn(problem) }
        }
    }
}
