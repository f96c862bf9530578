import Foundation

/// Appends compact JSON to a byte buffer, byte for byte as `JSONEncoder.foyer(zone:, pretty: false)`
/// writes it: keys in byte order (what .sortedKeys does), `"`, `\` and control characters escaped (the
/// short forms \b \f \n \r \t, else \u00xx in lower-case hex), `/` and everything else written as is,
/// instants as `Timestamp.format` writes them. JSONEncoder built a tree of boxed values first and was
/// the slowest part of a compaction.
struct JSONWriter {
    var bytes: [UInt8] = []
    let zone: TimeZone
    private var offsets: ZoneOffsetCache

    init(zone: TimeZone, capacity: Int = 0) {
        self.zone = zone
        offsets = ZoneOffsetCache(zone: zone)
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// `"key":` — the key must need no escaping (all of ours are plain ASCII names).
    @inline(__always) mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        raw(name)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    mutating func int(_ value: Int) {
        if value == 0 { bytes.append(48); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        // Work with the magnitude as UInt so that Int.min has one.
        var v = value.magnitude
        withUnsafeMutableBytes(of: &digits) { buf in
            while v > 0 { buf[19 - n] = UInt8(48 + v % 10); v /= 10; n += 1 }
            if value < 0 { bytes.append(45) }
            bytes.append(contentsOf: buf[(20 - n)...])
        }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(0x22)
            var runStart = 0
            for i in 0..<utf8.count {
                let c = utf8[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                bytes.append(0x5C)
                switch c {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 48, 48, hex[Int(c >> 4)], hex[Int(c & 15)]])
                }
            }
            if utf8.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
            bytes.append(0x22)
        }
    }

    /// An instant, as `Timestamp.format(date, in: zone)` writes it, without making a String.
    mutating func date(_ date: Date) {
        let whole = date.timeIntervalSince1970.rounded(.down)
        let offset = offsets.secondsFromGMT(for: date)
        let local = Int(whole) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secs = local - days * 86_400
        let d = CivilCalendar.civil(days: days)
        guard (0...9999).contains(d.year) else { return string(Timestamp.format(date, in: zone)) }
        bytes.append(0x22)
        digits(d.year, 4); bytes.append(45); digits(d.month, 2); bytes.append(45); digits(d.day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(secs / 3600, 2); bytes.append(58); digits((secs % 3600) / 60, 2); bytes.append(58); digits(secs % 60, 2)
        if offset == 0 {
            bytes.append(UInt8(ascii: "Z"))
        } else {
            bytes.append(offset < 0 ? 45 : 43)
            let m = abs(offset) / 60
            // Timestamp.format pads to two digits but writes more when there are more (never, in practice).
            if m / 60 < 100 { digits(m / 60, 2) } else { int(m / 60) }
            bytes.append(58); digits(m % 60, 2)
        }
        bytes.append(0x22)
    }

    /// `value` (0 ≤ value < 10^width) with leading zeros.
    @inline(__always) private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 { bytes.append(UInt8(48 + v / divisor)); v %= divisor; divisor /= 10 }
    }
}

/// `TimeZone.secondsFromGMT(for:)` is slow on Linux (it goes through ICU) and a snapshot holds several
/// instants per registrant. Offsets change only at transitions, so they are remembered per hour: an hour
/// whose first and last second have the same offset has that offset throughout (zones do not change
/// twice within an hour). Hours with a transition in them are not cached.
struct ZoneOffsetCache {
    let zone: TimeZone
    private var hours: [Int: Int] = [:]

    init(zone: TimeZone) { self.zone = zone }

    mutating func secondsFromGMT(for date: Date) -> Int {
        let t = date.timeIntervalSince1970
        guard t.isFinite, abs(t) < 1e15 else { return zone.secondsFromGMT(for: date) }
        let hour = Int((t / 3600).rounded(.down))
        if let offset = hours[hour] { return offset }
        let first = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour) * 3600))
        let last = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour) * 3600 + 3599.999))
        guard first == last else { return zone.secondsFromGMT(for: date) }
        hours[hour] = first
        return first
    }
}
