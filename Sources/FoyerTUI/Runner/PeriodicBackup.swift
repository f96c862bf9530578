import Foundation
import FoyerCore
import Synchronization

/// Where and how often the host keeps backups of the open event (`foyer --backup-to DIR --backup-every
/// MINUTES --backup-keep K`): a USB stick that holds the last K archives if the laptop dies.
public struct BackupSchedule: Sendable, Equatable {
    public var folder: String
    public var everyMinutes: Int
    public var keep: Int

    public static let defaultMinutes = 10
    public static let defaultKeep = 12

    public init(folder: String, everyMinutes: Int = defaultMinutes, keep: Int = defaultKeep) {
        self.folder = folder
        self.everyMinutes = everyMinutes
        self.keep = keep
    }
}

/// Keeps a backup of the open event every `everyMinutes` in the schedule's folder, the first as soon as
/// the registrations are in, and deletes all but the newest `keep` of that event's archives there. The
/// archive is written on a thread of its own, like `BackgroundCompaction`: the event's lock is held only
/// while the registrations are read (`EventBackup`), so keys and other desks go on. A failure (the stick
/// pulled out, full) is said in the status line, naming the folder, and tried again when the next one is due.
final class PeriodicBackup {
    let schedule: BackupSchedule
    /// How a backup's work is started: a new thread; a test runs it at once.
    private let start: (@escaping @Sendable () -> Void) -> Void
    private var nextDue: Date?
    private var running: Job?

    /// One backup's outcome, written by its thread: nil while it runs, then `.some(nil)` when written,
    /// `.some(why)` when it failed.
    private final class Job: Sendable {
        let outcome = Mutex<Phrase??>(nil)
    }

    init(schedule: BackupSchedule, start: @escaping (@escaping @Sendable () -> Void) -> Void = { Thread(block: $0).start() }) {
        self.schedule = schedule
        self.start = start
    }

    /// Called at every turn of the loop with the time (`now`: the wall clock, or a test's). Starts a backup
    /// when one is due and none is running; returns the status line's message when a finished one failed.
    func poll(now: Date, eventFolder: String, eventID: String) -> Action? {
        var report = takeFinished()
        guard running == nil, now >= (nextDue ?? now) else { return report }
        nextDue = now.addingTimeInterval(Double(schedule.everyMinutes) * 60)
        let job = Job()
        running = job
        let schedule = schedule
        let name = EventBackup.defaultFileName(eventID: eventID, at: now)
        start {
            do {
                // The folder must be there already: an unmounted stick's empty mount point is not a backup.
                guard FileManager.default.fileExists(atPath: schedule.folder) else {
                    throw BackupError.noFolder(schedule.folder)
                }
                try EventBackup.create(folder: eventFolder, eventID: eventID, output: schedule.folder + "/" + name)
                try EventBackup.prune(folder: schedule.folder, eventID: eventID, keep: schedule.keep)
                job.outcome.withLock { $0 = .some(nil) }
            } catch {
                job.outcome.withLock { $0 = .some(Phrase.of(error)) }
            }
        }
        // A backup run at once (a test's) is reported at this turn.
        report = report ?? takeFinished()
        return report
    }

    /// The warning for a backup that finished and failed; clears a finished one either way.
    private func takeFinished() -> Action? {
        guard let job = running, let outcome = job.outcome.withLock({ $0 }) else { return nil }
        running = nil
        return outcome.map { .failedInBackground(Catalogue.Backup.periodicFailed(folder: schedule.folder, why: $0)) }
    }
}
