import Foundation

/// Someone arrived: when, and at which desk.
public struct CheckIn: Hashable, Sendable, Codable {
    public var time: Date
    public var desk: String
    public init(time: Date, desk: String) { self.time = time; self.desk = desk }
    public init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
    public func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }
}

/// One line of a registrant's check-in history: a check-in, or the undoing of one (with the reason).
public struct CheckInEvent: Hashable, Sendable, Codable {
    public enum Action: String, Hashable, Sendable, Codable, CaseIterable { case checkedIn, undone }
    public var action: Action
    public var time: Date
    public var desk: String
    public var reason: String?
    public init(action: Action, time: Date, desk: String, reason: String? = nil) {
        self.action = action; self.time = time; self.desk = desk; self.reason = reason
    }
    public init(from decoder: Decoder) throws { self = try Self.fields.decode(from: decoder) }
    public func encode(to encoder: Encoder) throws { try Self.fields.encode(self, to: encoder) }
}

/// The stored fields of a check-in and of a history line (see StoredFields).
extension CheckIn: StoredObject {
    static let storedName: StaticString = "checkIn"
    static let fields = StoredFields<CheckIn>(blank: CheckIn(time: Date(timeIntervalSince1970: 0), desk: ""), [
        .required("time", { $0.time }, { $0.time = $1 }),
        .required("desk", { $0.desk }, { $0.desk = $1 }),
    ])
}

extension CheckInEvent: StoredObject {
    static let storedName: StaticString = "event"
    static let fields = StoredFields<CheckInEvent>(blank: CheckInEvent(action: .checkedIn, time: Date(timeIntervalSince1970: 0), desk: ""), [
        .required("action", { $0.action }, { $0.action = $1 }),
        .required("time", { $0.time }, { $0.time = $1 }),
        .required("desk", { $0.desk }, { $0.desk = $1 }),
        .optional("reason", { $0.reason }, { $0.reason = $1 }),
    ])
}

extension CheckInEvent.Action: StoredEnum {}
