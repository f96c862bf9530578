import ArgumentParser
import FoyerCore

struct ProgrammeDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: Interface.say(CLHelp.programmeDelete),
        discussion: Interface.say(CLHelp.programmeDeleteDiscussion))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.itemID)) var id: String
    @Flag(help: .say(CLHelp.forceDelete)) var force = false

    func run() throws {
        let store = try options.openStore()
        guard let read = store.event.programmeItems.first(where: { $0.id == id }) else {
            guard let deletion = ProgrammeItemLookup.deletion(of: id, in: store) else { throw ProgrammeItemLookup.unknown(id, in: store.event) }
            let author = ChangeAuthor(desk: deletion.desk, time: deletion.time, zone: store.event.timeZone)
            return say(CL.deletedAlreadyBy(id, author: "\(author)"))
        }
        let save: EventSave
        do { save = try store.apply([.deleteItem(id: read.id, base: read)], force: force) } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict)
        }
        // Nothing applied: another desk deleted it between this command's read and its save.
        say(Phrase(verbatim: "\(read.id)  ") + (save.applied.isEmpty ? CL.deletedAlreadyElsewhere : CL.deletedItem(read.title)))
    }
}
