import Foundation

/// The programme for other tools and for paper: a frab/pretalx-style schedule JSON, Markdown, and a
/// printable HTML page (every value escaped).
public enum ProgrammeExport {
    /// A frab-style schedule: schedule.conference with days, rooms and talks (guid, date, start,
    /// duration, title, type, abstract, persons), as pretalx and frab publish it.
    public static func scheduleJSON(_ event: Event, language: Language? = nil) throws -> String {
        let programme = event.programme, zone = event.timeZone, l = language ?? event.attendeeLanguage
        let room = event.venue.room ?? event.venue.name ?? Catalogue.Documents.mainRoom[l]
        var talks: [[String: Any]] = []
        for i in programme.items.indices {
            let item = programme.items[i]
            let end = programme.end(of: i) ?? item.start
            let minutes = max(0, end.minutesSinceEpoch - item.start.minutesSinceEpoch)
            talks.append([
                "guid": deterministicGUID(event.id + "/" + item.id),
                "id": i + 1,
                "date": Timestamp.format(item.start.instant(in: zone), in: zone),
                "start": item.start.timeText,
                "duration": String(format: "%02d:%02d", minutes / 60, minutes % 60),
                "room": item.room ?? room,
                "slug": event.id + "-" + item.id,
                "title": item.title,
                "type": item.kind.rawValue,
                "abstract": ([item.description].compactMap { $0 } + item.topics).joined(separator: "\n"),
                "persons": item.speakerIDs.compactMap { event.speaker(id: $0) }.map { ["public_name": $0.name] },
            ])
        }
        let first = programme.first ?? LocalDateTime(date: event.date, hour: 0, minute: 0)
        let last = programme.last ?? first
        let day: [String: Any] = ["index": 1, "date": event.date.description,
                                  "day_start": Timestamp.format(first.instant(in: zone), in: zone),
                                  "day_end": Timestamp.format(last.instant(in: zone), in: zone),
                                  "rooms": [room: talks]]
        let object: [String: Any] = ["schedule": ["version": "1", "conference": [
            "acronym": event.id, "title": event.title, "start": event.date.description,
            "end": (event.endDate ?? event.date).description, "daysCount": 1, "time_zone_name": zone.identifier,
            "days": [day],
        ]]]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A GUID-shaped id that is the same every time for the same item (a hash of event and item ids).
    static func deterministicGUID(_ text: String) -> String {
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325, h2: UInt64 = 0x8422_2325_cbf2_9ce4
        for b in text.utf8 { h1 = (h1 ^ UInt64(b)) &* 0x100_0000_01b3; h2 = (h2 &+ UInt64(b)) &* 0x9E37_79B9_7F4A_7C15 }
        let hex = String(format: "%016llx%016llx", h1, h2)
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
    }

    /// In `language`, else the event's own.
    public static func markdown(_ event: Event, language: Language? = nil) -> String {
        let programme = event.programme, l = language ?? event.attendeeLanguage, d = Catalogue.Documents.self
        var out = "# " + event.title + "\n\n"
        if let subtitle = event.subtitle { out += subtitle + "\n\n" }
        out += "**" + event.dateText[l] + "**" + (event.venue.summary.map { " · " + $0 } ?? "") + "\n\n"
        out += "| " + d.time[l] + " | " + d.programme[l] + " |\n|---|---|\n"
        for i in programme.items.indices {
            let item = programme.items[i]
            var cell = item.kind.isPause ? "*" + md(item.title) + "*" : "**" + md(item.title) + "**"
            for topic in item.topics { cell += "<br>– " + md(topic) }
            out += "| " + programme.timeRange(of: i) + " | " + cell + " |\n"
        }
        return out
    }

    static func md(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    /// In `language`, else the event's own.
    public static func html(_ event: Event, language: Language? = nil) -> String {
        let e = HTMLText.escape, programme = event.programme, l = language ?? event.attendeeLanguage
        var rows = ""
        for i in programme.items.indices {
            let item = programme.items[i]
            let topics = item.topics.isEmpty ? "" : "<ul>" + item.topics.map { "<li>" + e($0) + "</li>" }.joined() + "</ul>"
            rows += PageMarkup.programmeRow(pause: item.kind.isPause, time: e(programme.timeRange(of: i)), title: e(item.title), topics: topics)
        }
        return PageMarkup.programmePage(language: l.rawValue, title: e(event.title), subtitle: event.subtitle.map { "<p>" + e($0) + "</p>" } ?? "",
                                        date: e(event.dateText[l]), venue: event.venue.summary.map { " · " + e($0) } ?? "", rows: rows)
    }
}
