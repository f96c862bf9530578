import Foundation

/// Where "now" comes from. `--now "2009-03-19 10:40"` or `FOYER_NOW` fix it for demos and tests; the
/// text is read as wall-clock time in the event's zone (or an ISO 8601 instant with an offset).
public struct Clock: Sendable {
    private let fixed: Date?
    public init(fixed: Date? = nil) { self.fixed = fixed }
    public static let system = Clock()
    /// In whole seconds, as the files store instants: what a desk holds in memory after a change is then
    /// exactly what another desk (or a reload) reads back.
    public func now() -> Date { fixed ?? Date().rounded(toSeconds: 1) }
    public var isFixed: Bool { fixed != nil }

    /// Reads "2009-03-19 10:40", "2009-03-19T10:40" or a full ISO 8601 instant.
    public static func parse(_ text: String, zone: TimeZone) -> Date? {
        if let local = LocalDateTime(text) { return local.instant(in: zone) }
        return Timestamp.parse(text.trimmingCharacters(in: .whitespaces))
    }
}
