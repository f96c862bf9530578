import Foundation
import FoyerCore

/// The pure heart of the app (as bubbletea's Update): the next state and the effects to perform, from
/// the current state and one action. No I/O here; saving and opening are effects the runner performs.
public enum Update {
    public static func apply(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var s = state
        let effects = reduce(&s, action)
        return (s, effects)
    }

    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
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
            let selectedID = selectedItem(s)?.id
            s.event = event
            select(id: selectedID, in: &s)
            s.say("The programme was changed at another desk; showing it", .info)
            return []
        case .eventSaved(let save, let message, let warning, let kind):
            var selectedID = selectedItem(s)?.id
            switch kind {
            case .edit(let description, let select):
                // Registrants moved with a reprice: each can be undone, expecting the price it was given.
                for guarded in save.registrantChanges {
                    guard case .edit(let code, let edit) = guarded.change, case .fields(let was) = guarded.expecting else { continue }
                    s.changeUndo.append(ChangeUndo(inverse: .edit(code: code, was), expect: .fields(edit), description: "repricing of \(code)"))
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
            select(id: selectedID, in: &s)
            if save.applied.isEmpty, kind != .undo { s.say("Nothing to save: it already was so", .info) }
            else if let warning { s.say(message + "; " + warning, .warning) } else { s.say(message, .success) }
            return []
        case .eventHistoryRead(let history):
            s.eventHistory = history
            return []
        case .eventConflict(let conflict, let kind):
            return conflictArrived(conflict, undo: kind == .undo ? .event : nil, &s)
        case .commitConflict(let conflict, let registry, let journal, let isUndo):
            adopt(registry, journal: journal, codes: nil, &s)
            ensureRegistrantVisible(&s)
            return conflictArrived(conflict, undo: isUndo ? .registrants : nil, &s)
        case .duplicateRefused(let duplicate, let registry, let journal):
            adopt(registry, journal: journal, codes: nil, &s)
            if case .form(let fs)? = s.overlay {
                // Registered at another desk meanwhile: the same question as a duplicate found before saving.
                s.overlay = .duplicate(DuplicateQuestion(form: fs, existingCode: duplicate.existingCode, message: duplicate.description))
            }
            s.say(duplicate.description, .warning)
            return []
        case .saveFailed(let why):
            keepFormOpen(why, &s)
            s.say("Not saved: " + why, .error)
            return []
        case .eventOpened(let event, let count):
            s.event = event
            s.agenda = AgendaState()
            s.agenda.selected = AgendaLayout.initialSelection(event: event, now: s.now)
            s.undoStack = []
            s.overlay = nil
            s.registeredCount = count
            AgendaLayout.ensureVisible(&s)
            s.say("Opened \(event.title)", .info)
            return []
        case .openFailed(let why):
            s.say("Could not open the event: " + why, .error)
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
            s.registeredCount = loaded.registry.tally.registered
            if let code = s.registrants.detailCode, loaded.registry[code] == nil { s.registrants.detailCode = nil }
            // The list is put in order when it is first shown, not now: the agenda should not wait for it.
            if s.pane == .registrants { ensureRegistrantVisible(&s) }
            s.readOnly = loaded.readOnly
            if loaded.readOnly { s.say("Read-only: this folder cannot be written, so nothing can be changed here", .warning) }
            else if let warning = loaded.warnings.first { s.say("Warning: " + warning, .warning) }
            return []
        case .registrantsLoadFailed(let why):
            s.registrantsLoad = .failed(why)
            s.say("The registrations could not be loaded: " + why, .error)
            return []
        case .registrationsCounted(let n):
            s.registeredCount = n
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
            ensureRegistrantVisible(&s)
            s.say(result.message, .success)
            return []
        case .registered(let r, let registry, let journal):
            adopt(registry, journal: journal, codes: [r.code], &s)
            closeSavingForm(&s)
            s.changeUndo.append(ChangeUndo(inverse: .delete(code: r.code), expect: .unchanged(r), description: "registration of \(r.fullName) (\(r.code))"))
            if s.changeUndo.count > AppState.undoLimit { s.changeUndo.removeFirst() }
            s.registrants.selectedCode = r.code
            ensureRegistrantVisible(&s)
            var message = "Registered \(r.code) \(r.fullName)"
            if r.status == .waitlisted { message += ", on the waiting list" }
            if s.event.isLate(r.registeredAt) { message += " (late)" }
            s.say(message, .success)
            return []
        case .commitFailed(let why):
            keepFormOpen(why, &s)
            s.say("Not saved: " + why, .error)
            // At the desk the big line says it too: nobody should read a failed check-in as done.
            if s.pane == .checkIn, s.overlay == nil { s.checkIn.banner = .failed(why) }
            return []
        case .checkInDone(let outcome, let paid, let registry, let journal):
            adopt(registry, journal: journal, codes: nil, &s)
            showCheckIn(outcome, paid: paid, &s)
            return []
        case .importPreviewed(let preview):
            s.overlay = .importPreview(preview)
            return []
        case .notice(let text):
            s.say(text, .success)
            return []
        case .eventCreated(let created):
            s.events = (s.events + [created]).sorted { $0.date < $1.date }
            closeSavingForm(&s)
            s.say("Created \(created.id): \(created.title); opening it", .success)
            return [.openEvent(id: created.id)]
        case .receiptIssued(let number, let name, let path):
            s.say("Receipt no. \(number) for \(name): \(path) (and .txt)", .success)
            return []
        case .refreshed(let registry, let journal, let codes):
            adopt(registry, journal: journal, codes: codes, &s)
            ensureRegistrantVisible(&s)
            return []
        case .key(let key):
            return handle(key, &s)
        }
    }

