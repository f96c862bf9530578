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
        /// Not yet (the registrations are loading): the `Program` holds the effect and performs it again
        /// once they are in. Only the terminal app's performer says this.
        case wait
    }

    public let store: EventStore
    /// The interface's language, for what is reported as text rather than as a phrase (an import's
    /// preview lines, a failure); the terminal app sets it from the state before each effect.
    public var language: Language = .en

    public init(store: EventStore) {
        self.store = store
    }


    /// Does what `update` asked, and reports back. A change is reported only after it is on disk.
    public func perform(_ effect: Effect) -> Outcome {
        switch effect {
        case .applyEvent(let operations, let message, let warning, let kind):
            return saveEvent(kind: kind, warning: warning) {
                (try store.apply(operations, isUndo: kind == .undo), message)
            }
        case .reprice(let answer):
            let money = store.event.moneyFormat
            return saveEvent(kind: .edit(description: answer.description, select: nil), warning: nil) {
                let save = try store.reprice(categoryID: answer.categoryID, set: answer.set, base: answer.base,
                                             oldPrice: answer.oldPrice, newPrice: answer.newPrice, moveUnpaid: answer.moveUnpaid)
                var message = answer.message
                if answer.moveUnpaid { message += Catalogue.App.repriceMoved(count: save.registrantsChanged.count, price: money.string(answer.newPrice)) }
                if !save.registrantsSkipped.isEmpty { message += Catalogue.App.repriceSkipped(count: save.registrantsSkipped.count) }
                return (save, message)
            }
        case .openEvent(let id):
            return .open(id)
        case .createEvent(let event):
            // Events live side by side in the data directory: this event's folder's parent.
            let directory = DataDirectory(path: (store.folder as NSString).deletingLastPathComponent)
            do {
                try directory.createNewEvent(event)
                return .actions([.eventCreated(EventSummary(event))])
            } catch {
                return .actions([.saveFailed(Phrase.of(error))])
            }
        case .commit(let proposed, let expecting, let message, let undo):
            let change = stampedWithDesk(proposed)
            do {
                let written = try store.commit(change, expecting: expecting, isUndo: undo == .pop)
                return .actions([.committed(CommitResult(registry: store.registry, journal: store.journalEntries,
                                                         code: change.code, message: written == nil ? Catalogue.App.alreadySo(message) : message, undo: undo))])
            } catch StoreError.conflict(let conflict) {
                return .actions([.commitConflict(conflict, registry: store.registry, journal: store.journalEntries, isUndo: undo == .pop)])
            } catch {
                // Other desks' changes read while trying are shown all the same.
                return .actions([.commitFailed(Phrase.of(error)),
                                 .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
        case .register(let draft, let allowDuplicate):
            do {
                let registrant = try store.register(draft, allowDuplicate: allowDuplicate)
                return .actions([.registered(registrant, registry: store.registry, journal: store.journalEntries)])
            } catch StoreError.duplicate(let duplicate) {
                return .actions([.duplicateRefused(duplicate, registry: store.registry, journal: store.journalEntries)])
            } catch {
                return .actions([.commitFailed(Phrase.of(error))])
            }
        case .checkIn(let code):
            return .actions([checkIn(code: code, paid: nil)])
        case .undoCheckIn(let code, let reason):
            do {
                let undone = try CheckInDesk.undo(code: code, reason: reason, store: store)
                return .actions([.committed(CommitResult(registry: store.registry, journal: store.journalEntries, code: code,
                                                         message: Catalogue.App.checkInUndone(name: undone.registrant.fullName, reason: reason), undo: .none))])
            } catch {
                return .actions([.commitFailed(Phrase.of(error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
        case .payAndCheckIn(let code, let payment):
            do {
                try store.commit(stampedWithDesk(.recordPayment(code: code, payment)))
            } catch {
                return .actions([.commitFailed(Phrase.of(error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
            }
            return .actions([checkIn(code: code, paid: payment.amount)])
        case .walkIn(let draft, let method):
            return walkIn(draft, method: method, allowDuplicate: false)
        case .walkInAnyway(let draft, let method):
            return walkIn(draft, method: method, allowDuplicate: true)
        case .previewImport(let kind, let path):
            do {
                let text = try SafeFile.readText(path)
                switch kind {
                case .programme:
                    let parsed = ProgrammeTextImport.parse(text, event: store.event)
                    return .actions([.importPreviewed(ImportPreview(kind: kind, path: path, digest: text.hashValue,
                        lines: parsed.previewPhrases(source: path) + [.empty, Catalogue.App.programmePreview(apply: KeyWords.name(.apply, in: .preview), before: store.event.programmeItems.count, after: parsed.items.count,
                                                                                     undo: KeyWords.name(.undo, in: .agenda), cancel: KeyWords.name(.cancel, in: .preview))],
                        canApply: !parsed.items.isEmpty, baseProgramme: store.event.programmeItems))])
                case .registrations:
                    let plan = try RegistrationImport.plan(text, event: store.event, registry: store.registry, now: store.clock.now())
                    return .actions([.importPreviewed(ImportPreview(kind: kind, path: path, digest: text.hashValue,
                        lines: plan.reportPhrases(event: store.event) + [.empty, Catalogue.App.registrationsPreview(apply: KeyWords.name(.apply, in: .preview), cancel: KeyWords.name(.cancel, in: .preview))],
                        canApply: plan.adds + plan.updates > 0))])
                }
            } catch {
                return .actions([.commitFailed(Phrase.of(error))])
            }
        case .applyImport(let kind, let path, let digest, let baseProgramme):
            do {
                let text = try SafeFile.readText(path)
                guard text.hashValue == digest else { return .actions([.commitFailed(Catalogue.App.changedSincePreview(path: path))]) }
                switch kind {
                case .programme:
                    let parsed = ProgrammeTextImport.parse(text, event: store.event)
                    let what = Catalogue.App.importedProgramme(file: (path as NSString).lastPathComponent)
                    return saveEvent(kind: .edit(description: what, select: nil), warning: nil) {
                        (try store.apply([.replaceProgramme(items: parsed.items, base: baseProgramme)]), Catalogue.App.savedImport(what, items: parsed.items.count))
                    }
                case .registrations:
                    let plan = try RegistrationImport.plan(text, event: store.event, registry: store.registry, now: store.clock.now())
                    let result = try plan.apply(to: store)
                    // Where to find the people still to sort out, said where they were made.
                    let toChoose = plan.categoriesToChoose == 0 ? Phrase.empty
                        : Catalogue.App.toChoose(count: plan.categoriesToChoose, label: FeeCategory.toChooseName,
                                                 filterKey: KeyWords.name(.cycleFilter, in: .registrants), editKey: KeyWords.name(.editRegistrant, in: .registrants))
                    return .actions([.refreshed(registry: store.registry, journal: store.journalEntries, codes: nil),
                                     .notice(Catalogue.App.importedRegistrations(file: (path as NSString).lastPathComponent, added: result.added.count, updated: result.updated.count) + toChoose)])
                }
            } catch {
                return .actions([.commitFailed(Phrase.of(error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
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
                return .actions([.commitFailed(Phrase.of(error))])
            }
        case .quit:
            return .nothing
        case .redraw:
            return .redraw
        case .bell:
            // No terminal here: the terminal app rings it before this performer is asked.
            return .nothing
        }
    }

    /// Saves event operations and reports: saved, a conflict (the store now holds the latest event, shown
    /// first), or the failure as itself (a full disk, a broken event.json), never as something else.
    private func saveEvent(kind: SaveKind, warning: Phrase?, _ save: () throws -> (EventSave, Phrase)) -> Outcome {
        do {
            let (saved, message) = try save()
            var actions: [Action] = [.eventSaved(saved, message: message, warning: warning, kind: kind), .eventHistoryRead(store.eventHistory())]
            if !saved.registrantsChanged.isEmpty {
                actions.append(.refreshed(registry: store.registry, journal: store.journalEntries, codes: saved.registrantsChanged))
            }
            return .actions(actions)
        } catch StoreError.conflict(let conflict) {
            return .actions([.eventChanged(store.event), .eventConflict(conflict, kind: kind)])
        } catch {
            return .actions([.saveFailed(Phrase.of(error))])
        }
    }

    /// Registers a walk-in, takes the price by `method` and checks them in. Unless `allowDuplicate`, the
    /// store first looks for them under the lock (the same email, phone or name, against what every desk
    /// has saved): someone found is reported with `.walkInMatched` and nothing is written, so a person
    /// already registered, paid or checked in is never registered, charged or checked in a second time.
    private func walkIn(_ draft: Registrant, method: PaymentMethod?, allowDuplicate: Bool) -> Outcome {
        do {
            let r = try store.register(draft, allowDuplicate: allowDuplicate)
            var paid: Money?
            if let method, r.status == .registered, r.price.minorUnits > 0 {
                let payment = Payment(id: UUID().uuidString.lowercased().prefix(12).description, amount: r.price, method: method,
                                      time: store.clock.now(), reference: "walk-in", desk: store.desk)
                try store.commit(.recordPayment(code: r.code, payment))
                paid = r.price
            }
            return .actions([checkIn(code: r.code, paid: paid)])
        } catch StoreError.duplicate(let duplicate) {
            // The registry is as read under the lock: the person as they are now, their check-in included.
            guard let existing = store.registry[duplicate.existingCode] else { return .actions([.commitFailed(duplicate.phrase)]) }
            let match = WalkInMatch(draft: draft, method: method, existing: existing, reason: duplicate.reasonPhrase,
                                    registeredBy: duplicate.author, event: store.event)
            return .actions([.walkInMatched(match, registry: store.registry, journal: store.journalEntries)])
        } catch {
            return .actions([.commitFailed(Phrase.of(error)), .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)])
        }
    }

    /// Checks in through the same path as `foyer check-in` and reports what the store decided.
    private func checkIn(code: String, paid: Money?) -> Action {
        do {
            let outcome = try CheckInDesk.checkIn(code: code, store: store)
            return .checkInDone(outcome, paid: paid, registry: store.registry, journal: store.journalEntries)
        } catch {
            return .commitFailed(Phrase.of(error))
        }
    }

    /// Payments recorded here carry this desk's name, and an id made here: `update` is pure, so the
    /// payments it asks for come without one.
    private func stampedWithDesk(_ change: Change) -> Change {
        switch change {
        case .recordPayment(let code, var p) where p.desk.isEmpty || p.id.isEmpty:
            if p.desk.isEmpty { p.desk = store.desk }
            if p.id.isEmpty { p.id = UUID().uuidString.lowercased().prefix(12).description }
            return .recordPayment(code: code, p)
        default:
            return change
        }
    }

    private var lastRefresh = Date.distantPast

    /// What other desks changed since the last look (twice a second; when nothing changed, one read of the
    /// small event.json and one fstat of the journal).
    public func refreshFromOtherDesks() -> [Action] {
        guard Date().timeIntervalSince(lastRefresh) >= 0.5 else { return [] }
        lastRefresh = Date()
        if (try? store.refreshEvent()) == true { return [.eventChanged(store.event), .eventHistoryRead(store.eventHistory())] }
        guard (try? store.refresh()) == true else { return [] }
        // `update` finds who changed from the journal entries it has not seen (see `Update.adopt`).
        return [.refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)]
    }

}
