import Foundation

/// Desks whose clocks disagree. Every journal line is appended under the event's lock, so the order of
/// the lines is the order the changes really happened in; a line stamped minutes *before* a line another
/// desk wrote earlier can only come from a clock that is off (one of the two). A wrong clock makes the
/// history and the arrivals chart lie, so `foyer validate` names the desks, and a desk whose own clock
/// is behind what another desk wrote says so in its header.
public enum ClockSkew {
    /// Clocks set by hand drift a little; two minutes is beyond any honest drift of a day.
    public static let tolerance: TimeInterval = 120

    /// A desk (by its name and, where recorded, its Unix account) as the journal names it.
    public struct Desk: Hashable, Sendable {
        public var name: String
        public var user: String?
        public init(name: String, user: String?) { self.name = name; self.user = user }
        public init(_ entry: JournalEntry) { self.init(name: entry.desk, user: entry.user) }
    }

    /// One desk found behind another: by how much at most, and the line where it was worst.
    public struct Finding: Equatable, Sendable {
        public var desk: Desk
        /// The desk whose earlier line it stamped before.
        public var ahead: Desk
        public var seconds: TimeInterval
        /// The line (its `seq` in the journal) stamped furthest back.
        public var seq: Int
    }

    /// Every desk with a line stamped more than `tolerance` before a line another desk had written
    /// already, in the order the desks first fall behind. One pass; the desks are few.
    public static func findings<S: Sequence>(_ entries: S, tolerance: TimeInterval = tolerance) -> [Finding] where S.Element == JournalEntry {
        var newest: [Desk: Date] = [:]
        var worst: [Desk: Finding] = [:]
        var order: [Desk] = []
        for entry in entries {
            let desk = Desk(entry)
            var ahead: (desk: Desk, time: Date)?
            for (other, time) in newest where other != desk && time > ahead?.time ?? .distantPast { ahead = (other, time) }
            if let (other, time) = ahead {
                let behind = time.timeIntervalSince(entry.time)
                if behind > tolerance, behind > worst[desk]?.seconds ?? 0 {
                    if worst[desk] == nil { order.append(desk) }
                    worst[desk] = Finding(desk: desk, ahead: other, seconds: behind, seq: entry.seq)
                }
            }
            if entry.time > newest[desk] ?? .distantPast { newest[desk] = entry.time }
        }
        return order.compactMap { worst[$0] }
    }
}

/// What one running desk knows of its own clock: the newest time another desk wrote in the journal.
/// When that is more than the tolerance after this desk's "now", this desk's clock is behind (or the
/// other's ahead); the desk says so until the two agree again.
public struct ClockWatch: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var desk: ClockSkew.Desk
        public var time: Date
    }
    public var desk: ClockSkew.Desk
    /// The newest line another desk wrote, of those noted.
    public private(set) var newestOther: Line?

    public init(desk: ClockSkew.Desk) { self.desk = desk }

    /// Notes lines read from the journal (the ones new since the last call are enough).
    public mutating func note<S: Sequence>(_ entries: S) where S.Element == JournalEntry {
        for entry in entries where entry.time > newestOther?.time ?? .distantPast {
            let other = ClockSkew.Desk(entry)
            if other != desk { newestOther = Line(desk: other, time: entry.time) }
        }
    }

    /// How far this desk's `now` is behind the newest line of another desk, when beyond the tolerance.
    public func behind(now: Date) -> (seconds: TimeInterval, ahead: Line)? {
        guard let newestOther else { return nil }
        let seconds = newestOther.time.timeIntervalSince(now)
        return seconds > ClockSkew.tolerance ? (seconds, newestOther) : nil
    }
}
