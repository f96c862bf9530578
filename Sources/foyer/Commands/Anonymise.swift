import ArgumentParser
import FoyerCore
import Foundation

/// After the event: the registrants keep their codes, categories, statuses, prices, payments and
/// check-ins for the accounts, and lose everything that names or describes them.
struct Anonymise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "After the event, replace every registrant's personal data with placeholders (cannot be undone).",
        discussion: """
            First name "Anonymous", last name the code; email, phone, organisation, role, dietary needs, invoice \
            address and reference and notes emptied; payment references blanked and the reasons of undone \
            check-ins replaced by "(removed)". Codes, categories, statuses, prices, payments (amounts, kinds, \
            methods, times) and check-in times and desks stay, so the fee totals and statistics do not change. \
            The registrations are written as a new snapshot with an empty journal; the journal's history, \
            receipts (receipts.jsonl and the receipts folder), the search index cache and any torn or \
            leftover files are deleted. Refused until the event's last day is over. Asks for the event id to \
            be typed; scripts pass it with --confirm.
            """)
    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp("Confirm without the question: the event's id, which must match (for scripts).", valueName: "id"))
    var confirm: String?

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let today = LocalDateTime(store.clock.now(), in: event.timeZone).date
        let lastDay = event.endDate ?? event.date
        if lastDay > today {
            throw ValidationError("\(event.id) is not over yet (its last day is \(DateText.long(lastDay)), today is \(DateText.long(today))): personal data is anonymised only after the event; nothing changed")
        }
        try store.refresh()
        let count = store.registry.count
        try TypedConfirmation.require(id: event.id, confirm: confirm, verb: "anonymise", explanation: {
            """
                This anonymises every registrant of “\(event.title)” (\(event.id), \(event.dateText)): \(count) \(count == 1 ? "registrant" : "registrants").
                Names, email, phone, organisation, role, dietary needs, invoice details, notes, payment references
                and the reasons of undone check-ins are removed; codes, categories, statuses, prices, payments and
                check-ins are kept. The journal's history, the receipts and the search index cache are deleted.
                This cannot be undone.
                """
        }, nothing: "nothing changed")

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
            throw ValidationError(why.description)
        }
        var message = "anonymised \(event.id): \(anonymised) \(anonymised == 1 ? "registrant" : "registrants"), the journal emptied"
        if !removed.isEmpty { message += "; deleted " + removed.joined(separator: ", ") }
        print(message)
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
            let leftover = personal.contains { name.hasPrefix("." + $0 + ".tmp-") }
            guard exact.contains(name) || torn || leftover else { continue }
            do { try fm.removeItem(atPath: folder + "/" + name) } catch {
                throw ValidationError("the registrations are anonymised, but \(folder)/\(name) could not be deleted: \(error.localizedDescription); delete it by hand")
            }
            removed.append(name == "receipts" ? "receipts/" : name)
        }
        return removed
    }
}
