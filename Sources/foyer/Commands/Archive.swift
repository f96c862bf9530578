import ArgumentParser
import FoyerCore

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
