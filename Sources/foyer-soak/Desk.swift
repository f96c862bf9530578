import Foundation
import FoyerCore
import Synchronization

/// What every desk shares: the binaries, the event, the children and the log, the people to work on,
/// and the flag that ends the soak.
final class SoakWorld: Sendable {
    let foyer: String
    let soak: String
    let data: String
    let eventID: String
    let seed: UInt64
    let categories: [String]
    let children: Children
    let log: OpLog
    let origin: Double
    /// The registered people at the start, in an order of the seed's: desks take their busy group of
    /// the moment from it, so that several desks work on the same people at once.
    let people: [String]
    /// People registered during the soak, for any desk to pick.
    let newcomers = Mutex<[String]>([])
    let stopping = Atomic<Bool>(false)
    /// SIGKILLs the killer sent (a child may have ended just before it arrived).
    let kills = Atomic<Int>(0)
    /// Of those, the ones sent to the child holding the folder's lock (inside its write).
    let killsInLock = Atomic<Int>(0)
    let compactions: Bool

    init(foyer: String, soak: String, data: String, eventID: String, seed: UInt64, categories: [String],
         children: Children, log: OpLog, people: [String], compactions: Bool) {
        self.foyer = foyer; self.soak = soak; self.data = data; self.eventID = eventID; self.seed = seed
        self.categories = categories; self.children = children; self.log = log; self.people = people
        self.compactions = compactions
        origin = Monotonic.now()
    }

    var clock: Double { Monotonic.now() - origin }
    var stopped: Bool { stopping.load(ordering: .relaxed) }

    /// Runs one operation as a child process and logs it as acknowledged, refused or killed.
    /// `refine` completes the record from what the desk was told (a registration's new code) before it is logged.
    @discardableResult
    func perform(_ record: OpRecord, binary: String, _ arguments: [String], refine: (inout OpRecord) -> Void = { _ in }) -> OpRecord {
        var record = record
        record.started = clock
        let arguments = arguments + ["--data", data, "--event", eventID, "--desk", record.deskName]
        do {
            let ended = try children.run(binary, arguments, label: record.kind.rawValue)
            record.ended = clock
            record.said = ended.firstLine
            record.status = ended.wasKilled ? ended.signal : ended.status
            record.outcome = ended.wasKilled ? .killed : ended.status == 0 ? .acknowledged : .refused
        } catch {
            record.ended = clock
            record.said = "\(error)"
            record.status = -1
            record.outcome = .refused
        }
        refine(&record)
        log.append(record)
        return record
    }
}

/// One desk: a loop of random operations, each one run of `foyer` (or of `foyer-soak op` for the two
/// changes the command line has no command for: a payment and a cancellation), until the soak stops.
struct SoakDesk {
    let world: SoakWorld
    let number: Int
    var random: SeededRandom

    init(world: SoakWorld, number: Int) {
        self.world = world
        self.number = number
        random = SeededRandom(seed: world.seed &* 1_000_003 &+ UInt64(number))
    }

    mutating func run() {
        var n = 0
        while !world.stopped {
            n += 1
            step(n)
        }
    }

    /// The mix of a busy desk: mostly check-ins, then edits, payments and walk-ins, a few cancellations
    /// and compactions.
    mutating func step(_ n: Int) {
        var record = OpRecord(desk: number, number: n, kind: .checkIn, outcome: .refused, status: 0, said: "", started: 0, ended: 0)
        let roll = random.int(in: 0...99)
        switch roll {
        case 0..<42:
            record.code = person(n)
            world.perform(record, binary: world.foyer, ["check-in", record.code!])
        case 42..<62:
            record.kind = .edit
            record.code = person(n)
            let field = random.pick(EditableField.allCases)
            record.field = field.rawValue
            record.value = "soak \(field.rawValue) \(number)-\(n)"
            world.perform(record, binary: world.foyer, ["edit", record.code!, "--\(field.rawValue)", record.value!])
        case 62..<77:
            record.kind = .payment
            record.code = person(n)
            record.value = "soak-\(world.seed)-\(number)-\(n)"
            record.amount = random.int(in: 100...400_000)
            world.perform(record, binary: world.soak, ["op", "pay", record.code!, "--amount", String(record.amount!), "--id", record.value!])
        case 77..<91:
            record.kind = .register
            register(&record, n)
        case 91..<97:
            record.kind = .cancel
            record.code = person(n)
            world.perform(record, binary: world.soak, ["op", "cancel", record.code!])
        default:
            guard world.compactions else { return step(n) }
            record.kind = .compact
            world.perform(record, binary: world.foyer, ["compact"])
        }
    }

    /// A walk-in: usually someone new to this desk, sometimes one of the walk-ins every desk sees about
    /// now (the same person at several desks at once: the store must register them once).
    mutating func register(_ record: inout OpRecord, _ n: Int) {
        let shared = random.chance(30)
        let tag = shared ? "w\(n / 12)" : "d\(number)n\(n)"
        let email = "soak-\(world.seed)-\(tag)@soak.example"
        record.value = email
        let category = random.pick(world.categories)
        let done = world.perform(record, binary: world.foyer, [
            "register", "--first", "Soak", "--last", "Walkin " + Self.letters(tag), "--email", email, "--category", category,
        ]) { r in
            // foyer says "SAF-2001  Soak Walkin Dcnb, …": the code the desk was given.
            if r.outcome == .acknowledged { r.code = r.said.split(separator: " ").first.map(String.init) }
        }
        if let code = done.code { world.newcomers.withLock { $0.append(code) } }
    }

    /// The person to work on: often one of the busy group of the moment (the same few people at every
    /// desk), sometimes a newcomer, else anyone.
    mutating func person(_ n: Int) -> String {
        if random.chance(40) {
            let group = (n / 15) * 6
            return world.people[(group + random.int(in: 0...5)) % world.people.count]
        }
        if random.chance(15) {
            let newcomers = world.newcomers.withLock { $0 }
            if !newcomers.isEmpty { return random.pick(newcomers) }
        }
        return random.pick(world.people)
    }

    /// A name without digits for a tag ("d3n42" → "Dxdnec"): names are checked as names.
    static func letters(_ tag: String) -> String {
        let map = Array("abcdefghij")
        let text = String(tag.map { $0.isNumber ? map[Int(String($0))!] : $0 })
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
