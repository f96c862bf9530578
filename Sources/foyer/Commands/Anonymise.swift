import ArgumentParser
import FoyerCore
import Foundation

/// After the event: the registrants keep their codes, categories, statuses, prices, payments and
/// check-ins for the accounts, and lose everything that names or describes them.
struct Anonymise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.anonymise),
        discussion: Interface.say(CLHelp.anonymiseDiscussion))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(CLHelp.anonymiseConfirm, valueName: "id"))
    var confirm: String?

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let today = LocalDateTime(store.clock.now(), in: event.timeZone).date
        let lastDay = event.endDate ?? event.date
        if lastDay > today {
            throw ValidationError(CL.notOverYet(event.id, lastDay: DateText.long(lastDay), today: DateText.long(today)))
        }
        try store.refresh()
        let count = store.registry.count
        try TypedConfirmation.require(id: event.id, confirm: confirm, verb: CL.verbAnonymise, explanation: {
            CL.anonymiseExplanation(title: event.title, id: event.id, date: event.dateText, people: CL.registrants(count))
        }, nothing: CL.nothingChanged)

        // The whole read and replace holds the lock: a desk writing meanwhile waits, and what it wrote
        // before is anonymised too; the receipts and the cache go under the same lock.
        var anonymised = 0
        var removed: [String] = []
        do {
            try store.replaceAllRegistrants({ registry in
                anonymised = registry.count
                return Anonymisation.anonymised(registry.registrants)
            }, then: { removed = try Self.removePersonalFiles(in: store.folder) })
        } catch StoreError.rejected(let why) {
            throw ValidationError(Interface.say(Phrase.of(why)))
        }
        var message = CL.anonymised(event.id, people: CL.registrants(anonymised))
        if !removed.isEmpty { message += CL.deletedFiles(removed.joined(separator: ", ")) }
        print(Interface.say(message))
    }

    /// Deletes what may still hold names beside the new snapshot: the receipts log and folder, the
    /// search index cache, torn journal or receipts tails, a leftover compaction and atomic-write leftovers
    /// of those files. Returns the names deleted.
    static func removePersonalFiles(in folder: String) throws -> [String] {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
        let exact: Set<String> = [EventStore.receiptsFileName, SearchIndexFile.fileName, EventStore.compactingSnapshotName,
                                  EventStore.nextJournalName, "receipts"]
        let personal = [EventStore.snapshotFileName, EventStore.journalFileName, EventStore.receiptsFileName,
                        SearchIndexFile.fileName, EventStore.compactingSnapshotName, EventStore.nextJournalName]
        var removed: [String] = []
        for name in names.sorted() {
            let torn = name.hasPrefix("journal") && name.contains(".torn-") || name.hasPrefix("receipts") && name.contains(".torn-")
            let leftover = personal.contains { name.hasPrefix("." + $0 + ".tmp-") } || name.hasPrefix(EventStore.compactingSnapshotName + "-")
            guard exact.contains(name) || torn || leftover else { continue }
            do { try fm.removeItem(atPath: folder + "/" + name) } catch {
                throw ValidationError(CL.anonymisedButNotDeleted(folder + "/" + name, reason: error.localizedDescription))
            }
            removed.append(name == "receipts" ? "receipts/" : name)
        }
        return removed
    }
}
