/// What kind of thing a programme item is; breaks and meals are drawn quieter than sessions.
public enum ProgrammeItemKind: String, Hashable, Sendable, Codable, CaseIterable {
    case session, `break`, registration, meal, panel

    /// The kind as a person reads it: "Break", "Paus".
    public var name: Phrase {
        switch self {
        case .session: return Catalogue.Labels.session
        case .break: return Catalogue.Labels.breakItem
        case .registration: return Catalogue.Labels.registration
        case .meal: return Catalogue.Labels.meal
        case .panel: return Catalogue.Labels.panel
        }
    }
    /// Breaks, meals and registration are the quiet parts of a day.
    public var isPause: Bool { self == .break || self == .meal || self == .registration }
}

/// One entry of the programme: "10.30-11.20 General features of a relational/constructivist perspective".
public struct ProgrammeItem: Hashable, Sendable, Codable, Identifiable {
    /// Stable across edits and exports (the iCalendar UID is built from it).
    public var id: String
    public var start: LocalDateTime
    /// When absent, the item ends when the next one starts.
    public var end: LocalDateTime?
    public var kind: ProgrammeItemKind
    public var title: String
    public var topics: [String]
    public var speakerIDs: [String]
    public var description: String?
    /// Only when it differs from the event's room.
    public var room: String?

    public init(id: String, start: LocalDateTime, end: LocalDateTime? = nil, kind: ProgrammeItemKind,
                title: String, topics: [String] = [], speakerIDs: [String] = [], description: String? = nil,
                room: String? = nil) {
        self.id = id; self.start = start; self.end = end; self.kind = kind; self.title = title
        self.topics = topics; self.speakerIDs = speakerIDs; self.description = description; self.room = room
    }

    private enum CodingKeys: String, CodingKey { case id, start, end, kind, title, topics, speakerIDs, description, room }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        start = try c.decode(LocalDateTime.self, forKey: .start)
        end = try c.decodeIfPresent(LocalDateTime.self, forKey: .end)
        kind = try c.decode(ProgrammeItemKind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title)
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        speakerIDs = try c.decodeIfPresent([String].self, forKey: .speakerIDs) ?? []
        description = try c.decodeIfPresent(String.self, forKey: .description)
        room = try c.decodeIfPresent(String.self, forKey: .room)
    }
}

/// The ordered items of an event's day(s), with ends derived where they are not given.
public struct Programme: Hashable, Sendable {
    public private(set) var items: [ProgrammeItem]

    public init(_ items: [ProgrammeItem]) {
        self.items = items.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    public var isEmpty: Bool { items.isEmpty }

    /// The item's end: its own, else the next item's start, else nil (left open).
    public func end(of index: Int) -> LocalDateTime? {
        if let end = items[index].end { return end }
        return index + 1 < items.count ? items[index + 1].start : nil
    }

    /// "08:30–09:00", or "16:00" when the end is open.
    public func timeRange(of index: Int) -> String {
        let item = items[index]
        guard let end = end(of: index) else { return item.start.timeText }
        return item.start.timeText + "–" + end.timeText
    }

    public var first: LocalDateTime? { items.first?.start }
    public var last: LocalDateTime? { items.indices.last.map { end(of: $0) ?? items[$0].start } }

    /// The same in both languages.
    public func problemPhrases() -> [Phrase] {
        var out: [Phrase] = []
        for i in items.indices {
            if let end = items[i].end, end <= items[i].start {
                out.append(Catalogue.Validation.endsBeforeStart(title: items[i].title, end: end.timeText, start: items[i].start.timeText))
            }
            if i + 1 < items.count, items[i].start == items[i + 1].start {
                out.append(Catalogue.Validation.sameStart(items[i].title, items[i + 1].title, at: items[i].start.timeText))
            } else if i + 1 < items.count, let end = items[i].end, end > items[i + 1].start {
                out.append(Catalogue.Validation.overlaps(items[i].title, until: end.timeText, items[i + 1].title, from: items[i + 1].start.timeText))
            }
        }
        return out
    }

    /// The index of the item running at `time`, and of the next one to start after it.
    public func position(at time: LocalDateTime) -> (current: Int?, next: Int?) {
        var current: Int?
        for i in items.indices where items[i].start <= time {
            if let end = end(of: i), time < end { current = i }
        }
        let next = items.indices.first { items[$0].start > time }
        return (current, next)
    }
}
