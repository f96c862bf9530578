import Foundation
import FoyerCore

/// What `update` does with everything that is not a key: the clock, a resize, and the store's answers
/// to the effects (saved, refused, conflicting, loaded). The screen that asked is left as the answer
/// says: a form stays open until its save is on disk.
extension Update {
    static func result(_ action: Action, _ s: inout AppState) -> [Effect] {
        switch action {
        case .resize(let w, let h):
            s.width = max(1, w); s.height = max(1, h)
            AgendaLayout.ensureVisible(&s)
            return []
        case .tick(let date, let wall):
            s.now = date
            s.wall = wall ?? date
            if let status = s.status, status.expires <= s.wall { s.status = nil }
            return []
        case .eventChanged(let event):
            let selectedID = AgendaScreen.selectedItem(s)?.id
            s.event = event
            AgendaScreen.select(id: selectedID, in: &s)
            s.say(Catalogue.App.programmeChangedElsewhere, .info)
            return []
        case .eventSaved(let save, let message, let warning, let kind):
            var selectedID = AgendaScreen.selectedItem(s)?.id
            switch kind {
            case .edit(let description, let select):
                // Registrants moved with a reprice: each can be undone, expecting the price it was given.
                for guarded in save.registrantChanges {
                    guard case .edit(let code, let edit) = guarded.change, case .fields(let was) = guarded.expecting else { continue }
                    s.changeUndo.append(ChangeUndo(inverse: .edit(code: code, was), expect: .fields(edit), description: Catalogue.App.repricingOf(code: code)))
                }
                if s.changeUndo.count > AppState.undoLimit { s.changeUndo.removeFirst(s.changeUndo.count - AppState.undoLimit) }
                if !save.applied.isEmpty {
                    s.undoStack.append(UndoEntry(inverse: save.applied.reversed().map(\.inverse), description: description))
                    if s.undoStack.count > AppState.undoLimit { s.undoStack.removeFirst(s.undoStack.count - AppState.undoLimit) }
                }
                // An added item may have been given another id (another desk took this one meanwhile).
                selectedID = save.applied.lazy.compactMap { if case .addItem(let item) = $0.operation { return item.id }; return nil }.first ?? select ?? selectedID
            case .undo:
                if !s.undoStack.isEmpty { s.undoStack.removeLast() }
            }
            s.event = save.event
            closeSavingForm(&s)
            AgendaScreen.select(id: selectedID, in: &s)
            if save.applied.isEmpty, kind != .undo { s.say(Catalogue.App.nothingToSave, .info) }
            else if let warning { s.say(Catalogue.App.savedWithWarning(message, warning: warning), .warning) } else { s.say(message, .success) }
            return []
        case .eventHistoryRead(let history):
            s.eventHistory = history
            return []
        case .eventConflict(let conflict, let kind):
            return conflictArrived(conflict, undo: kind == .undo ? .event : nil, &s)
        case .commitConflict(let conflict, let registry, let journal, let isUndo):
            adopt(registry, journal: journal, codes: nil, &s)
            RegistrantsScreen.ensureVisible(&s)
            return conflictArrived(conflict, undo: isUndo ? .registrants : nil, &s)
        case .duplicateRefused(let duplicate, let registry, let journal):
            adopt(registry, journal: journal, codes: nil, &s)
            if case .form(let fs)? = s.overlay {
                // Registered at another desk meanwhile: the same question as a duplicate found before saving.
                s.overlay = .duplicate(DuplicateQuestion(form: fs, existingCode: duplicate.existingCode, message: duplicate.phrase))
            }
            s.say(duplicate.phrase, .warning)
            return []
        case .saveFailed(let why):
            keepFormOpen(why, &s)
            s.say(Catalogue.App.notSaved(why), .error)
            return []
        case .eventOpened(let event, let count):
            s.event = event
            s.agenda = AgendaState()
            s.agenda.selected = AgendaLayout.initialSelection(event: event, now: s.now)
            s.undoStack = []
            s.overlay = nil
            s.registeredCount = count
            AgendaLayout.ensureVisible(&s)
            s.say(Catalogue.App.opened(title: event.title), .info)
            return []
        case .openFailed(let why):
            s.say(Catalogue.App.notOpened(why: why), .error)
            return []
        case .registrantsLoading(let id, let bytes):
            s.registrantsLoad = .loading(eventID: id, bytes: bytes)
            s.registry = Registry()
            s.searchIndex = SearchIndex([])
            s.journal = []
            s.changeUndo = []
            s.registrants = RegistrantsState()
            s.checkIn = CheckInState()
            return []
        case .registrantsLoaded(let loaded):
            s.registrantsLoad = nil
            s.registry = loaded.registry
            s.eventHistory = loaded.eventHistory
            s.searchIndex = loaded.index
            s.journal = loaded.journal
            watchClock(loaded.journal, &s)
            if let code = s.registrants.detailCode, loaded.registry[code] == nil { s.registrants.detailCode = nil }
            // The list is put in order when it is first shown, not now: the agenda should not wait for it.
            if s.pane == .registrants { RegistrantsScreen.ensureVisible(&s) }
            s.readOnly = loaded.readOnly
            if loaded.readOnly { s.say(Catalogue.App.readOnly, .warning) }
            else if let warning = loaded.warnings.first { s.say(Catalogue.App.warning(warning), .warning) }
            return []
        case .registrantsLoadFailed(let why):
            s.registrantsLoad = .failed(why)
            s.say(Catalogue.App.notLoaded(why: why), .error)
            return []
        case .committed(let result):
            adopt(result.registry, journal: result.journal, codes: [result.code], &s)
            switch result.undo {
            case .push(let entry):
                s.changeUndo.append(entry)
                if s.changeUndo.count > AppState.undoLimit { s.changeUndo.removeFirst(s.changeUndo.count - AppState.undoLimit) }
            case .pop: if !s.changeUndo.isEmpty { s.changeUndo.removeLast() }
            case .none: break
            }
            if s.registry[result.code] != nil { s.registrants.selectedCode = result.code }
            else if s.registrants.detailCode == result.code { s.registrants.detailCode = nil }
            closeSavingForm(&s)
            RegistrantsScreen.ensureVisible(&s)
            s.say(result.message, .success)
            return []
        case .registered(let r, let registry, let journal):
            adopt(registry, journal: journal, codes: [r.code], &s)
            closeSavingForm(&s)
            s.changeUndo.append(ChangeUndo(inverse: .delete(code: r.code), expect: .unchanged(r), description: Catalogue.App.registrationOf(name: r.fullName, code: r.code)))
            if s.changeUndo.count > AppState.undoLimit { s.changeUndo.removeFirst() }
            s.registrants.selectedCode = r.code
            RegistrantsScreen.ensureVisible(&s)
            var message = Catalogue.App.registered(code: r.code, name: r.fullName)
            if r.status == .waitlisted { message += Catalogue.App.onTheWaitingList }
            if s.event.isLate(r.registeredAt) { message += Catalogue.App.late }
            s.say(message, .success)
            return []
        case .commitFailed(let why):
            keepFormOpen(why, &s)
            s.say(Catalogue.App.notSaved(why), .error)
            // At the desk the big line says it too: nobody should read a failed check-in as done.
            if s.pane == .checkIn, s.overlay == nil { s.checkIn.banner = .failed(why) }
            return []
        case .checkInDone(let outcome, let paid, let registry, let journal):
            adopt(registry, journal: journal, codes: nil, &s)
            let before = s.checkIn.banner
            CheckInScreen.show(outcome, paid: paid, &s)
            return CheckInScreen.bell(after: before, s)
        case .walkInMatched(let match, let registry, let journal):
            adopt(registry, journal: journal, codes: nil, &s)
            CheckInScreen.walkInMatched(match, &s)
            return []
        case .importPreviewed(let preview):
            s.overlay = .importPreview(preview)
            return []
        case .notice(let text):
            s.say(text, .success)
            return []
        case .failedInBackground(let text):
            // An error's time in the status line (longer than a notice's): nobody is looking at it for it.
            s.say(text, .error)
            return []
        case .eventCreated(let created):
            s.events = (s.events + [created]).sorted { $0.date < $1.date }
            closeSavingForm(&s)
            s.say(Catalogue.App.created(id: created.id, title: created.title), .success)
            return [.openEvent(id: created.id)]
        case .receiptIssued(let number, let name, let path):
            s.say(Catalogue.App.receiptIssued(number: String(number), name: name, path: path), .success)
            return []
        case .refreshed(let registry, let journal, let codes):
            adopt(registry, journal: journal, codes: codes, &s)
            RegistrantsScreen.ensureVisible(&s)
            return []
        case .key(let key):
            return handle(key, &s)
        }
    }

