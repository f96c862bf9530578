import ArgumentParser
import FoyerCore

struct ProgrammeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: Interface.say(CLHelp.programmeEdit),
        discussion: Interface.say(CLHelp.programmeEditDiscussion(fields: ProgrammeItemField.allCases.map(\.rawValue).joined(separator: ", "))))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.itemID)) var id: String
    @Option var title: String?
    @Option(help: .say(CLHelp.room)) var room: String?
    @Option var description: String?
    @Option(help: .say(CLHelp.start, valueName: Interface.say(CLHelp.timeValue))) var start: String?
    @Option(help: .say(CLHelp.end, valueName: Interface.say(CLHelp.timeValue))) var end: String?
    @Option(name: .customLong("expect"), help: .say(CLHelp.expect, valueName: "FIELD=VALUE"))
    var expectations: [String] = []
    @Flag(help: .say(CLHelp.force)) var force = false

    func run() throws {
        let store = try options.openStore()
        let read = try ProgrammeItemLookup.item(id, in: store)
        let given: [(ProgrammeItemField, String?)] = [(.title, title), (.room, room), (.description, description), (.start, start), (.end, end)]
        var changed = read
        for case let (field, text?) in given { try field.set(text, in: &changed) }
        let fields = given.filter { $0.1 != nil }.map(\.0)
        guard !fields.isEmpty else { throw ValidationError(CL.sayWhatToChangeItem) }
        if fields.contains(.start) || fields.contains(.end), let end = changed.end, end <= changed.start {
            throw ValidationError(CL.endAfterStart(end: end.timeText, start: changed.start.timeText))
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
            return say(CL.nothingToChange(read.id))
        }
        say(CL.saved(read.id, fields: saved.fields.joined(separator: ", ")))
        if let item = save.event.programmeItems.first(where: { $0.id == read.id }) {
            for problem in save.event.programme.problemPhrases() where problem.en.contains("\"\(item.title)\"") { Console.warn(problem) }
        }
    }
}