    // MARK: Keys

    static func handle(_ key: Key, _ s: inout AppState) -> [Effect] {
        if key == .ctrl("c") {
            // A changed form is the one thing Ctrl-C could lose: ask once; a second Ctrl-C quits.
            if s.hasUnsavedEdit, case .form = s.overlay {
                s.overlay = .confirm(Confirmation(question: "An edit is not saved. Quit and lose it? (Ctrl-C again quits)", consequence: .quit, returnTo: nil))
                return []
            }
            s.isRunning = false
            return [.quit]
        }
        if case .click(let x, let y) = key { return click(x: x, y: y, &s) }
        if s.isTooSmall {
            return key == .char("q") ? run(.quit, &s) : []
        }
        switch s.overlay {
        case .help(let scroll)?:
            switch KeyTable.command(for: key, in: .help) {
            case .closeHelp?: s.overlay = nil
            case .moveUp?: s.overlay = .help(scroll: max(0, scroll - 1))
            case .moveDown?: s.overlay = .help(scroll: min(scroll + 1, HelpView.maxScroll(context: s.pane.keyContext, deskOnly: s.deskOnly, layout: s.layout)))
            default: break
            }
            return []
        case .confirm(let confirmation)?:
            return answer(confirmation, command: KeyTable.command(for: key, in: .dialog), &s)
        case .duplicate(let question)?:
            return answerDuplicate(question, command: KeyTable.command(for: key, in: .dialog), &s)
        case .typedConfirm(let confirmation)?:
            return typedConfirmKey(key, confirmation, &s)
        case .reprice(let question)?:
            return answerReprice(question, command: KeyTable.command(for: key, in: .reprice), &s)
        case .reason(let prompt)?:
            return reasonKey(key, prompt, &s)
        case .importPath(let prompt)?:
            return importPathKey(key, prompt, &s)
        case .importPreview(let preview)?:
            return importPreviewKey(key, preview, &s)
        case .eventList(let list)?:
            return listKey(KeyTable.command(for: key, in: .eventList), list, &s)
        case .dateMove(let question)?:
            return answerDateMove(question, command: KeyTable.command(for: key, in: .dateMove), &s)
        case .conflict(let question)?:
            return conflictKey(KeyTable.command(for: key, in: s.keyContext), question, &s)
        case .form(let formState)?:
            return formKey(key, formState, &s)
        case .find(var editor)?:
            switch KeyTable.command(for: key, in: .prompt) {
            case .submitField?:
                s.overlay = nil
                let query = editor.text.trimmingCharacters(in: .whitespaces)
                s.agenda.findQuery = query.isEmpty ? nil : query
                if !query.isEmpty { find(query, from: s.agenda.selected, step: 1, includeCurrent: true, &s) }
            case .cancel?: s.overlay = nil
            default:
                editor.handle(key)
                s.overlay = .find(editor)
            }
            return []
        case .switcher(let selected)?:
            switch KeyTable.command(for: key, in: .switcher) {
            case .moveUp?: s.overlay = .switcher(selected: max(0, selected - 1))
            case .moveDown?: s.overlay = .switcher(selected: min(s.events.count + SwitcherRow.extra.count - 1, selected + 1))
            case .submitField?:
                s.overlay = nil
                switch SwitcherRow.at(selected, events: s.events) {
                case .event(let id)?:
                    return id == s.event.id ? [] : [.openEvent(id: id)]
                case .newEvent?:
                    s.overlay = .form(FormState(form: NewEventForm.make(copying: nil, zone: s.event.timeZoneID), purpose: .newEvent(copying: nil)))
                case .copyEvent?:
                    s.overlay = .form(FormState(form: NewEventForm.make(copying: s.event, zone: s.event.timeZoneID), purpose: .newEvent(copying: s.event.id), base: .event(s.event)))
                case nil: break
                }
            case .cancel?: s.overlay = nil
            default: break
            }
            return []
        case nil:
            if s.pane != .agenda, let load = s.registrantsLoad {
                // Until the registrations are in, a name typed at the desk must not say NOT FOUND.
                let command = KeyTable.command(for: key, in: s.pane.keyContext)
                if let command, command.worksWhileLoading { return run(command, &s) }
                s.say(load.message, .info)
                return []
            }
            if s.pane == .registrants && s.registrants.searching { return searchKey(key, &s) }
            if s.pane == .checkIn { return checkInKey(key, &s) }
            guard let command = KeyTable.command(for: key, in: s.pane.keyContext) else { return [] }
            return run(command, &s)
        }
    }