    /// Notes what other desks wrote, and says once when this machine's clock is behind theirs.
    static func watchClock<S: Sequence>(_ lines: S, _ s: inout AppState) where S.Element == JournalEntry {
        guard s.clockWatch != nil else { return }
        s.clockWatch!.note(lines)
        guard let behind = s.clockWatch!.behind(now: s.now) else { s.clockWarned = false; return }
        if !s.clockWarned { s.say(Catalogue.Clock.statusBehind(behind.seconds, ahead: behind.ahead.desk), .warning) }
        s.clockWarned = true
    }

    /// Takes the store's registry and journal, keeping the search index in step: nothing to do when no
    /// name, email, organisation or code changed (check-ins, payments); the changed people when the
    /// registry is the same one with entries added; a new index only when it was loaded afresh.
    static func adopt(_ registry: Registry, journal: Journal, codes: [String]?, _ s: inout AppState) {
        let previous = s.registry, previousJournal = s.journal
        s.registry = registry
        s.journal = journal
        let added = journal.count >= previousJournal.count ? journal[previousJournal.count...] : journal[...]
        watchClock(added, &s)
        if registry.orderRevision != previous.orderRevision {
            if registry.lineage == previous.lineage {
                var changed = Set(added.map(\.change.code))
                changed.formUnion(codes ?? [])
                for code in changed { s.searchIndex.update(registry[code], code: code) }
            }
            if registry.lineage != previous.lineage || s.searchIndex.count != registry.count {
                s.searchIndex = SearchIndex(Array(registry.registrants), language: s.event.attendeeLanguage)
            }
        }
        if let code = s.registrants.detailCode, registry[code] == nil { s.registrants.detailCode = nil }
    }
}
