import Foundation

/// Someone arrived: when, and at which desk.
public struct CheckIn: Hashable, Sendable, Codable {
    public var time: Date
    public var desk: String
    public init(time: Date, desk: String) { self.time = time; self.desk = desk }
}

/// One line of a registrant's check-in history: a check-in, or the undoing of one (with the reason).
public struct CheckInEvent: Hashable, Sendable, Codable {
    public enum Action: String, Hashable, Sendable, Codable { case checkedIn, undone }
    public var action: Action
    public var time: Date
    public var desk: String
    public var reason: String?
    public init(action: Action, time: Date, desk: String, reason: String? = nil) {
        self.action = action; self.time = time; self.desk = desk; self.reason = reason
    }
}
