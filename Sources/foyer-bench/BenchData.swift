import Foundation
import FoyerCore

/// The data a run measures: a sample event (by default the Stockholm workshop, whose own language is
/// Swedish) with N generated registrants in the snapshot and
/// a journal of 10,000 check-in lines on top (check-ins, and once everyone is in, undo and check-in
/// again, so every size replays the same number of lines). Kept between runs: making 100,000 people and
/// fsyncing 10,000 lines takes a while, and the same seed gives the same data.
struct BenchData {
    /// The Stockholm workshop, the event the figures have always been measured on.
    static let defaultEventID = "impasses-2009"

    let root: String
    let size: Int
    var journalLines = 10_000
    var eventID = Self.defaultEventID
    /// The workshop's data keeps the folder it always had, so data made by an earlier bench is used again.
    var dataPath: String { root + (eventID == Self.defaultEventID ? "" : "/" + eventID) + "/n\(size)-j\(journalLines)" }
    var folder: String { dataPath + "/" + eventID }

    /// Makes the data unless a finished copy is there already.
    func prepare(samples: String, log: (String) -> Void) throws {
        let done = folder + "/.bench-ready"
        if FileManager.default.fileExists(atPath: done) {
            // The people are kept; the event is the sample's as it is now (a field added since, such as
            // its language, changes what is measured: the order names sort in). Its index cache goes with it.
            let sample = samples + "/" + eventID + "/" + EventStore.eventFileName, kept = folder + "/" + EventStore.eventFileName
            if let now = FileManager.default.contents(atPath: sample), FileManager.default.contents(atPath: kept) != now {
                log("the sample's event.json changed: taking it, the index cache is made again")
                try now.write(to: URL(fileURLWithPath: kept), options: .atomic)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: kept)
                try? FileManager.default.removeItem(atPath: folder + "/" + SearchIndexFile.fileName)
            }
            return
        }
        try? FileManager.default.removeItem(atPath: dataPath)
        let directory = DataDirectory(path: dataPath)
        let event = try DataDirectory(path: samples).event(eventID)
        try directory.createEvent(event)
        let store = try directory.openEvent(eventID, desk: "bench", clock: Clock(fixed: Self.dayStart))
        log("making \(size) registrants")
        try store.replaceAllRegistrants(RegistrantGenerator(event: event, seed: 2009).make(count: size))
        log("journaling \(journalLines) check-ins")
        // At most half of those who can come are journaled in, so the check-in figure has people left.
        let candidates = store.registry.registrants.filter { $0.status == .registered && $0.checkIn == nil }.map(\.code)
        let eligible = Array(candidates.prefix(max(1, candidates.count / 2)))
        var lines = 0, i = 0, second = 0.0
        while lines < journalLines && !eligible.isEmpty {
            let code = eligible[i % eligible.count]
            second += 1
            store.clock = Clock(fixed: Self.dayStart.addingTimeInterval(second))
            if store.registry[code]?.checkIn != nil {
                try store.commit(.undoCheckIn(code: code, CheckInEvent(action: .undone, time: store.clock.now(), desk: "bench", reason: "benchmark")))
                lines += 1
                if lines == journalLines { break }
            }
            try store.commit(.checkIn(code: code, CheckIn(time: store.clock.now(), desk: "bench")))
            lines += 1
            i += 1
        }
        FileManager.default.createFile(atPath: done, contents: Data())
    }

    /// 08:00 on the day in Stockholm.
    static let dayStart = Date(timeIntervalSince1970: 1_237_446_000)
}