    static func run(_ command: Command, _ s: inout AppState) -> [Effect] {
        if s.deskOnly, command.refusedAtDesk {
            s.say(AppState.deskOnlyRefusal, .warning)
            return []
        }
        switch command {
        case .help: s.overlay = .help(scroll: 0); return []
        case .nextPane: show(Pane(rawValue: (s.pane.rawValue + 1) % Pane.allCases.count)!, &s); return []
        case .previousPane: show(Pane(rawValue: (s.pane.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!, &s); return []
        case .showPane(let pane): show(pane, &s); return []
        case .switchEvent:
            s.overlay = .switcher(selected: s.events.firstIndex { $0.id == s.event.id } ?? 0)
            return []
        case .quit:
            if s.hasUnsavedEdit {
                s.overlay = .confirm(Confirmation(question: "An edit is not saved. Quit and lose it?", consequence: .quit, returnTo: nil))
                return []
            }
            s.isRunning = false
            return [.quit]
        case .forceQuit: s.isRunning = false; return [.quit]
        case .redraw: return [.redraw]
        default:
            switch s.pane {
            case .agenda: return agendaCommand(command, &s)
            case .registrants: return registrantsCommand(command, &s)
            case .fees: return feesCommand(command, &s)
            case .checkIn: return []
            }
        }
    }

    // MARK: Agenda

    static func agendaCommand(_ command: Command, _ s: inout AppState) -> [Effect] {
        let count = s.event.programme.items.count
        let layout = s.layout
        let page = max(1, layout.bodyHeight - 1)
        if s.agenda.infoOpen {
            if let scroll = scrolled(s.agenda.infoScroll, by: command, page: page, limit: { infoMaxScroll(s) }) {
                s.agenda.infoScroll = scroll
                return []
            }
            if command == .back || command == .toggleInfo { s.agenda.infoOpen = false; return [] }
        }
        if s.agenda.detailOpen {
            if let scroll = scrolled(s.agenda.detailScroll, by: command, page: page, limit: { detailMaxScroll(s) }) {
                s.agenda.detailScroll = scroll
                return []
            }
            if command == .back || command == .openDetail { s.agenda.detailOpen = false; return [] }
        }
        switch command {
        case .moveUp: selectIndex(s.agenda.selected - 1, &s)
        case .moveDown: selectIndex(s.agenda.selected + 1, &s)
        case .pageUp, .pageDown:
            let lines = AgendaLayout.lines(event: s.event, agenda: s.agenda)
            guard let here = lines.firstIndex(of: .item(s.agenda.selected)) else { return [] }
            let step = max(1, layout.bodyHeight - 1)
            let target = command == .pageDown ? min(lines.count - 1, here + step) : max(0, here - step)
            var index = lines[target].itemIndex
            if index == s.agenda.selected { index += command == .pageDown ? 1 : -1 }
            selectIndex(index, &s)
        case .first: selectIndex(0, &s)
        case .last: selectIndex(count - 1, &s)
        case .openDetail:
            guard count > 0 else { return [] }
            s.agenda.detailOpen = true
            s.agenda.detailScroll = 0
        case .back:
            s.agenda.detailOpen = false
            s.agenda.infoOpen = false
        case .toggleTopics:
            s.agenda.expandAll.toggle()
            AgendaLayout.ensureVisible(&s)
            s.say(s.agenda.expandAll ? "Showing every item's topics" : "Showing the selected item's topics", .info)
        case .jumpToNow:
            let n = AgendaLayout.nowAndNext(event: s.event, now: s.now)
            if let i = n.current ?? n.next { selectIndex(i, &s) }
            else { s.say("Nothing is on now: the event is on \(s.event.dateText)", .info) }
        case .showEventList(let kind):
            s.overlay = .eventList(EventListState(kind: kind))
        case .editEventDetails:
            s.overlay = .form(FormState(form: EventDetailsForm.make(for: s.event), purpose: .eventDetails, base: .event(s.event)))
        case .toggleInfo:
            s.agenda.infoOpen.toggle()
            s.agenda.infoScroll = 0
        case .find:
            s.overlay = .find(LineEditor(s.agenda.findQuery ?? "", limit: 200))
        case .findNext, .findPrevious:
            guard let query = s.agenda.findQuery else { s.say("Press / to find text in the programme", .info); return [] }
            find(query, from: s.agenda.selected, step: command == .findNext ? 1 : -1, includeCurrent: false, &s)
        case .addItem:
            let programme = s.event.programme
            let after = programme.items.isEmpty ? nil : (programme.end(of: min(s.agenda.selected, count - 1)) ?? programme.items[min(s.agenda.selected, count - 1)].start)
            s.overlay = .form(FormState(form: ProgrammeItemForm.make(for: nil, event: s.event, suggestedStart: after), purpose: .addItem))
        case .editItem:
            guard let item = selectedItem(s) else { s.say("The programme is empty: press a to add an item", .info); return [] }
            s.overlay = .form(FormState(form: ProgrammeItemForm.make(for: item, event: s.event, suggestedStart: nil), purpose: .editItem(id: item.id), base: .item(item)))
        case .deleteItem:
            guard let item = selectedItem(s) else { return [] }
            s.overlay = .confirm(Confirmation(question: "Delete “\(item.title)” (\(s.event.programme.timeRange(of: s.agenda.selected)))?",
                                              consequence: .deleteItem(id: item.id), returnTo: nil))
        case .moveItemUp, .moveItemDown:
            guard let item = selectedItem(s) else { return [] }
            let delta = command == .moveItemUp ? -1 : 1
            guard let moved = s.event.movingItem(id: item.id, by: delta) else {
                s.say(delta < 0 ? "“\(item.title)” is already first" : "“\(item.title)” is already last", .info)
                return []
            }
            let what = "moved “\(item.title)” " + (delta < 0 ? "earlier" : "later")
            return [.applyEvent(itemEdits(from: s.event, to: moved), message: "Saved: " + what, warning: nil, kind: .edit(description: what, select: item.id))]
        case .undo:
            return undoEventEdit(&s)
        case .importFile:
            startImport(.programme, &s)
        default:
            break
        }
        return []
    }

    /// Undoes this desk's last programme or fee edit: operations that put back exactly what it changed,
    /// refused (with who changed it since) where another desk changed those fields after it.
    static func undoEventEdit(_ s: inout AppState) -> [Effect] {
        guard let last = s.undoStack.last else { s.say("Nothing to undo", .info); return [] }
        return [.applyEvent(last.inverse, message: "Undone: " + last.description, warning: nil, kind: .undo)]
    }

    /// The item edits that turn one programme into another (a move changes two items' times).
    static func itemEdits(from old: Event, to new: Event) -> [EventOperation] {
        new.programmeItems.compactMap { item in
            guard let before = old.programmeItems.first(where: { $0.id == item.id }), before != item else { return nil }
            let (set, base) = FieldPatch.diff(from: before, to: item)
            return .editItem(id: item.id, set: set, base: base)
        }
    }

    /// Marks a form's errors beside their fields and keeps it open, focused on the first; true when there
    /// are none and the form can be saved.
    static func acceptForm(_ fs: FormState, errors: [String: String], _ s: inout AppState) -> Bool {
        guard !errors.isEmpty else { return true }
        var marked = fs
        marked.form.clearErrors()
        for (id, message) in errors { marked.form.setError(id, message) }
        marked.form.focus = marked.form.fields.firstIndex { $0.error != nil } ?? marked.form.focus
        s.overlay = .form(marked)
        s.say("Not saved: correct the marked field", .error)
        return false
    }

    // MARK: Forms and questions

    static func formKey(_ key: Key, _ formState: FormState, _ s: inout AppState) -> [Effect] {
        var fs = formState
        // The focused field gets editing keys first, so Space and letters type rather than command.
        if fs.form.edit(key, width: FormView.fieldWidth(fs.form, s.layout)) {
            if let field = fs.form.fields[safe: fs.form.focus], field.error != nil {
                fs.form.setError(field.id, fieldError(field.id, fs, s))
            }
            fs.form.offerZones()
            s.overlay = .form(fs)
            return []
        }
        switch KeyTable.command(for: key, in: .form) {
        case .nextField?, .previousField?:
            leaveField(&fs, s)
            fs.form.moveFocus(KeyTable.command(for: key, in: .form) == .nextField ? 1 : -1)
            s.overlay = .form(fs)
        case .submitField?:
            if fs.form.focus == fs.form.fields.count - 1 { return saveForm(fs, &s) }
            leaveField(&fs, s)
            fs.form.moveFocus(1)
            s.overlay = .form(fs)
        case .save?:
            return saveForm(fs, &s)
        case .cancel?:
            if fs.form.isChanged {
                s.overlay = .confirm(Confirmation(question: "Discard your changes?", consequence: .discardForm, returnTo: fs))
            } else {
                s.overlay = nil
            }
        default:
            break
        }
        return []
    }

    static func leaveField(_ fs: inout FormState, _ s: AppState) {
        guard let field = fs.form.fields[safe: fs.form.focus] else { return }
        fs.form.setError(field.id, fieldError(field.id, fs, s))
    }

    /// The error a field shows as the person leaves it, by what the form is for.
    static func fieldError(_ id: String, _ fs: FormState, _ s: AppState) -> String? {
        switch fs.purpose {
        case .addItem, .editItem: return ProgrammeItemForm.error(in: id, of: fs.form)
        case .newRegistrant, .editRegistrant:
            return RegistrantForm.errors(of: registrantDraft(fs, s), event: s.event)[id]
        case .payment(let code):
            guard let r = s.registry[code] else { return nil }
            return PaymentForm.errors(fs.form, registrant: r, event: s.event)[id]
        case .addCategory, .editCategory:
            return CategoryForm.errors(fs.form, event: s.event)[id]
        case .walkIn:
            return RegistrantForm.errors(of: WalkInForm.draft(fs.form, event: s.event, registry: s.registry, now: s.now), event: s.event)[id]
        case .listEntry(let kind, let index):
            guard case .event(let base)? = fs.base else { return nil }
            return kind.saving(fs.form, into: base, index: index).errors[id]
        case .newEvent:
            return NewEventForm.event(from: fs.form, copying: { if case .event(let e)? = fs.base { return e }; return nil }(),
                                      existing: s.events.map(\.id)).errors[id]
        case .eventDetails:
            guard case .event(let base)? = fs.base else { return nil }
            return EventDetailsForm.event(from: fs.form, base: base, registered: s.registry.count).errors[id]
        }
    }

    static func saveForm(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        if fs.purpose.isRegistrant { return saveRegistrantForm(fs, &s, allowDuplicate: false) }
        if case .payment(let code) = fs.purpose { return savePaymentForm(fs, code: code, &s) }
        if fs.purpose == .walkIn { return saveWalkIn(fs, &s) }
        if fs.purpose == .eventDetails { return saveDetailsForm(fs, moveProgramme: nil, &s) }
        if case .newEvent = fs.purpose { return saveNewEventForm(fs, &s) }
        if case .listEntry(let kind, let index) = fs.purpose { return saveListEntry(fs, kind: kind, index: index, &s) }
        if fs.purpose == .addCategory || { if case .editCategory = fs.purpose { return true }; return false }() {
            return saveCategoryForm(fs, &s)
        }
        let opened: ProgrammeItem? = { if case .item(let item)? = fs.base { return item }; return nil }()
        switch ProgrammeItemForm.item(from: fs.form, base: opened, event: s.event) {
        case .invalid(var marked):
            marked.focus = marked.fields.firstIndex { $0.error != nil } ?? marked.focus
            var kept = fs
            kept.form = marked
            s.overlay = .form(kept)
            s.say("Not saved: correct the marked field", .error)
            return []
        case .valid(let item):
            guard fs.form.isChanged else { s.overlay = nil; s.say("Nothing changed", .info); return [] }
            let updated = s.event.savingItem(item)
            let problems = updated.programme.problems().filter { $0.contains("\"\(item.title)\"") }
            let what = (opened == nil ? "added" : "edited") + " “\(item.title)”"
            let operation: EventOperation
            if let opened {
                let (set, base) = FieldPatch.diff(from: opened, to: item)
                operation = .editItem(id: item.id, set: set, base: base)
            } else {
                operation = .addItem(item: item)
            }
            // The form stays open until the store says it is saved: a failure or a conflict keeps the typing.
            return [.applyEvent([operation], message: "Saved: " + what, warning: problems.first.map { "warning: " + $0 },
                                kind: .edit(description: what, select: item.id))]
        }
    }

    static func answer(_ c: Confirmation, command: Command?, _ s: inout AppState) -> [Effect] {
        switch command {
        case .confirm?:
            s.overlay = nil
            switch c.consequence {
            case .deleteListEntry(let kind, let index):
                guard index < kind.count(s.event), let op = kind.operation(from: s.event, to: kind.removing(s.event, at: index)) else { return [] }
                s.overlay = .eventList(EventListState(kind: kind, selected: max(0, index - 1)))
                return [.applyEvent([op], message: "Saved: deleted \(kind.singular) \(index + 1)", warning: nil, kind: .edit(description: "deletion of \(kind.singular) \(index + 1)", select: nil))]
            case .deleteItem(let id):
                guard let item = s.event.programmeItems.first(where: { $0.id == id }) else { return [] }
                let what = "deleted “\(item.title)”"
                return [.applyEvent([.deleteItem(id: id, base: item)], message: "Saved: " + what, warning: nil, kind: .edit(description: what, select: nil))]
            case .discardForm:
                s.say("Changes discarded", .info)
                return []
            case .cancelRegistration(let code):
                guard let r = s.registry[code] else { return [] }
                return [.commit(.setStatus(code: code, .cancelled), expecting: nil, message: "Cancelled \(r.code) \(r.fullName); r restores",
                                undo: .push(ChangeUndo(inverse: .setStatus(code: code, r.status), expect: .status(.cancelled), description: "cancellation of \(r.fullName)")))]
            case .promote(let code):
                guard let r = s.registry[code] else { return [] }
                return [.commit(.setStatus(code: code, .registered), expecting: .status(.waitlisted), message: "Promoted \(r.code) \(r.fullName) from the waiting list",
                                undo: .push(ChangeUndo(inverse: .setStatus(code: code, .waitlisted), expect: .status(.registered), description: "promotion of \(r.fullName)")))]
            case .quit:
                s.isRunning = false
                return [.quit]
            case .recordPayment(let code, let payment):
                return [recordPaymentEffect(code: code, payment, s)]
            }
        case .cancel?:
            s.overlay = c.returnTo.map { .form($0) }
            return []
        default:
            return []
        }
    }

    // MARK: Helpers

    static func click(x: Int, y: Int, _ s: inout AppState) -> [Effect] {
        guard !s.isTooSmall, s.overlay == nil else { return [] }
        let layout = s.layout
        if y == layout.tabRow {
            if let tab = layout.tabSpans().first(where: { x >= $0.x && x < $0.x + $0.width }) { show(tab.pane, &s) }
            return []
        }
        guard s.pane == .agenda, !s.agenda.infoOpen, !s.agenda.detailOpen, y >= layout.bodyTop,
              y < layout.bodyTop + layout.bodyHeight, x < layout.timelineWidth else { return [] }
        let lines = AgendaLayout.lines(event: s.event, agenda: s.agenda)
        let index = s.agenda.scroll + (y - layout.bodyTop)
        if lines.indices.contains(index) { selectIndex(lines[index].itemIndex, &s) }
        return []
    }

    /// A scrolling view's new position for a movement command (nil for any other command), kept
    /// between the top and `limit`, which is computed only when scrolling down.
    static func scrolled(_ value: Int, by command: Command, page: Int, limit: () -> Int) -> Int? {
        switch command {
        case .moveUp: return max(0, value - 1)
        case .moveDown: return min(value + 1, limit())
        case .pageUp: return max(0, value - page)
        case .pageDown: return min(value + page, limit())
        case .first: return 0
        case .last: return limit()
        default: return nil
        }
    }

    /// How far the information and detail views can scroll: to their last line, no further.
    static func infoMaxScroll(_ s: AppState) -> Int {
        let layout = s.layout
        return max(0, EventInfoView.lines(event: s.event, now: s.now, width: layout.width - 2).count - layout.bodyHeight)
    }
    static func detailMaxScroll(_ s: AppState) -> Int {
        let layout = s.layout
        guard s.event.programme.items.indices.contains(s.agenda.selected) else { return 0 }
        return max(0, ItemDetailView.lines(event: s.event, index: s.agenda.selected, history: s.eventHistory, width: layout.width - 2).count - layout.bodyHeight)
    }

    static func show(_ pane: Pane, _ s: inout AppState) {
        s.pane = pane
        if pane == .registrants { ensureRegistrantVisible(&s) }
    }

    static func selectedItem(_ s: AppState) -> ProgrammeItem? {
        let items = s.event.programme.items
        return items.indices.contains(s.agenda.selected) ? items[s.agenda.selected] : nil
    }

    static func selectIndex(_ index: Int, _ s: inout AppState) {
        let count = s.event.programme.items.count
        s.agenda.selected = count == 0 ? 0 : max(0, min(count - 1, index))
        AgendaLayout.ensureVisible(&s)
    }

    static func select(id: String?, in s: inout AppState) {
        if let id, let i = s.event.programme.items.firstIndex(where: { $0.id == id }) { selectIndex(i, &s) }
        else { selectIndex(s.agenda.selected, &s) }
    }

    /// Selects the next item (cyclically) whose title, topics or description contain the query,
    /// accents and case ignored.
    static func find(_ query: String, from start: Int, step: Int, includeCurrent: Bool, _ s: inout AppState) {
        let items = s.event.programme.items
        guard !items.isEmpty else { return }
        let needle = TextFolding.fold(query)
        let count = items.count
        for offset in (includeCurrent ? 0 : 1)...count {
            let i = ((start + step * offset) % count + count) % count
            let item = items[i]
            let haystack = TextFolding.fold(([item.title] + item.topics + [item.description ?? ""]).joined(separator: "\n"))
            if haystack.contains(needle) {
                selectIndex(i, &s)
                s.say("Found “\(query)” in \(s.event.programme.timeRange(of: i)) \(item.title)  (n: next, N: previous)", .info)
                return
            }
        }
        s.say("No “\(query)” in the programme", .warning)
    }
}

extension AppState {
    /// Shows a message in the status line; it fades after a few seconds (errors stay longer).
    mutating func say(_ text: String, _ kind: StatusMessage.Kind) {
        status = StatusMessage(text: text, kind: kind, expires: wall.addingTimeInterval(kind == .error ? 10 : 4))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
