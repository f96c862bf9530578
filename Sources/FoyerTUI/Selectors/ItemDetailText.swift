import Foundation
import FoyerCore

/// The selected programme item in full: time, kind, room, topics, description, speakers with biography.
enum ItemDetailText {
    static func lines(event: Event, index: Int, history: [EventHistoryEntry] = [], width: Int) -> [StyledLine] {
        let programme = event.programme
        let item = programme.items[index]
        var out: [StyledLine] = ScrolledText.wrapped(item.title, width: width, style: .title)
        let room = item.room ?? event.venue.room ?? event.venue.name ?? "room not set"
        out += ScrolledText.wrapped(Glyphs.current.dashed(programme.timeRange(of: index)) + Glyphs.current.joiner + item.kind.label + Glyphs.current.joiner + room, width: width, style: .quiet)
        if !item.topics.isEmpty {
            out.append(StyledLine(""))
            out.append(StyledLine("Topics", .heading))
            for topic in item.topics {
                let wrapped = TextLayout.wrap(topic, to: max(1, width - 2))
                for (n, line) in wrapped.enumerated() { out.append(StyledLine((n == 0 ? String(Glyphs.current.bullet) + " " : "  ") + line)) }
            }
        }
        if let description = item.description, !description.isEmpty {
            out.append(StyledLine(""))
            out += ScrolledText.wrapped(description, width: width)
        }
        let speakers = item.speakerIDs.compactMap { event.speaker(id: $0) }
        for speaker in speakers {
            out.append(StyledLine(""))
            out.append(StyledLine(speakers.count == 1 ? "Speaker" : "Speakers", .heading))
            out += ScrolledText.wrapped(speaker.displayName, width: width, style: .title)
            if let affiliation = speaker.affiliation { out += ScrolledText.wrapped(affiliation, width: width, style: .quiet) }
            out += biography(speaker, width: width)
        }
        out += changes(of: item.id, in: history, zone: event.timeZone, width: width)
        return out
    }

    /// The item's history of changes, oldest first, as the registrant detail shows theirs: when, where,
    /// what.
    static func changes(of id: String, in history: [EventHistoryEntry], zone: TimeZone, width: Int) -> [StyledLine] {
        let mine = history.filter { $0.operation.itemID == id }
        guard !mine.isEmpty else { return [] }
        var out = [StyledLine(""), StyledLine("History of changes", .heading)]
        for entry in mine {
            let when = LocalDateTime(entry.time, in: zone)
            let line = DateText.short(when.date).en + " " + when.timeText + Glyphs.current.joiner + "desk " + entry.desk + Glyphs.current.joiner + entry.summary
            out += ScrolledText.wrapped(line, width: width, style: .quiet)
        }
        return out
    }

    static func biography(_ speaker: Speaker, width: Int) -> [StyledLine] {
        guard let language = speaker.biography["en"] != nil ? "en" : speaker.biography.languages.first,
              let text = speaker.biography[language] else { return [StyledLine("biography not set", .quiet)] }
        var out: [StyledLine] = []
        if language != "en" { out.append(StyledLine("(biography in " + LanguageName.of(language) + ")", .quiet)) }
        return out + ScrolledText.wrapped(text, width: width)
    }
}

enum LanguageName {
    static func of(_ code: String) -> String {
        switch code {
        case "sv": return "Swedish"
        case "en": return "English"
        default: return code
        }
    }
}
