import Foundation

/// Instants (registered at, paid at, checked in at) are stored as ISO 8601 with the offset of the
/// event's time zone ("2009-03-19T08:47:12+01:00"), so a person reading the file sees local time and the
/// instant stays exact. Hand-written because Foundation's formatters cost more than the rest of a load.
public enum Timestamp {
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        let whole = date.timeIntervalSince1970.rounded(.down)
        let offset = zone.secondsFromGMT(for: date)
        let local = Int(whole) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secs = local - days * 86_400
        let d = LocalDate(daysSinceEpoch: days)
        var out = d.description + "T"
        out += two(secs / 3600) + ":" + two((secs % 3600) / 60) + ":" + two(secs % 60)
        if offset == 0 { return out + "Z" }
        let sign = offset < 0 ? "-" : "+"
        let m = abs(offset) / 60
        return out + sign + two(m / 60) + ":" + two(m % 60)
    }

    /// Parses "YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)". Nil for anything else.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The same from UTF-8 bytes, so that a file reader can parse a timestamp where it lies without
    /// making a String of it first.
    public static func parse(utf8 u: UnsafeBufferPointer<UInt8>) -> Date? {
        guard u.count >= 17 else { return nil }
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= u.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                let c = u[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45, let d = num(8, 2),
              u[10] == 84 || u[10] == 32, let h = num(11, 2), u[13] == 58, let mi = num(14, 2),
              (1...12).contains(mo), d >= 1, d <= CivilCalendar.daysInMonth(year: y, month: mo),
              h < 24, mi < 60 else { return nil }
        var i = 16
        var s = 0
        var fraction = 0.0
        if i < u.count, u[i] == 58 {
            guard let sec = num(i + 1, 2), sec < 61 else { return nil }
            s = sec; i += 3
            if i < u.count, u[i] == 46 {
                i += 1
                var scale = 0.1
                let start = i
                while i < u.count, u[i] >= 48, u[i] <= 57 { fraction += Double(u[i] - 48) * scale; scale /= 10; i += 1 }
                guard i > start else { return nil }
            }
        }
        guard i < u.count else { return nil }
        var offset = 0
        if u[i] == 90 { // Z
            i += 1
        } else if u[i] == 43 || u[i] == 45 {
            let sign = u[i] == 45 ? -1 : 1
            guard let oh = num(i + 1, 2) else { return nil }
            var om = 0
            if i + 3 < u.count, u[i + 3] == 58 { guard let m = num(i + 4, 2) else { return nil }; om = m; i += 6 }
            else if let m = num(i + 3, 2) { om = m; i += 5 } else { i += 3 }
            offset = sign * (oh * 3600 + om * 60)
        } else { return nil }
        guard i == u.count else { return nil }
        let days = CivilCalendar.days(year: y, month: mo, day: d)
        let seconds = days * 86_400 + h * 3600 + mi * 60 + s - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }
}

extension JSONEncoder {
    /// The encoder every Foyer file is written with: camelCase keys, sorted for stable diffs, instants in
    /// the event's zone.
    public static func foyer(zone: TimeZone, pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date, in: zone))
        }
        return encoder
    }
}

extension JSONDecoder {
    public static func foyer() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container,
                    debugDescription: "\"\(text)\" is not an ISO 8601 time with an offset, e.g. 2009-03-19T08:47:12+01:00")
            }
            return date
        }
        return decoder
    }
}
