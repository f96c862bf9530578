import Foundation
import FoyerCore

/// The main loop: read a key (or notice a resize, the clock, a signal), run it through the `Program`
/// (`update` and the effects through the store), draw. Only here do state, store and terminal meet; the
/// terminal only through the `Backend` protocol.
///
/// The agenda is drawn from event.json alone, at once; the registrations load on a thread of their own
/// (`RegistrantsLoader`) behind a progress line. Effects that need them wait until they are in.
public final class TerminalApp {
    private let directory: DataDirectory
    private let desk: String
    private let clock: Clock
    private let backend: any Backend
    private var event: Event?
    /// The bundled sample events, which the welcome offers to load into an empty data directory.
    private let samplesPath: String?
    private var performer: EffectPerformer?
    private var loader: RegistrantsLoader?
    /// The state and the loop of update and effects; effects asked for while the registrations are
    /// still loading wait in it until they are in.
    private var program: Program?
    private var compaction: BackgroundCompaction?
    /// Backups of the open event to a folder every few minutes (`foyer --backup-to`), when asked for.
    private let periodicBackup: PeriodicBackup?
    private var lastKey = Date()
    /// Why the registrations could not be loaded (the loader's words): effects that need them are refused with it.
    private var loadFailure: Phrase?
    /// A desk-only station: check-in, walk-ins, registering and money only (`foyer --desk-only`).
    private let deskOnly: Bool
    /// Emails shown masked at the desk (`--mask-emails`).
    private let maskEmails: Bool
    /// Whether `Effect.bell` rings the terminal's bell (`BellSetting`: off with `--no-bell`, FOYER_BELL=off).
    private let bell: Bool
    /// The interface's language to start in (F8 switches it, on the welcome too).
    private var language: Language
    /// The backend found the terminal gone without a SIGHUP reaching foyer (see `BackendInput.hungUp`).
    private var hungUp = false
    /// The signal that ends the run: one received, or SIGHUP for a terminal that hung up unsignalled.
    private var endingSignal: Int32? { SignalGuard.received != 0 ? SignalGuard.received : hungUp ? SIGHUP : nil }

    /// Starts loading the registrations at once, in parallel with setting up the terminal.
    /// With no event (an empty data directory) it opens on the welcome. The terminal is ncurses unless
    /// another backend is given (a `TestBackend`).
    public init(directory: DataDirectory, event: Event?, desk: String, clock: Clock, mouse: Bool = false, deskOnly: Bool = false,
                maskEmails: Bool = false, bell: Bool = true, language: Language = .en, samplesPath: String? = nil, backup: BackupSchedule? = nil, backend: (any Backend)? = nil) {
        self.directory = directory
        self.periodicBackup = backup.map { PeriodicBackup(schedule: $0) }
        self.language = language
        self.deskOnly = deskOnly
        self.maskEmails = maskEmails
        self.bell = bell
        self.event = event
        self.desk = desk
        self.clock = clock
        self.samplesPath = samplesPath
        self.backend = backend ?? NcursesBackend(mouse: mouse)
        if let event { self.loader = RegistrantsLoader(directory: directory, eventID: event.id, desk: desk, clock: clock) }
    }

    /// Runs until quit. Returns the signal that ended it, if one did (the caller exits 128 + signal).
    @discardableResult
    public func run() throws -> Int32? {
        try backend.start()
        SignalGuard.install(restoring: backend.restoreTerminal)
        atexit { SignalGuard.restoreTerminal() }
        defer { backend.stop() }
        if event == nil {
            guard let chosen = welcome() else { return endingSignal }
            event = chosen
            loader = RegistrantsLoader(directory: directory, eventID: chosen.id, desk: desk, clock: clock)
        }
        guard let event else { return nil }

        let size = backend.size
        var state = AppState(event: event, events: [EventSummary(event)], width: size.width, height: size.height, now: clock.now())
        state.deskOnly = deskOnly
        state.maskEmails = maskEmails
        state.language = language
        // A clock fixed for a demo (--now) is wrong on purpose: not worth a warning.
        if !clock.isFixed { state.clockWatch = ClockWatch(desk: .init(name: desk, user: UnixUser.current)) }
        state.registrantsLoad = .loading(eventID: event.id, bytes: RegistrantsLoad.bytes(in: directory.folder(of: event.id)))
        AgendaLayout.ensureVisible(&state)
        var lastFrame = RootView.render(state)
        backend.draw(lastFrame)
        // The other events, for the switcher: after the first frame, they are not needed for it.
        state.events = ((try? directory.events()) ?? [event]).filter { !$0.isArchived || $0.id == event.id }.map(EventSummary.init).sorted { $0.date < $1.date }
        let program = Program(state: state, performer: effectPerformer)
        self.program = program

        while program.state.isRunning && endingSignal == nil {
            var actions: [Action] = []
            switch backend.read(timeoutMilliseconds: loader == nil ? 200 : 10) {
            case .key(let key): actions.append(.key(key)); lastKey = Date()
            case .resize(let w, let h): actions.append(.resize(width: w, height: h))
            case .hungUp: hungUp = true
            case .none: break
            }
            actions.append(.tick(clock.now(), wall: Date()))
            if let arrived = takeLoaded() { actions.append(arrived) }
            actions += performer?.refreshFromOtherDesks() ?? []
            if let compacted = compactWhenIdle() { actions.append(compacted) }
            if let failed = backUpWhenDue() { actions.append(failed) }
            program.send(actions)
            let frame = RootView.render(program.state)
            if program.fullRedrawAsked { backend.forceFullRedraw() }
            if frame != lastFrame || program.fullRedrawAsked {
                backend.draw(frame)
                lastFrame = frame
            }
        }
        return endingSignal
    }

