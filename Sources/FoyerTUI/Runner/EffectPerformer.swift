import Foundation
import FoyerCore

/// Does what `update` asks of the outside world through the event's store, and reports back with
/// actions (bubbletea's commands). No terminal here: the runner and the benchmark drive the same code.
public final class EffectPerformer {
    public enum Outcome {
        case actions([Action])
        case redraw
        case nothing
        /// Another event is to be opened: the runner loads it (in the background).
        case open(String)
    }

    public let store: EventStore

    public init(store: EventStore) {
        self.store = store
    }


    /// Does what `update` asked, and reports back. A change is reported only after it is on disk.
    public func perform(_ effect: Effect) -> Outcome {
        switch effect {
        case .saveEvent(let event, let message, let warning, let kind):
            do {
                try store.saveEvent(event)
                return .actions([.eventSaved(event, message: message, warning: warning, kind: kind)])
            } catch {
                // A conflict leaves the store holding the other desk's version: show it.
                return .actions([.saveFailed(String(describing: error)), .eventChanged(store.event)])
            }
        case .openEvent(let id):
            return .open(id)
        case .commit(let proposed, let message, let undo):
            let change = stampedWithDesk(proposed)
            do {
                try store.commit(change)
                return .actions([.committed(CommitResult(registry: store.registry, journal: store.journalEntries,
                                                         code: change.code, message: message, undo: undo))])
            } catch {
                // Other desks' changes read while trying are shown all the same.
                return .actions([.commitFailed(String(describing: error)),
                                 .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
        case .register(let draft):
            do {
                let registrant = try store.register(draft)
                return .actions([.registered(registrant, registry: store.registry, journal: store.journalEntries)])
            } catch {
                return .actions([.commitFailed(String(describing: error))])
            }
        case .checkIn(let code):
            return .actions([checkIn(code: code, paid: nil)])
        case .undoCheckIn(let code, let reason):
            do {
                let undone = try CheckInDesk.undo(code: code, reason: reason, store: store)
                return .actions([.committed(CommitResult(registry: store.registry, journal: store.journalEntries, code: code,
                                                         message: "Check-in of \(undone.registrant.fullName) undone (\(reason))", undo: .none))])
            } catch {
                return .actions([.commitFailed(String(describing: error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
        case .payAndCheckIn(let code, let payment):
            do {
                try store.commit(stampedWithDesk(.recordPayment(code: code, payment)))
            } catch {
                return .actions([.commitFailed(String(describing: error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
            return .actions([checkIn(code: code, paid: payment.amount)])
        case .walkIn(let draft, let method):
            do {
                let r = try store.register(draft)
                var paid: Money?
                if let method, r.status == .registered, r.price.minorUnits > 0 {
                    let payment = Payment(id: UUID().uuidString.lowercased().prefix(12).description, amount: r.price, method: method,
                                          time: store.clock.now(), reference: "walk-in", desk: store.desk)
                    try store.commit(.recordPayment(code: r.code, payment))
                    paid = r.price
                }
                return .actions([checkIn(code: r.code, paid: paid)])
            } catch {
                return .actions([.commitFailed(String(describing: error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
        case .previewImport(let kind, let path):
            do {
                let text = try SafeFile.readText(path)
                switch kind {
                case .programme:
                    let parsed = ProgrammeTextImport.parse(text, event: store.event)
                    return .actions([.importPreviewed(ImportPreview(kind: kind, path: path, digest: text.hashValue,
                        lines: parsed.previewLines(source: path) + ["", "y replaces the programme of \(store.event.programmeItems.count) items with these \(parsed.items.count) (u undoes it) · n keeps it"],
                        canApply: !parsed.items.isEmpty))])
                case .registrations:
                    let plan = try RegistrationImport.plan(text, event: store.event, registry: store.registry, now: store.clock.now())
                    return .actions([.importPreviewed(ImportPreview(kind: kind, path: path, digest: text.hashValue,
                        lines: plan.reportLines(event: store.event) + ["", "y adds and updates as shown (each change journaled) · n imports nothing"],
                        canApply: plan.adds + plan.updates > 0))])
                }
            } catch {
                return .actions([.commitFailed(String(describing: error))])
            }
        case .applyImport(let kind, let path, let digest):
            do {
                let text = try SafeFile.readText(path)
                guard text.hashValue == digest else { return .actions([.commitFailed("\(path) changed since the preview; import it again")]) }
                switch kind {
                case .programme:
                    let before = store.event
                    let parsed = ProgrammeTextImport.parse(text, event: before)
                    let updated = before.replacingProgramme(with: parsed.items)
                    try store.saveEvent(updated)
                    let what = "imported the programme from \((path as NSString).lastPathComponent)"
                    return .actions([.eventSaved(updated, message: "Saved: " + what + " (\(parsed.items.count) items)", warning: nil,
                                                 kind: .edit(UndoEntry(before: before, description: what)))])
                case .registrations:
                    let plan = try RegistrationImport.plan(text, event: store.event, registry: store.registry, now: store.clock.now())
                    let result = try plan.apply(to: store)
                    return .actions([.refreshed(registry: store.registry, journal: store.journalEntries, codes: nil),
                                     .notice("Imported from \((path as NSString).lastPathComponent): \(result.added.count) added, \(result.updated.count) updated")])
                }
            } catch {
                return .actions([.commitFailed(String(describing: error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
        case .issueReceipt(let code):
            do {
                let receipt = try store.issueReceipt(code: code)
                let folder = store.folder + "/receipts"
                try SafeFile.makeFolder(folder)
                let base = folder + "/receipt-" + String(format: "%04d", receipt.number) + "-" + code
                try SafeFile.write(ReceiptText.render(receipt), to: base + ".txt")
                try SafeFile.write(ReceiptHTML.render(receipt), to: base + ".html")
                return .actions([.receiptIssued(number: receipt.number, name: receipt.registrantName, path: base + ".html")])
            } catch {
                return .actions([.commitFailed(String(describing: error))])
            }
        case .quit:
            return .nothing
        case .redraw:
            return .redraw
        }
    }

    /// Checks in through the same path as `foyer check-in` and reports what the store decided.
    private func checkIn(code: String, paid: Money?) -> Action {
        do {
            let outcome = try CheckInDesk.checkIn(code: code, store: store)
            return .checkInDone(outcome, paid: paid, registry: store.registry, journal: store.journalEntries)
        } catch {
            return .commitFailed(String(describing: error))
        }
    }

    /// Payments recorded here carry this desk's name.
    private func stampedWithDesk(_ change: Change) -> Change {
        switch change {
        case .recordPayment(let code, var p) where p.desk.isEmpty:
            p.desk = store.desk
            return .recordPayment(code: code, p)
        default:
            return change
        }
    }

    private var lastRefresh = Date.distantPast

    /// What other desks appended since the last look (twice a second; one fstat when nothing changed).
    public func refreshFromOtherDesks() -> Action? {
        guard Date().timeIntervalSince(lastRefresh) >= 0.5 else { return nil }
        lastRefresh = Date()
        if (try? store.refreshEvent()) == true { return .eventChanged(store.event) }
        guard (try? store.refresh()) == true else { return nil }
        // `update` finds who changed from the journal entries it has not seen (see `Update.adopt`).
        return .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)
    }

}
