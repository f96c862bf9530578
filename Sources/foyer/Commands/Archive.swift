import ArgumentParser
import FoyerCore
import Foundation

/// `foyer archive`: a finished event put away, kept whole, out of the switcher and the default choice.
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.archive))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.eventID)) var id: String
    @Flag(help: .say(CLHelp.archiveRestore)) var restore = false

    func run() throws {
        let directory = try options.dataDirectory()
        guard directory.eventIDs().contains(id) else {
            throw ValidationError(CL.noEvent(id, events: directory.eventIDs().joined(separator: ", ")))
        }
        let store = try directory.openEvent(id, desk: options.deskName)
        guard store.event.isArchived != !restore else {
            say(restore ? CL.notArchived(id) : CL.archivedAlready(id))
            return
        }
        try EventSaving.save(store) { $0.archived = restore ? nil : true }
        say(restore ? CL.restored(id, title: store.event.title) : CL.archivedEvent(id, title: store.event.title))
    }
}

/// `foyer delete`: an event removed for good, folder and all, only when its id is typed (or given with
/// `--confirm` in scripts). Archiving is the usual way; this is for a test event or a mistake.
struct DeleteEvent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: Interface.say(CLHelp.delete))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.eventID)) var id: String
    @Option(help: .say(CLHelp.deleteConfirm)) var confirm: String?

    func run() throws {
        let directory = try options.dataDirectory()
        guard directory.eventIDs().contains(id) else {
            throw ValidationError(CL.noEvent(id, events: directory.eventIDs().joined(separator: ", ")))
        }
        let event = try directory.event(id)
        let store = try directory.openEvent(id, desk: options.deskName)
        try TypedConfirmation.require(id: id, confirm: confirm, verb: CL.verbDelete, explanation: {
            CL.deleteExplanation(title: event.title, id: id, date: event.dateText, registrants: store.registry.count)
        }, nothing: CL.nothingDeleted)
        do { try FileManager.default.removeItem(atPath: directory.folder(of: id)) } catch {
            throw ValidationError(CL.couldNotDelete(directory.folder(of: id), reason: error.localizedDescription))
        }
        say(CL.deletedEvent(id, title: event.title))
    }
}
