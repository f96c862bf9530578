import Foundation
import FoyerCore
import Synchronization

/// Loads an event's registrations on a thread of their own, so the agenda is on screen at once and the
/// registrants follow behind a progress line (at 100,000 people the load takes a moment).
///
/// The thread builds a complete `EventStore` and the search index, then hands both over; until then the
/// main loop does not touch them, so nothing is shared while it runs.
final class RegistrantsLoader: Sendable {
    /// What the thread hands over. The store is used by the main loop only after the hand-over.
    struct Loaded: @unchecked Sendable {
        var store: EventStore
        var index: SearchIndex
        var seconds: Double
    }

    let eventID: String
    private let outcome = Mutex<Result<Loaded, StoreFailure>?>(nil)

    struct StoreFailure: Error { var message: Phrase }

    init(directory: DataDirectory, eventID: String, desk: String, clock: Clock) {
        self.eventID = eventID
        let thread = Thread { [self] in
            let started = Date()
            do {
                // registrants.index is read on a second thread while this one reads the snapshot.
                let cacheReader = CacheReader(folder: directory.folder(of: eventID))
                let store = try directory.openEvent(eventID, desk: desk, clock: clock)
                // The index from registrants.index when it fits; else built here and saved for next time.
                let cached = store.searchIndex(fromCache: cacheReader.wait())
                let index = cached ?? store.freshSearchIndex()
                let stamp = store.searchIndexStamp, folder = store.folder
                let loaded = Loaded(store: store, index: index, seconds: Date().timeIntervalSince(started))
                self.outcome.withLock { $0 = .success(loaded) }
                // The store is the main loop's from here; this thread only writes the cache and tidies up.
                if cached == nil, index.count > 0 { try? SearchIndexFile.save(index, stamp: stamp, folder: folder) }
                MemoryTrim.returnFreedMemory()
            } catch {
                self.outcome.withLock { $0 = .failure(StoreFailure(message: Phrase.of(error))) }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result once the thread is done, else nil. Taken once.
    func take() -> Result<Loaded, StoreFailure>? {
        outcome.withLock { value in
            defer { value = nil }
            return value
        }
    }
}

/// Gives freed heap back to the system after loading: decoding and indexing 100,000 people leaves
/// tens of megabytes free in the loader thread's arena. glibc's malloc_trim, looked up by name because
/// Swift's Glibc module does not declare it.
enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    static func returnFreedMemory() { _ = trim?(0) }
}

/// Reads the search index cache on its own thread; `wait` returns what it read.
final class CacheReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: SearchIndexFile.Cached?

    init(folder: String) {
        let thread = Thread { [self] in
            result = SearchIndexFile.read(folder: folder)
            done.signal()
        }
        thread.start()
    }

    func wait() -> SearchIndexFile.Cached? {
        done.wait()
        return result
    }
}
