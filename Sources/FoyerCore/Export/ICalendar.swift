import Foundation

/// The programme as iCalendar (RFC 5545) for calendar programs: a VTIMEZONE for the event's zone, one
/// VEVENT per item with a stable UID, TEXT escaped, lines folded at 75 octets (never inside a UTF-8
/// character), CRLF line ends.
public enum ICalendar {
    /// Words (the speakers' line, the kind of item) in `language`, else the event's own.
    public static func render(_ event: Event, now: Date = Date(), language: Language? = nil) -> String {
        let zone = event.timeZone, l = language ?? event.attendeeLanguage
        let programme = event.programme
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Foyer//Foyer event manager//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + escape(event.title)]
        lines += timeZone(zone, year: event.date.year)
        let stamp = utc(now)
        let location = [event.venue.name, event.venue.room, event.venue.address, event.venue.city].compactMap { $0 }.joined(separator: ", ")
        for i in programme.items.indices {
            let item = programme.items[i]
            let end = programme.end(of: i) ?? item.start.adding(minutes: 30)
            var description = item.topics.map { "– " + $0 }.joined(separator: "\n")
            if let text = item.description { description = description.isEmpty ? text : text + "\n" + description }
            let speakers = item.speakerIDs.compactMap { event.speaker(id: $0)?.displayName }
            if !speakers.isEmpty { description += (description.isEmpty ? "" : "\n") + Catalogue.Documents.with(speakers: speakers.joined(separator: ", "))[l] }
            lines += ["BEGIN:VEVENT",
                      "UID:" + item.id + "@" + event.id + ".foyer",
                      "DTSTAMP:" + stamp,
                      "DTSTART;TZID=" + zone.identifier + ":" + local(item.start),
                      "DTEND;TZID=" + zone.identifier + ":" + local(end),
                      "SUMMARY:" + escape(item.title),
                      "CATEGORIES:" + escape(Catalogue.Documents.kind(item.kind)[l].uppercased())]
            if !description.isEmpty { lines.append("DESCRIPTION:" + escape(description)) }
            if !location.isEmpty { lines.append("LOCATION:" + escape(item.room.map { location + " (" + $0 + ")" } ?? location)) }
            if item.kind.isPause { lines.append("TRANSP:TRANSPARENT") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as \n.
    public static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on lines that start with a space, split between characters.
    public static func fold(_ line: String) -> String {
        var out = "", current = 0
        for scalarString in line.unicodeScalars.map({ String($0) }) {
            let size = scalarString.utf8.count
            if current + size > 75 { out += "\r\n "; current = 1 }
            out += scalarString
            current += size
        }
        return out
    }

    static func local(_ t: LocalDateTime) -> String {
        String(format: "%04d%02d%02dT%02d%02d00", t.date.year, t.date.month, t.date.day, t.hour, t.minute)
    }

    static func utc(_ date: Date) -> String {
        let t = LocalDateTime(date, in: TimeZone(identifier: "UTC")!)
        let seconds = Int(date.timeIntervalSince1970) % 60
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", t.date.year, t.date.month, t.date.day, t.hour, t.minute, (seconds + 60) % 60)
    }

    /// A VTIMEZONE read off the zone's own rules around the event's year: its standard and daylight
    /// offsets, with the EU rule (last Sunday of March and October) when the zone follows it.
    static func timeZone(_ zone: TimeZone, year: Int) -> [String] {
        func offset(_ seconds: Int) -> String {
            let sign = seconds < 0 ? "-" : "+", m = abs(seconds) / 60
            return sign + String(format: "%02d%02d", m / 60, m % 60)
        }
        let january = LocalDate(year: year, month: 1, day: 15).start(in: zone)
        let july = LocalDate(year: year, month: 7, day: 15).start(in: zone)
        let standard = zone.secondsFromGMT(for: january), daylight = zone.secondsFromGMT(for: july)
        // Linux names these "GMT+1"; calendars show the usual names better.
        func name(_ date: Date, _ seconds: Int) -> String {
            let given = zone.abbreviation(for: date) ?? ""
            if !given.hasPrefix("GMT") { return given }
            switch seconds { case 0: return "GMT"; case 3600: return seconds == standard ? "CET" : "BST"; case 7200: return seconds == daylight ? "CEST" : "EET"; default: return given }
        }
        var out = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        if standard == daylight {
            out += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset(standard), "TZOFFSETTO:" + offset(standard),
                    "TZNAME:" + name(january, standard), "END:STANDARD"]
        } else {
            out += ["BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:" + offset(standard), "TZOFFSETTO:" + offset(daylight),
                    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZNAME:" + name(july, daylight), "END:DAYLIGHT",
                    "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:" + offset(daylight), "TZOFFSETTO:" + offset(standard),
                    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZNAME:" + name(january, standard), "END:STANDARD"]
        }
        out.append("END:VTIMEZONE")
        return out
    }
}
