import Foundation
import FoyerCore
import FoyerTUI

/// The figures measured inside one process, through the same code the terminal app runs: the pure
/// `update`, the views rendering into the screen grid, and the `EffectPerformer` writing through the
/// store. Only the terminal itself (ncurses) is left out; the launch figures cover it.
struct InProcessBench {
    struct Figures {
        var load = 0.0, index = 0.0
        var indexFromCache = false
        var searchKeystrokes: [Double] = []
        var checkIns: [Double] = []
        var redraw: [Pane: [Double]] = [:]
        var compaction = 0.0
        /// Of which the lock was held (the rest, writing the snapshot, blocks nobody).
        var compactionLocked = 0.0
        var checkInFailures = 0
    }

    let folder: String
    /// The interface's language the screens are drawn in.
    var language: Language = .en
    var queries = 60
    var checkInCount = 300
    var redrawSamples = 200

    /// Runs on a scratch copy of the event folder: check-ins and compaction write to it.
    func run(scratch: String) throws -> Figures {
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for name in [EventStore.eventFileName, EventStore.snapshotFileName, EventStore.journalFileName, SearchIndexFile.fileName]
            where FileManager.default.fileExists(atPath: folder + "/" + name) {
            try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: scratch + "/" + name)
        }
        var figures = Figures()
        let clock = Clock(fixed: BenchData.dayStart.addingTimeInterval(5 * 3600))

        var t = PtyLaunch.now()
        let store = try EventStore(folder: scratch, desk: "bench", clock: clock)
        figures.load = PtyLaunch.now() - t
        t = PtyLaunch.now()
        let cached = store.cachedSearchIndex()
        let index = cached ?? store.freshSearchIndex()
        figures.index = PtyLaunch.now() - t
        figures.indexFromCache = cached != nil

        var state = AppState(event: store.event, width: 80, height: 24, now: clock.now(),
                             registry: store.registry, journal: store.journalEntries, index: index)
        state.language = language
        let performer = EffectPerformer(store: store)

        // A full redraw of each pane.
        for pane in Pane.allCases {
            state.pane = pane
            for _ in 0..<5 { _ = RootView.render(state) }
            var samples: [Double] = []
            for _ in 0..<redrawSamples {
                let t0 = PtyLaunch.now()
                _ = RootView.render(state)
                samples.append(PtyLaunch.now() - t0)
            }
            figures.redraw[pane] = samples
        }

        // Search: each keystroke of a typed query, until its results are on the screen.
        state.pane = .registrants
        // The search key, as the table has it.
        let find = KeyTable.standard.binding(.find, in: .registrants)!.keys[0]
        let leave = KeyTable.standard.binding(.cancel, in: .registrantSearch)!.keys[0]
        state = Update.apply(state, .key(find)).0
        for query in Self.queries(from: store.registry, count: queries) {
            for character in query {
                let t0 = PtyLaunch.now()
                state = Update.apply(state, .key(.char(character))).0
                _ = RootView.render(state)
                figures.searchKeystrokes.append(PtyLaunch.now() - t0)
            }
            state = Update.apply(state, .key(leave)).0
            state = Update.apply(state, .key(find)).0
        }
        state = Update.apply(state, .key(leave)).0

        // Check-in: the code typed, then Enter until the change is fsync'ed and applied to the state.
        state.pane = .checkIn
        // The terminal app's loop: each key through `update`, its effects through the store, the reports back.
        let program = Program(state: state, performer: performer)
        // Paid people whose category needs no ID: Enter checks them in at once (a reduced rate asks for
        // the proof first, which is a question, not a check-in to time).
        let people = store.registry.registrants.filter {
            $0.status == .registered && $0.checkIn == nil && $0.due.minorUnits <= 0 && store.event.feeCategory(id: $0.feeCategoryID)?.requiresProof != true
        }
        var random = SeededRandom(seed: 19)
        for _ in 0..<min(checkInCount, people.count) {
            let person = people[Int(random.next() % UInt64(people.count))]
            guard program.state.registry[person.code]?.checkIn == nil else { continue }
            program.press(person.code.map { Key.char($0) })
            let t0 = PtyLaunch.now()
            program.send(.key(KeyTable.standard.binding(.checkInSelected, in: .checkIn)!.keys[0]))
            figures.checkIns.append(PtyLaunch.now() - t0)
            if case .checkedIn? = program.state.checkIn.banner {} else { figures.checkInFailures += 1 }
            _ = RootView.render(program.state)
        }

        // Compaction of the journal (10,000 lines and the check-ins above) into a new snapshot.
        t = PtyLaunch.now()
        let start = try store.beginCompaction()
        let began = PtyLaunch.now()
        try EventStore.writeCompactedSnapshot(start)
        let written = PtyLaunch.now()
        try store.finishCompaction(start)
        let finished = PtyLaunch.now()
        figures.compaction = finished - t
        figures.compactionLocked = (began - t) + (finished - written)
        return figures
    }

    /// Queries as people type them: surnames with their diacritics, first name and surname start,
    /// email and organisation words, codes with and without the prefix, and folded spellings.
    static func queries(from registry: Registry, count: Int) -> [String] {
        var random = SeededRandom(seed: 7)
        var out = ["åsa", "öberg", "ängs", "lindqvist", "saf-1", "anna b", "björk", "ÖSTER", "josé", "hägg"]
        while out.count < count && registry.count > 0 {
            let r = registry.registrants[Int(random.next() % UInt64(registry.count))]
            switch random.next() % 6 {
            case 0: out.append(String(r.lastName.prefix(6)).lowercased())
            case 1: out.append(r.firstName.lowercased() + " " + String(r.lastName.prefix(2)).lowercased())
            case 2: out.append(String(r.email.prefix(8)))
            case 3: out.append(String((r.organisation.split(separator: " ").first ?? "").prefix(7)))
            case 4: out.append(String(RegistrantCode.number(in: r.code) ?? 1))
            default: out.append(TextFolding.fold(String(r.lastName.prefix(5))))
            }
        }
        return out.filter { !$0.isEmpty }
    }
}
