import Foundation
import FoyerCore

/// Everything about the event that is not the timeline: description, objectives, speakers, venue,
/// contacts, fees, registration and practical information. What is not given shows as "not set".
enum EventInfoText {
    static func lines(event: Event, now: Date, width: Int) -> [StyledLine] {
        var out: [StyledLine] = ScrolledText.wrapped(event.title, width: width, style: .title)
        if let subtitle = event.subtitle { out += ScrolledText.wrapped(subtitle, width: width, style: .quiet) }
        func section(_ title: String) { out.append(StyledLine("")); out.append(StyledLine(title, .heading)) }
        func notSet(_ what: String) { out.append(StyledLine("  " + what + " not set", .quiet)) }

        section("When")
        out.append(StyledLine("  " + Glyphs.current.dashed(event.dateText.en) + (event.timeZoneID.map { " (\($0))" } ?? " (time zone not set)")))
        if let first = event.programme.first, let last = event.programme.last { out.append(StyledLine("  " + first.timeText + String(Glyphs.current.dash) + last.timeText)) }

        section("Description")
        if let text = event.description.text() { out += ScrolledText.wrapped(text, width: width, indent: 2) } else { notSet("description") }

        if !event.objectives.isEmpty {
            section("Learning objectives")
            for (n, objective) in event.objectives.enumerated() {
                let wrapped = TextLayout.wrap(objective, to: max(1, width - 5))
                for (k, line) in wrapped.enumerated() { out.append(StyledLine((k == 0 ? "  \(n + 1). " : "     ") + line)) }
            }
        }

        section(event.speakers.count == 1 ? "Speaker" : "Speakers")
        if event.speakers.isEmpty { notSet("speakers") }
        for speaker in event.speakers {
            out += ScrolledText.wrapped(speaker.displayName, width: width, indent: 2, style: .title)
            if let affiliation = speaker.affiliation { out += ScrolledText.wrapped(affiliation, width: width, indent: 2, style: .quiet) }
            out += ItemDetailText.biography(speaker, width: width - 2).map { StyledLine("  " + $0.text, $0.style) }
        }

        section("Venue")
        let venue = event.venue
        if venue.summary == nil && venue.address == nil && venue.city == nil { notSet("venue") }
        else {
            out.append(StyledLine("  " + (venue.name ?? "name not set")))
            out.append(StyledLine("  Room: " + (venue.room ?? "not set")))
            out.append(StyledLine("  Address: " + ([venue.address, venue.city].compactMap { $0 }.joined(separator: ", ").nonEmpty ?? "not set")))
        }

        section("Registration")
        out.append(StyledLine("  " + EventHeader.deadlineText(event: event, now: now).capitalisedFirst
                              + (event.registrationDeadline.map { " (deadline " + DateText.long($0).en + ")" } ?? "")))
        out.append(StyledLine("  Register at: " + (event.registrationURL ?? "not set")))
        out.append(StyledLine("  Capacity: " + (event.capacity.map(String.init) ?? "not set")))

        section("Fees")
        if event.feeCategories.isEmpty { notSet("fees") }
        let money = event.moneyFormat
        // What is included is said once when every category includes the same, else under each category:
        // one category's words never stand for all.
        let included = event.feeCategories.map { $0.includes.text() }
        let sameForAll = Set(included).count <= 1
        for fee in event.feeCategories {
            let split = fee.vatSplit
            let price = money.string(fee.price)
            out.append(StyledLine("  " + TextLayout.fit(fee.displayName(), to: 24) + TextLayout.fit(price, to: 10, alignRight: true)
                                  + "  incl. VAT \(split.rate.percentText) (\(money.string(split.vat)))" + (fee.retired ? Glyphs.current.joiner + "retired" : "")))
            if let eligibility = fee.eligibility.text(), eligibility != fee.displayName() {
                out += ScrolledText.wrapped(eligibility, width: width, indent: 4, style: .quiet)
            }
            if !sameForAll, let includes = fee.includes.text() {
                out += ScrolledText.wrapped("Includes " + FeesPage.inSentence(includes), width: width, indent: 4, style: .quiet)
            }
        }
        if sameForAll, let includes = included.first ?? nil { out += ScrolledText.wrapped("Included in every category: " + includes, width: width, indent: 2, style: .quiet) }

        section("Contacts")
        if event.contacts.isEmpty { notSet("contacts") }
        for c in event.contacts {
            out += ScrolledText.wrapped(([c.name] + [c.phone, c.email].compactMap { $0 }).joined(separator: Glyphs.current.joiner), width: width, indent: 2)
        }

        section("Practical information")
        if let text = event.practicalInformation.text() { out += ScrolledText.wrapped(text, width: width, indent: 2) } else { notSet("practical information") }
        if let sv = event.practicalInformation["sv"], event.practicalInformation["en"] != nil {
            out.append(StyledLine(""))
            out += ScrolledText.wrapped(sv, width: width, indent: 2, style: .quiet)
        }
        if let organiser = event.organiser { section("Organiser"); out.append(StyledLine("  " + organiser)) }
        return out
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
