import ArgumentParser
import Foundation
import FoyerCore
import FoyerSamples
import Synchronization

/// The soak: the Stockholm workshop with generated registrants, desks of random work through the built
/// `foyer` for the time given, a killer SIGKILLing their children at random moments and a compactor now
/// and then; then `foyer validate`, the invariants (`Checker`), and one last compaction that must change
/// nothing. Exits 1 naming each violation.
struct SoakRun: ParsableCommand {
    static let eventID = "impasses-2009"
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the soak (the default).")

    @Option(help: "How long the desks work, in minutes.") var minutes: Double = 10
    @Option(help: "How long the desks work, in seconds (instead of --minutes).") var seconds: Double?
    @Option(help: "The seed of every random choice (printed; give it again to replay the same choices).") var seed: UInt64?
    @Option(help: "Desks working at once.") var desks = 8
    @Option(help: "Registrants generated before the desks begin.") var registrants = 2000
    @Option(help: "The foyer binary the desks run (default: the one beside foyer-soak).") var foyer: String?
    @Option(help: "The work folder (made afresh: data, baseline copy, ops.jsonl).") var work = ".build/soak"
    @Option(help: "Mean seconds between SIGKILLs of a running child (0: none).") var killEvery: Double = 0.7
    @Option(help: "Mean seconds between the driver's compactions (0: none, and no desk compacts).") var compactEvery: Double = 12

    func validate() throws {
        guard desks >= 1, registrants >= 50 else { throw ValidationError("--desks at least 1, --registrants at least 50") }
        guard (seconds ?? minutes * 60) > 0 else { throw ValidationError("--minutes (or --seconds) must be more than 0") }
    }

    func run() throws {
        let seed = self.seed ?? UInt64.random(in: 1...999_999)
        let duration = seconds ?? minutes * 60
        let layout = SoakLayout(work: absolute(work), eventID: Self.eventID)
        let soakBinary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let binary = foyer.map(absolute) ?? (soakBinary as NSString).deletingLastPathComponent + "/foyer"
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw ValidationError("--foyer: \(binary) is not an executable; build it first") }
        print("foyer-soak: seed \(seed), \(desks) desks, \(Int(duration)) s, \(registrants) registrants (replay: --seed \(seed))")

        let children = try prepare(layout, binary: binary, seed: seed)
        let before = try EventStore(folder: layout.folder, desk: "soak-driver")
        let categories = before.event.offeredFeeCategories.map(\.id)
        var order = SeededRandom(seed: seed ^ 0x5EED)
        let people = before.registry.registrants.filter { $0.status == .registered }.map(\.code).shuffled(using: &order)
        guard !people.isEmpty, !categories.isEmpty else { throw SoakError("the generated event has nobody registered or no fee category") }
        let world = SoakWorld(foyer: binary, soak: soakBinary, data: layout.data, eventID: Self.eventID, seed: seed,
                              categories: categories, children: children, log: try OpLog(path: layout.log), people: people,
                              compactions: compactEvery > 0)

        let group = DispatchGroup()
        for number in 1...desks {
            group.enter()
            Thread { var desk = SoakDesk(world: world, number: number); desk.run(); group.leave() }.start()
        }
        if killEvery > 0 {
            group.enter()
            let mean = killEvery
            let lockFile = layout.folder + "/" + EventStore.lockFileName
            Thread { Self.killer(world, mean: mean, lockFile: lockFile); group.leave() }.start()
        }
        if compactEvery > 0 {
            group.enter()
            let mean = compactEvery
            Thread { Self.compactor(world, mean: mean); group.leave() }.start()
        }
        let end = world.clock + duration
        var nextNote = world.clock + 30
        while world.clock < end {
            usleep(200_000)
            if world.clock >= nextNote {
                nextNote += 30
                print("foyer-soak: \(Int(world.clock)) s, \(world.kills.load(ordering: .relaxed)) kills sent")
                fflush(nil)
            }
        }
        world.stopping.store(true, ordering: .relaxed)
        group.wait()
        let worked = world.clock

