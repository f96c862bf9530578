import Foundation

/// Reads a programme as flyers and web pages write it: "9.00-10.00 Introduction", "09:00–10:00 …",
/// "08:30 Registration" (a start only: it ends when the next item starts), topics on the lines below led
/// by "-", "•", "*" or indentation. Breaks, meals, registration and panels are recognised by their words.
/// Everything else (the description before the first time, prices, names, blank lines) is skipped and
/// reported with its line number, so nothing is dropped silently.
public struct ProgrammeTextImport: Sendable {
    public struct Skipped: Hashable, Sendable {
        public var line: Int
        public var text: String
        public var reasonPhrase: Phrase
        public init(line: Int, text: String, reason: Phrase) { self.line = line; self.text = text; self.reasonPhrase = reason }
    }

    public var items: [ProgrammeItem]
    public var skipped: [Skipped]

    public static func parse(_ text: String, event: Event) -> ProgrammeTextImport {
        var items: [ProgrammeItem] = []
        var skipped: [Skipped] = []
        var ids = event
        ids.programmeItems = []
        let day = event.date
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = String(raw).replacingOccurrences(of: "\u{00A0}", with: " ")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { skipped.append(.init(line: number, text: "", reason: Catalogue.Import.blankLine)); continue }
            if let time = TimeLine(trimmed) {
                let startOnly = time.end == nil
                let rest = time.rest
                // "16:45 different therapeutic orientations …": a bare time, or one followed by lower-case
                // text, after an item is that item's end (a page break in a flyer), not a new item.
                if startOnly, let last = items.indices.last, rest.isEmpty || rest.first!.isLowercase {
                    let end = LocalDateTime(date: day, hour: time.start.hour, minute: time.start.minute)
                    if end > items[last].start, items[last].end == nil || items[last].end == end {
                        items[last].end = end
                        skipped.append(.init(line: number, text: trimmed, reason: Catalogue.Import.takenAsEnd(end.timeText, of: items[last].title)))
                        continue
                    }
                }
                guard !rest.isEmpty else {
                    skipped.append(.init(line: number, text: trimmed, reason: Catalogue.Import.timeWithoutTitle))
                    continue
                }
                let title = Self.clean(rest)
                let kind = Self.kind(of: title)
                var item = ProgrammeItem(id: ids.newItemID(title: title),
                                         start: LocalDateTime(date: day, hour: time.start.hour, minute: time.start.minute),
                                         end: time.end.map { LocalDateTime(date: day, hour: $0.hour, minute: $0.minute) },
                                         kind: kind, title: title,
                                         speakerIDs: (kind == .session || kind == .panel) ? event.speakers.map(\.id) : [])
                if let end = item.end, end <= item.start { item.end = nil }
                ids.programmeItems.append(item)
                items.append(item)
                continue
            }
            if let topic = Self.topic(line), !items.isEmpty {
                items[items.count - 1].topics.append(topic)
                continue
            }
            let reason: Phrase
            if items.isEmpty { reason = Catalogue.Import.beforeFirstTime }
            else if Self.looksLikePrice(trimmed) { reason = Catalogue.Import.aPrice }
            else { reason = Catalogue.Import.neitherTimeNorTopic }
            skipped.append(.init(line: number, text: trimmed, reason: reason))
        }
        return ProgrammeTextImport(items: items, skipped: skipped)
    }

    /// "-Topic", "• Topic", "* Topic", "– Topic", or an indented line: the topic's text, first letter capitalised.
    static func topic(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, "-•*–·".contains(first) {
            let text = clean(String(trimmed.dropFirst()))
            return text.isEmpty ? nil : text
        }
        if line.hasPrefix("  ") || line.hasPrefix("\t") { return clean(trimmed) }
        return nil
    }

    /// Trimmed, single spaces, first letter capitalised.
    static func clean(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        var s = words.trimmingCharacters(in: CharacterSet(charactersIn: " :–-"))
        if let first = s.first, first.isLowercase { s = first.uppercased() + s.dropFirst() }
        return s
    }

    /// Breaks, meals, registration and panels by their words (English and Swedish); sessions otherwise.
    public static func kind(of title: String) -> ProgrammeItemKind {
        let words = TextFolding.words(title)
        let text = words.joined(separator: " ")
        if words.contains(where: { ["registration", "registrering", "check", "anmalan"].contains($0) }) { return .registration }
        if words.contains(where: { ["lunch", "dinner", "middag", "breakfast", "frukost", "lunchpaus"].contains($0) }) { return .meal }
        if words.contains(where: { ["coffee", "fika", "break", "paus", "kaffe", "kaffepaus", "tea"].contains($0) }) || text.contains("mini break") { return .break }
        if words.contains(where: { ["panel", "paneldiskussion", "panelsamtal"].contains($0) }) { return .panel }
        return .session
    }

    static func looksLikePrice(_ text: String) -> Bool {
        let folded = TextFolding.fold(text)
        return folded.contains(" kr") || folded.contains("sek") || folded.contains("moms") || folded.contains("€") || folded.contains("$")
    }
}

/// "9.00-10.00 Title", "09:00–10:00 Title", "08:30 Title", "16:45".
private struct TimeLine {
    var start: (hour: Int, minute: Int)
    var end: (hour: Int, minute: Int)?
    var rest: String

    init?(_ text: String) {
        var scalars = Substring(text)
        guard let start = Self.time(&scalars) else { return nil }
        self.start = start
        var afterStart = scalars
        afterStart = afterStart.drop { $0 == " " }
        if let dash = afterStart.first, "-–—".contains(dash) {
            var afterDash = afterStart.dropFirst().drop { $0 == " " }
            if let end = Self.time(&afterDash) { self.end = end; scalars = afterDash }
        }
        guard scalars.isEmpty || scalars.first == " " || scalars.first == "\t" else { return nil }
        rest = scalars.trimmingCharacters(in: .whitespaces)
    }

    /// H.MM, HH.MM, H:MM or HH:MM at the start; consumes it.
    static func time(_ s: inout Substring) -> (hour: Int, minute: Int)? {
        let hourDigits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(hourDigits.count), let hour = Int(hourDigits), hour < 24 else { return nil }
        var rest = s.dropFirst(hourDigits.count)
        guard let sep = rest.first, sep == "." || sep == ":" else { return nil }
        rest = rest.dropFirst()
        let minuteDigits = rest.prefix { $0.isASCII && $0.isNumber }
        guard minuteDigits.count == 2, let minute = Int(minuteDigits), minute < 60 else { return nil }
        s = rest.dropFirst(2)
        return (hour, minute)
    }
}

extension Event {
    /// The event with its programme replaced by imported items. An item with the same start and title as
    /// one already there keeps that one's id, so calendars that imported it before see an update.
    public func replacingProgramme(with imported: [ProgrammeItem]) -> Event {
        var e = self
        e.programmeItems = imported.map { item in
            var kept = item
            if let old = programmeItems.first(where: { $0.start == item.start && $0.title == item.title }) { kept.id = old.id }
            return kept
        }
        return e
    }
}
