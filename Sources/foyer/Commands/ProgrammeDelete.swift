import ArgumentParser
import FoyerCore

struct ProgrammeDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a programme item.",
        discussion: """
            The item is deleted from event.json as it is on disk, under the lock. When another desk changed \
            it since the command read it, nothing is deleted: the exit status is 4 and the fields and the \
            desk are named (--force deletes anyway). An item deleted already is reported (exit 0).
            """)
    @OptionGroup var options: StoreOptions
    @Argument(help: "The item's id (an unknown id lists them).") var id: String
    @Flag(help: "Delete even when another desk changed the item meanwhile.") var force = false

    func run() throws {
        let store = try options.openStore()
        guard let read = store.event.programmeItems.first(where: { $0.id == id }) else {
            guard let deletion = ProgrammeItemLookup.deletion(of: id, in: store) else { throw ProgrammeItemLookup.unknown(id, in: store.event) }
            let author = ChangeAuthor(desk: deletion.desk, time: deletion.time, zone: store.event.timeZone)
            return say("\(id)  deleted already at \(author)")
        }
        let save: EventSave
        do { save = try store.apply([.deleteItem(id: read.id, base: read)], force: force) } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict)
        }
        // Nothing applied: another desk deleted it between this command's read and its save.
        say("\(read.id)  " + (save.applied.isEmpty ? "deleted already at another desk" : "deleted “\(read.title)”"))
    }
}