        var problems: [String] = []
        let validate = try children.run(binary, ["validate", "--data", layout.data], label: "validate")
        if validate.status != 0 || validate.wasKilled {
            problems.append("foyer validate failed (exit \(validate.status)): " + (validate.stdout + validate.stderr).split(separator: "\n").joined(separator: " | "))
        }
        let report = Checker(folder: layout.folder, baseline: layout.baselineFolder, ops: try OpLog.read(layout.log)).run()
        problems += report.violations
        let last = try lastCompaction(world, layout: layout)
        problems += last
        let ops = try OpLog.read(layout.log)
        print(SoakSummary(ops: ops, report: report, kills: world.kills.load(ordering: .relaxed),
                          killsInLock: world.killsInLock.load(ordering: .relaxed), seconds: worked,
                          validated: validate.status == 0 && !validate.wasKilled, lastCompactionProblems: last.count).text)
        for p in problems { print("VIOLATION: \(p)") }
        guard problems.isEmpty else {
            print("foyer-soak: FAILED, \(problems.count) violation(s) (seed \(seed); the folder and ops.jsonl are in \(layout.work))")
            throw ExitCode(1)
        }
        print("foyer-soak: every invariant holds (seed \(seed))")
    }

    /// A fresh work folder: the Stockholm event with `registrants` generated people, and a copy of it as
    /// it was before any desk began (the checker's baseline).
    func prepare(_ layout: SoakLayout, binary: String, seed: UInt64) throws -> Children {
        let files = FileManager.default
        if files.fileExists(atPath: layout.work) {
            // Only a soak's own folder is emptied: a wrong --work must not delete anything else.
            let mine = files.fileExists(atPath: layout.log) || (try? files.contentsOfDirectory(atPath: layout.work))?.isEmpty == true
            guard mine else { throw ValidationError("--work: \(layout.work) exists and is not a soak's folder (no ops.jsonl)") }
            try files.removeItem(atPath: layout.work)
        }
        for dir in [layout.home, layout.folder, layout.scratch, (layout.baselineFolder as NSString).deletingLastPathComponent] {
            try files.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        try files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: layout.data)
        guard let samples = FoyerSamples.eventsPath else { throw SoakError("the sample events are not bundled") }
        try files.copyItem(atPath: samples + "/" + Self.eventID + "/event.json", toPath: layout.folder + "/event.json")
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: layout.folder + "/event.json")
        let children = Children(home: layout.home, scratch: layout.scratch)
        let generated = try children.run(binary, ["generate", "--data", layout.data, "--event", Self.eventID, "--desk", "soak-setup",
                                                  "--registrants", String(registrants), "--seed", String(seed % 100_000)], label: "generate")
        guard generated.status == 0, !generated.wasKilled else { throw SoakError("foyer generate failed: \(generated.stderr)") }
        try files.copyItem(atPath: layout.folder, toPath: layout.baselineFolder)
        return children
    }

    /// SIGKILLs a child every so often (uniformly 0.1 to twice the mean seconds apart): half the time
    /// whichever child runs (most are loading, as a desk mostly is), half the time the one holding the
    /// folder's lock, caught inside its write (appending, syncing, compacting) through /proc/locks.
    static func killer(_ world: SoakWorld, mean: Double, lockFile: String) {
        var random = SeededRandom(seed: world.seed ^ 0xC0FFEE)
        while !world.stopped {
            let wait = 0.1 + Double(random.next() % 1000) / 1000 * (2 * mean - 0.1)
            usleep(useconds_t(max(0.01, wait) * 1_000_000))
            if world.stopped { return }
            if random.chance(50) {
                // Watch for up to half a second for a child inside its write.
                var st = stat()
                guard stat(lockFile, &st) == 0 else { continue }
                let until = world.clock + 0.5
                while world.clock < until && !world.stopped {
                    if let pid = Children.exclusiveHolder(ofInode: UInt64(st.st_ino)), world.children.kill(pid: pid) != nil {
                        world.kills.add(1, ordering: .relaxed)
                        world.killsInLock.add(1, ordering: .relaxed)
                        break
                    }
                    usleep(500)
                }
                continue
            }
            let pick = Int(random.next() % 1_000_000)
            if world.children.killOne({ $0.isEmpty ? nil : pick % $0.count }) != nil { world.kills.add(1, ordering: .relaxed) }
        }
    }

    /// `foyer compact` now and then (uniformly half to one and a half the mean seconds apart), as a desk
    /// left idle compacts in the background.
    static func compactor(_ world: SoakWorld, mean: Double) {
        var random = SeededRandom(seed: world.seed ^ 0xC0DE)
        var n = 0
        while !world.stopped {
            let wait = mean * (0.5 + Double(random.next() % 1000) / 1000)
            let until = world.clock + wait
            while world.clock < until && !world.stopped { usleep(100_000) }
            if world.stopped { return }
            n += 1
            world.perform(OpRecord(desk: 0, number: n, kind: .compact, outcome: .refused, status: 0, said: "", started: 0, ended: 0),
                          binary: world.foyer, ["compact"])
        }
    }

    /// One more compaction with every desk stopped, on a copy (the work folder keeps the journal as the
    /// desks left it, for `foyer-soak check` and for a person to read): the registrations must be the
    /// same after it, the journal empty, and the copy must still validate.
    func lastCompaction(_ world: SoakWorld, layout: SoakLayout) throws -> [String] {
        let copy = layout.work + "/compacted"
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.copyItem(atPath: layout.folder, toPath: copy + "/" + Self.eventID)
        let before = try EventStore(folder: copy + "/" + Self.eventID, desk: "soak-check").registry
        let compacted = try world.children.run(world.foyer, ["compact", "--data", copy, "--event", Self.eventID, "--desk", "soak-driver"], label: "compact")
        guard compacted.status == 0, !compacted.wasKilled else { return ["the last compaction failed: \(compacted.firstLine)"] }
        let after = try EventStore(folder: copy + "/" + Self.eventID, desk: "soak-check")
        var v: [String] = []
        if after.registry != before { v.append("the last compaction changed the registrations") }
        if after.journalEntries.count != 0 { v.append("the journal is not empty after the last compaction") }
        let validate = try world.children.run(world.foyer, ["validate", "--data", copy], label: "validate")
        if validate.status != 0 { v.append("foyer validate failed after the last compaction: \(validate.firstLine)") }
        return v
    }
}