    /// The welcome on an empty data directory, until an event exists (created or the samples loaded);
    /// nil when the person quits.
    private func welcome() -> Event? {
        var state = WelcomeState(width: backend.size.width, height: backend.size.height, folder: directory.path, language: language)
        backend.draw(Welcome.render(state))
        while endingSignal == nil {
            switch backend.read(timeoutMilliseconds: 200) {
            case .key(let key):
                let (next, outcome) = Welcome.update(state, key)
                state = next
                language = state.language
                switch outcome {
                case .none: break
                case .quit: return nil
                case .create(let event):
                    do { try directory.createNewEvent(event); return event } catch { state.message = Catalogue.Shell.notCreated(why: Phrase.of(error)) }
                case .loadSamples:
                    do {
                        guard let samplesPath else { state.message = Catalogue.Shell.noSamples; break }
                        let ids = try directory.seed(fromSamples: samplesPath)
                        if let first = ids.first { return try directory.event(first) }
                    } catch { state.message = Catalogue.Shell.samplesNotLoaded(why: Phrase.of(error)) }
                }
            case .resize(let w, let h): state.width = w; state.height = h
            case .hungUp: hungUp = true
            case .none: break
            }
            backend.draw(Welcome.render(state))
        }
        return nil
    }

    /// The program's performer: opens events here, and has effects that need the registrations wait
    /// (in the program) while they load; the rest go to the store's performer.
    private final class Effects: EffectPerforming {
        unowned let app: TerminalApp
        init(app: TerminalApp) { self.app = app }
        func perform(_ effect: Effect) -> EffectPerformer.Outcome { app.perform(effect) }
    }

    /// The program's performer (internal: tests send effects through it as the loop does).
    var effectPerformer: any EffectPerforming { Effects(app: self) }

    private func perform(_ effect: Effect) -> EffectPerformer.Outcome {
        switch effect {
        case .quit: return .nothing
        case .redraw: return .redraw
        case .bell:
            if bell { backend.bell() }
            return .nothing
        case .openEvent(let id): return .actions(open(id))
        default:
            guard let performer else {
                if let loadFailure {
                    let loadFailure = Catalogue.App.notLoadedLowercase(why: loadFailure)
                    if case .applyEvent = effect { return .actions([.saveFailed(loadFailure)]) }
                    return .actions([.commitFailed(loadFailure)])
                }
                return .wait
            }
            performer.language = program?.state.language ?? language
            return performer.perform(effect)
        }
    }

    /// Starts a background compaction when the desk is idle and the journal long; puts its files in
    /// place (briefly under the lock) when the thread is done. Failures only mean it is tried later.
    private func compactWhenIdle() -> Action? {
        guard let store = performer?.store else { return nil }
        if let running = compaction {
            guard let result = running.take() else { return nil }
            compaction = nil
            lastKey = Date() // not again at once if it failed
            guard result == nil, (try? store.finishCompaction(running.start)) != nil else { return nil }
            // The search index cache for the new snapshot, so the next launch need not build one.
            let job = store.searchIndexJob
            Thread { try? job.run() }.start()
            return .refreshed(registry: store.registry, journal: store.journalEntries, codes: [])
        }
        guard BackgroundCompaction.isDue(store, idleFor: Date().timeIntervalSince(lastKey)),
              let start = try? store.beginCompaction() else { return nil }
        compaction = BackgroundCompaction(start: start)
        return nil
    }

    /// Keeps the schedule's backups of the open event once its registrations are in (a backup before
    /// that would only wait for the same files); by the wall clock, not the desk's (`--now`) clock.
    private func backUpWhenDue() -> Action? {
        guard let periodicBackup, performer != nil, let event else { return nil }
        return periodicBackup.poll(now: Date(), eventFolder: directory.folder(of: event.id), eventID: event.id)
    }

    /// Switches to another event: its event.json now, its registrations in the background.
    private func open(_ id: String) -> [Action] {
        do {
            let opened = try directory.event(id)
            event = opened
            performer = nil
            compaction = nil
            program?.dropWaiting()
            loadFailure = nil
            loader = RegistrantsLoader(directory: directory, eventID: id, desk: desk, clock: clock)
            return [.eventOpened(opened, registeredCount: nil),
                    .registrantsLoading(eventID: id, bytes: RegistrantsLoad.bytes(in: directory.folder(of: id)))]
        } catch {
            return [.openFailed(Phrase.of(error))]
        }
    }

    /// The loader's result, once it has one: the store goes to the performer, the registry to the state.
    private func takeLoaded() -> Action? {
        guard let loader, let result = loader.take() else { return nil }
        self.loader = nil
        switch result {
        case .success(let loaded):
            performer = EffectPerformer(store: loaded.store)
            var registrants = LoadedRegistrants(registry: loaded.store.registry, journal: loaded.store.journalEntries,
                                                index: loaded.index, warnings: loaded.store.warningPhrases, seconds: loaded.seconds,
                                                readOnly: loaded.store.isReadOnly)
            registrants.eventHistory = loaded.store.eventHistory()
            return .registrantsLoaded(registrants)
        case .failure(let failure):
            program?.dropWaiting()
            loadFailure = failure.message
            return .registrantsLoadFailed(failure.message)
        }
    }
}
