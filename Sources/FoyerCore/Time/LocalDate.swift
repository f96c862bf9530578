import Foundation

/// A calendar date with no time zone of its own ("2009-03-19"); it means a day in the event's time zone.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// Parses "YYYY-MM-DD"; nil for anything else, including impossible dates such as 2009-02-30.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CivilCalendar.daysInMonth(year: y, month: m)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "\"\(text)\" is not a date of the form YYYY-MM-DD"))
        }
        self = date
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        String(year).leftPadded(to: 4, with: "0") + "-" + String(month).leftPadded(to: 2, with: "0")
            + "-" + String(day).leftPadded(to: 2, with: "0")
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int { CivilCalendar.days(year: year, month: month, day: day) }
    public init(daysSinceEpoch: Int) {
        let c = CivilCalendar.civil(days: daysSinceEpoch)
        self.init(year: c.year, month: c.month, day: c.day)
    }
    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7 // 1970-01-01 was a Thursday (index 3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The instant this day starts in the given time zone.
    public func start(in zone: TimeZone) -> Date {
        LocalDateTime(date: self, hour: 0, minute: 0).instant(in: zone)
    }
}

/// A wall-clock date and time in the event's time zone ("2009-03-19T08:30").
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var date: LocalDate
    public var hour: Int
    public var minute: Int

    public init(date: LocalDate, hour: Int, minute: Int) {
        self.date = date; self.hour = hour; self.minute = minute
    }

    /// Parses "YYYY-MM-DDTHH:MM" (a space instead of the T is accepted too).
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 16 else { return nil }
        let datePart = String(trimmed.prefix(10))
        let sep = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 10)]
        guard sep == "T" || sep == " ", let date = LocalDate(datePart),
              let time = LocalDateTime.parseTime(String(trimmed.suffix(5))) else { return nil }
        self.init(date: date, hour: time.hour, minute: time.minute)
    }

    /// "HH:MM" (or "H:MM", or "H.MM") to hour and minute.
    public static func parseTime(_ text: String) -> (hour: Int, minute: Int)? {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        return (h, m)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "\"\(text)\" is not a local time of the form YYYY-MM-DDTHH:MM"))
        }
        self = value
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String { date.description + "T" + timeText }
    /// "08:30"
    public var timeText: String {
        String(hour).leftPadded(to: 2, with: "0") + ":" + String(minute).leftPadded(to: 2, with: "0")
    }
    public var minutesSinceEpoch: Int { date.daysSinceEpoch * 1440 + hour * 60 + minute }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        a.minutesSinceEpoch < b.minutesSinceEpoch
    }

    public func adding(minutes: Int) -> LocalDateTime {
        let total = minutesSinceEpoch + minutes
        let days = Int((Double(total) / 1440).rounded(.down))
        let rest = total - days * 1440
        return LocalDateTime(date: LocalDate(daysSinceEpoch: days), hour: rest / 60, minute: rest % 60)
    }

    /// The instant this wall-clock time names in the zone. In a daylight-saving gap the later
    /// offset is used, as calendar programs do.
    public func instant(in zone: TimeZone) -> Date {
        let naive = TimeInterval(minutesSinceEpoch * 60)
        let guess = Date(timeIntervalSince1970: naive - TimeInterval(zone.secondsFromGMT(for: Date(timeIntervalSince1970: naive))))
        let offset = zone.secondsFromGMT(for: guess)
        return Date(timeIntervalSince1970: naive - TimeInterval(offset))
    }

    /// The wall-clock time of an instant in the zone (seconds dropped).
    public init(_ instant: Date, in zone: TimeZone) {
        let local = Int((instant.timeIntervalSince1970 + TimeInterval(zone.secondsFromGMT(for: instant))).rounded(.down))
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        self.init(date: LocalDate(daysSinceEpoch: days), hour: seconds / 3600, minute: (seconds % 3600) / 60)
    }
}

/// Proleptic Gregorian conversions (Howard Hinnant's days_from_civil), fast and free of Calendar.
enum CivilCalendar {
    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
