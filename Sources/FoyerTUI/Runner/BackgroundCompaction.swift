import Foundation
import FoyerCore
import Synchronization

/// Folds a long journal into a new snapshot while the desk is idle. The slow part (writing 100,000
/// people) runs on its own thread and holds no lock, so keys, check-ins and other desks go on; the
/// store takes the lock only to begin and to put the new files in place.
final class BackgroundCompaction: Sendable {
    /// Compact when the journal has at least this many lines and no key was pressed for `idleSeconds`.
    static let journalLines = 5_000
    static let idleSeconds = 20.0

    let start: EventStore.CompactionStart
    private let outcome = Mutex<String??>(nil)

    init(start: EventStore.CompactionStart) {
        self.start = start
        let thread = Thread { [self] in
            do {
                try EventStore.writeCompactedSnapshot(start)
                self.outcome.withLock { $0 = .some(nil) }
            } catch {
                self.outcome.withLock { $0 = .some(String(describing: error)) }
            }
        }
        thread.start()
    }

    /// Nil while writing; then `.some(nil)` when the snapshot is written, `.some(why)` when it failed.
    func take() -> String?? { outcome.withLock { $0 } }

    static func isDue(_ store: EventStore, idleFor seconds: Double) -> Bool {
        seconds >= idleSeconds && store.journalEntries.count >= journalLines
    }
}
