import Foundation
import FoyerCore

/// The selected programme item in full: time, kind, room, topics, description, speakers with biography.
enum ItemDetailText {
    static func lines(event: Event, index: Int, history: [EventHistoryEntry] = [], width: Int, language: Language) -> [StyledLine] {
        typealias C = Catalogue.Agenda
        let programme = event.programme
        let item = programme.items[index]
        var out: [StyledLine] = ScrolledText.wrapped(item.title, width: width, style: .title)
        let room = item.room ?? event.venue.room ?? event.venue.name ?? C.roomNotSet[language]
        out += ScrolledText.wrapped(Glyphs.current.dashed(programme.timeRange(of: index)) + Glyphs.current.joiner + item.kind.name[language] + Glyphs.current.joiner + room, width: width, style: .quiet)
        if !item.topics.isEmpty {
            out.append(StyledLine(""))
            out.append(StyledLine(C.topics[language], .heading))
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
            out.append(StyledLine((speakers.count == 1 ? C.speaker : C.speakers)[language], .heading))
            out += ScrolledText.wrapped(speaker.displayName, width: width, style: .title)
            if let affiliation = speaker.affiliation { out += ScrolledText.wrapped(affiliation, width: width, style: .quiet) }
            out += biography(speaker, width: width, language: language)
        }
        out += changes(of: item.id, in: history, event: event, width: width, language: language)
        return out
    }

    /// The item's history of changes, oldest first, as the registrant detail shows theirs: when, where,
    /// what.
    static func changes(of id: String, in history: [EventHistoryEntry], event: Event, width: Int, language: Language) -> [StyledLine] {
        let zone = event.timeZone
        let mine = history.filter { $0.operation.itemID == id }
        guard !mine.isEmpty else { return [] }
        var out = [StyledLine(""), StyledLine(Catalogue.Agenda.historyOfChanges[language], .heading)]
        for entry in mine {
            let when = LocalDateTime(entry.time, in: zone)
            let line = DateText.short(when.date)[language] + " " + when.timeText + Glyphs.current.joiner + Catalogue.Agenda.atDesk(entry.desk, user: entry.user)[language]
                + Glyphs.current.joiner + entry.summaryPhrase(in: event)[language]
            out += ScrolledText.wrapped(line, width: width, style: .quiet)
        }
        return out
    }

    /// A speaker's biography in the reader's language, else in the other with a quiet line saying which
    /// ("(biography in Swedish)"), else in whatever language it was given.
    static func biography(_ speaker: Speaker, width: Int, language: Language) -> [StyledLine] {
        let bio = speaker.biography
        if let own = bio[language.rawValue] { return ScrolledText.wrapped(own, width: width) }
        if let other = bio[language.other.rawValue] {
            return [StyledLine(Catalogue.Agenda.biographyIn(language.other)[language], .quiet)] + ScrolledText.wrapped(other, width: width)
        }
        guard let code = bio.languages.first, let text = bio[code] else { return [StyledLine(Catalogue.Agenda.biographyNotSet[language], .quiet)] }
        return [StyledLine(Catalogue.Agenda.biographyIn(code: code)[language], .quiet)] + ScrolledText.wrapped(text, width: width)
    }
}
