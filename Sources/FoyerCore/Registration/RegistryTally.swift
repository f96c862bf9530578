import Foundation

/// Counts the desk shows all the time (arrived of expected, per category, unpaid, the waiting list,
/// arrivals per quarter hour, the latest arrivals), kept up to date change by change: at 100,000
/// registrants a count over everyone on every frame would cost more than the frame.
public struct RegistryTally: Sendable {
    public struct CategoryCount: Hashable, Sendable {
        /// Registered (not cancelled or waitlisted) in the category.
        public var expected = 0
        /// Of those, checked in.
        public var arrived = 0
    }

    public private(set) var registered = 0
    public private(set) var waitlisted = 0
    public private(set) var cancelled = 0
    /// Registered and checked in.
    public private(set) var arrived = 0
    /// Registered with something still due.
    public private(set) var unpaid = 0
    /// Checked in with something still due.
    public private(set) var unpaidArrived = 0
    public private(set) var byCategory: [String: CategoryCount] = [:]
    /// Current check-ins (whatever the status now) per quarter hour, keyed by seconds since 1970 / 900:
    /// every time zone's offset is a whole number of quarter hours, so the buckets are local ones too.
    public private(set) var arrivalsByQuarter: [Int: Int] = [:]
    /// Everyone with a current check-in.
    public private(set) var checkedIn = 0
    /// The most recent current check-ins, newest first (at most `latestLimit`).
    public private(set) var latest: [(time: Date, code: String)] = []
    public static let latestLimit = 64

    /// True when undone check-ins emptied `latest` below what can be shown while others remain:
    /// the registry refills it from everyone.
    var latestNeedsRefill: Bool { latest.count < Self.latestLimit / 2 && checkedIn > latest.count }

    public init() {}

    init<S: Sequence>(_ registrants: S) where S.Element == Registrant {
        for r in registrants { add(r, trackLatest: false) }
        refillLatest(from: registrants)
    }

    mutating func add(_ r: Registrant, trackLatest: Bool = true) { count(r, by: 1, trackLatest: trackLatest) }
    mutating func remove(_ r: Registrant) { count(r, by: -1, trackLatest: true) }

    private mutating func count(_ r: Registrant, by d: Int, trackLatest: Bool) {
        switch r.status {
        case .registered:
            registered += d
            let owes = r.due.minorUnits > 0
            if owes { unpaid += d }
            byCategory[r.feeCategoryID, default: CategoryCount()].expected += d
            if r.checkIn != nil {
                arrived += d
                byCategory[r.feeCategoryID, default: CategoryCount()].arrived += d
                if owes { unpaidArrived += d }
            }
        case .waitlisted: waitlisted += d
        case .cancelled: cancelled += d
        }
        guard let c = r.checkIn else { return }
        checkedIn += d
        let quarter = Int((c.time.timeIntervalSince1970 / 900).rounded(.down))
        let n = arrivalsByQuarter[quarter, default: 0] + d
        arrivalsByQuarter[quarter] = n == 0 ? nil : n
        guard trackLatest else { return }
        if d > 0 {
            let at = latest.firstIndex { $0.time < c.time || ($0.time == c.time && $0.code > r.code) } ?? latest.count
            if at < Self.latestLimit { latest.insert((c.time, r.code), at: at) }
            if latest.count > Self.latestLimit { latest.removeLast() }
        } else if let i = latest.firstIndex(where: { $0.code == r.code }) {
            latest.remove(at: i)
        }
    }

    mutating func refillLatest<S: Sequence>(from registrants: S) where S.Element == Registrant {
        var all: [(time: Date, code: String)] = []
        for r in registrants { if let c = r.checkIn { all.append((c.time, r.code)) } }
        all.sort { $0.time != $1.time ? $0.time > $1.time : $0.code < $1.code }
        latest = Array(all.prefix(Self.latestLimit))
    }
}
