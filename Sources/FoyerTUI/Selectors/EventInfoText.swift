import Foundation
import FoyerCore

/// Everything about the event that is not the timeline: description, objectives, speakers, venue,
/// contacts, fees, registration and practical information. What is not given shows as "not set".
enum EventInfoText {
    static func lines(event: Event, now: Date, width: Int, language: Language) -> [StyledLine] {
        typealias C = Catalogue.EventInfo
        let g = Glyphs.current
        var out: [StyledLine] = ScrolledText.wrapped(event.title, width: width, style: .title)
        if let subtitle = event.subtitle { out += ScrolledText.wrapped(subtitle, width: width, style: .quiet) }
        func section(_ title: Phrase) { out.append(StyledLine("")); out.append(StyledLine(title[language], .heading)) }
        func notSet(_ what: Phrase) { out.append(StyledLine("  " + C.notSet(what)[language], .quiet)) }
        /// A text the organiser gave: in the reader's language, else the other's under a quiet note.
        func given(_ text: LocalizedText, missing: Phrase) {
            guard let shown = text.shown(in: language) else { notSet(missing); return }
            if let note = shown.note { out.append(StyledLine("  " + note[language], .quiet)) }
            out += ScrolledText.wrapped(shown.text, width: width, indent: 2)
        }

        section(C.when)
        out.append(StyledLine("  " + g.dashed(event.dateText[language]) + (event.timeZoneID.map { " (\($0))" } ?? C.timeZoneNotSet[language])))
        if let first = event.programme.first, let last = event.programme.last { out.append(StyledLine("  " + first.timeText + String(g.dash) + last.timeText)) }

        section(C.description)
        given(event.description, missing: C.descriptionThing)

        if !event.objectives.isEmpty {
            section(C.learningObjectives)
            for (n, objective) in event.objectives.enumerated() {
                let wrapped = TextLayout.wrap(objective, to: max(1, width - 5))
                for (k, line) in wrapped.enumerated() { out.append(StyledLine((k == 0 ? "  \(n + 1). " : "     ") + line)) }
            }
        }

        section(event.speakers.count == 1 ? C.speaker : C.speakers)
        if event.speakers.isEmpty { notSet(C.speakersThing) }
        for speaker in event.speakers {
            out += ScrolledText.wrapped(speaker.displayName, width: width, indent: 2, style: .title)
            if let affiliation = speaker.affiliation { out += ScrolledText.wrapped(affiliation, width: width, indent: 2, style: .quiet) }
            out += ItemDetailText.biography(speaker, width: width - 2, language: language).map { StyledLine("  " + $0.text, $0.style) }
        }

        section(C.venue)
        let venue = event.venue
        if venue.summary == nil && venue.address == nil && venue.city == nil { notSet(C.venueThing) }
        else {
            let missing = C.missing
            out.append(StyledLine("  " + (venue.name ?? C.nameNotSet[language])))
            out.append(StyledLine("  " + C.room(venue.room.map { Phrase(verbatim: $0) } ?? missing)[language]))
            let address = [venue.address, venue.city].compactMap { $0 }.joined(separator: ", ").nonEmpty
            out.append(StyledLine("  " + C.address(address.map { Phrase(verbatim: $0) } ?? missing)[language]))
        }

        section(C.registration)
        out.append(StyledLine("  " + EventHeader.deadlineText(event: event, now: now)[language].capitalisedFirst
                              + (event.registrationDeadline.map { C.deadline(DateText.long($0))[language] } ?? "")))
        out.append(StyledLine("  " + C.registerAt(event.registrationURL.map { Phrase(verbatim: $0) } ?? C.missing)[language]))
        out.append(StyledLine("  " + C.capacity(event.capacity.map { Phrase(verbatim: String($0)) } ?? C.missing)[language]))

        section(C.fees)
        if event.feeCategories.isEmpty { notSet(C.feesThing) }
        let money = event.moneyFormat
        // What is included is said once when every category includes the same, else under each category:
        // one category's words never stand for all.
        let included = event.feeCategories.map { $0.includes.text(preferring: language.rawValue) }
        let sameForAll = Set(included).count <= 1
        for fee in event.feeCategories {
            let split = fee.vatSplit
            let price = money.string(fee.price)
            let name = fee.displayName(language)
            out.append(StyledLine("  " + TextLayout.fit(name, to: 24) + TextLayout.fit(price, to: 10, alignRight: true)
                                  + "  " + C.inclVAT(rate: split.rate.percentText, vat: money.string(split.vat))[language]
                                  + (fee.retired ? g.joiner + C.retired[language] : "")))
            if let eligibility = fee.eligibility.text(preferring: language.rawValue), eligibility != name {
                out += ScrolledText.wrapped(eligibility, width: width, indent: 4, style: .quiet)
            }
            if !sameForAll, let includes = fee.includes.text(preferring: language.rawValue) {
                out += ScrolledText.wrapped(C.includes(FeesPage.inSentence(includes))[language], width: width, indent: 4, style: .quiet)
            }
        }
        if sameForAll, let includes = included.first ?? nil {
            out += ScrolledText.wrapped(C.includedInEvery(includes)[language], width: width, indent: 2, style: .quiet)
        }

        section(C.contacts)
        if event.contacts.isEmpty { notSet(C.contactsThing) }
        for c in event.contacts {
            out += ScrolledText.wrapped(([c.name] + [c.phone, c.email].compactMap { $0 }).joined(separator: g.joiner), width: width, indent: 2)
        }

        section(C.practicalInformation)
        given(event.practicalInformation, missing: C.practicalThing)
        // Given in both languages: the other one follows, quieter, for a reader of either.
        if event.practicalInformation[language.rawValue] != nil, let other = event.practicalInformation[language.other.rawValue] {
            out.append(StyledLine(""))
            out += ScrolledText.wrapped(other, width: width, indent: 2, style: .quiet)
        }
        if let organiser = event.organiser { section(C.organiser); out.append(StyledLine("  " + organiser)) }
        return out
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
