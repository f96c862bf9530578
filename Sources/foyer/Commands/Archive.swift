import ArgumentParser
import FoyerCore
import Foundation

/// `foyer archive`: a finished event put away, kept whole, out of the switcher and the default choice.
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Archive an event: kept whole, but no longer offered in the switcher or chosen by default (`foyer events --all` lists it). --restore brings it back.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The event's id.") var id: String
    @Flag(help: "Bring an archived event back.") var restore = false

    func run() throws {
        let directory = try options.dataDirectory()
        guard directory.eventIDs().contains(id) else {
            throw ValidationError("no event \(id) here; events: " + directory.eventIDs().joined(separator: ", "))
        }
        let store = try directory.openEvent(id, desk: options.deskName)
        guard store.event.isArchived != !restore else {
            say(restore ? "\(id) is not archived" : "\(id) is archived already")
            return
        }
        try EventSaving.save(store) { $0.archived = restore ? nil : true }
        say(restore ? "restored \(id): \(store.event.title)" : "archived \(id): \(store.event.title) (kept whole; foyer archive --restore \(id) brings it back)")
    }
}

/// `foyer delete`: an event removed for good, folder and all, only when its id is typed (or given with
/// `--confirm` in scripts). Archiving is the usual way; this is for a test event or a mistake.
struct DeleteEvent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete an event for good: its folder, registrations, journal, receipts and history. Asks for the id to be typed (--confirm ID in scripts).")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The event's id.") var id: String
    @Option(help: "The event's id again, for scripts (instead of typing it).") var confirm: String?

    func run() throws {
        let directory = try options.dataDirectory()
        guard directory.eventIDs().contains(id) else {
            throw ValidationError("no event \(id) here; events: " + directory.eventIDs().joined(separator: ", "))
        }
        let event = try directory.event(id)
        let store = try directory.openEvent(id, desk: options.deskName)
        try TypedConfirmation.require(id: id, confirm: confirm, verb: "delete it", explanation: {
            TerminalText.safe("This deletes “\(event.title)” (\(id), \(event.dateText)) for good: \(store.registry.count) registrants, their payments and check-ins, the receipts and the history. It cannot be undone; `foyer archive \(id)` keeps it instead.")
        }, nothing: "nothing deleted")
        do { try FileManager.default.removeItem(atPath: directory.folder(of: id)) } catch {
            throw ValidationError("\(directory.folder(of: id)) could not be deleted: \(error.localizedDescription)")
        }
        say("deleted \(id): \(event.title)")
    }
}
