import Foundation
@testable import FoyerCore
@testable import FoyerTUI

/// A desk as the runner has it: a real store on a temporary folder (the sample event and generated
/// registrants), its `EffectPerformer`, and an `AppState` made from it. A second desk opens the same
/// folder, so tests can follow two desks editing at once through `update` and the store.
final class StoreDesk {
    let folder: URL
    let store: EventStore
    let performer: EffectPerformer
    private let ownsFolder: Bool

    init(count: Int, seed: UInt64 = 7, desk: String = "A", now: String = "2009-03-01 10:00") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-desk-\(UUID().uuidString)")
        let data = DataDirectory(path: folder.path)
        let event = try Fixtures.sampleEvent()
        try data.createEvent(event)
        store = try data.openEvent(event.id, desk: desk, clock: Clock(fixed: Clock.parse(now, zone: Fixtures.stockholm)!))
        if count > 0 { try store.replaceAllRegistrants(RegistrantGenerator(event: event, seed: seed).make(count: count)) }
        performer = EffectPerformer(store: store)
        ownsFolder = true
    }

    /// Another desk on the same folder.
    init(sharing other: StoreDesk, desk: String, now: String = "2009-03-01 10:02") throws {
        folder = other.folder
        let data = DataDirectory(path: folder.path)
        store = try data.openEvent(other.store.event.id, desk: desk, clock: Clock(fixed: Clock.parse(now, zone: Fixtures.stockholm)!))
        performer = EffectPerformer(store: store)
        ownsFolder = false
    }

    deinit { if ownsFolder { try? FileManager.default.removeItem(at: folder) } }

    /// The screen as it opens on this desk's store, on `pane` ("1" to "4").
    func state(pane: Character = "1", width: Int = 80, height: Int = 24) -> AppState {
        var s = AppState(event: store.event, width: width, height: height, now: store.clock.now(), registry: store.registry, journal: store.journalEntries)
        s = Fixtures.press([.char(pane)], s).0
        return s
    }

    /// Keys through `update`, their effects through the real performer, the reports back through `update`:
    /// the terminal app's `Program`, each key settled before the next.
    func press(_ keys: [Key], _ state: AppState) -> AppState {
        let program = Program(state: state, performer: performer)
        program.press(keys)
        return program.state
    }

    /// What the runner does twice a second: other desks' changes, in.
    func refresh(_ state: AppState) -> AppState {
        var s = state
        if (try? store.refreshEvent()) == true { s = Update.apply(s, .eventChanged(store.event)).0 }
        if (try? store.refresh()) == true {
            s = Update.apply(s, .refreshed(registry: store.registry, journal: store.journalEntries, codes: nil)).0
        }
        return s
    }
}
