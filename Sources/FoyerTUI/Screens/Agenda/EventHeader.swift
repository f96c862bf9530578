import Foundation
import FoyerCore

/// Rows 1–2 of the agenda: what, when, where, and whether registration is open.
enum EventHeader {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let event = state.event, language = state.language
        let g = Glyphs.current
        let when = EventTitle.when(event, language)
        let whenWidth = TextWidth.width(when)
        let beside = EventTitle.whenBeside(event, width: layout.width, language)
        let title = EventTitle.lines(event, width: layout.width, language)
        for (i, line) in title.enumerated() { grid.put(TextLayout.truncate(line, to: layout.width - 2), x: 1, y: 1 + i, style: .title) }
        if beside { grid.put(when, x: layout.width - whenWidth - 1, y: 1, style: .heading) }
        let infoRow = layout.headerRows.upperBound

        // Row 2 is cut from the right on a narrow screen: the deadline, which the desk asks about, comes
        // before the venue (after the date when that did not fit on row 1). When even then the deadline
        // would be cut, row 2 gives the date without the times (the timeline below shows them).
        let deadline = deadlineText(event: event, now: state.now)[language]
        var rest = [deadline, event.venue.summary ?? Catalogue.Agenda.venueNotSet[language]]
        if let capacity = event.capacity {
            rest.append((state.registeredCount.map { Catalogue.Agenda.placesTaken($0, of: capacity) } ?? Catalogue.Agenda.capacity(capacity))[language])
        }
        var parts = rest
        if !beside {
            parts = [when] + rest
            if TextWidth.width(when + g.joiner + deadline) > layout.width - 2 { parts = [g.dashed(event.dateText[language])] + rest }
        }
        // Whole parts while they fit; a last one cut short only when a useful piece of it shows.
        let room = layout.width - 2
        var line = ""
        for part in parts {
            let joined = line.isEmpty ? part : line + g.joiner + part
            if TextWidth.width(joined) <= room { line = joined; continue }
            if line.isEmpty || room - TextWidth.width(line + g.joiner) >= 8 { line = TextLayout.truncate(joined, to: room) }
            break
        }
        grid.put(line, x: 1, y: infoRow, style: .quiet)
        grid.hline(x: 0, y: layout.ruleRow, width: layout.width)
    }

    /// "registration closes in 5 days (26 Feb)", "closes today", "registration closed 26 Feb 2009".
    static func deadlineText(event: Event, now: Date) -> Phrase {
        guard let deadline = event.registrationDeadline else { return Catalogue.Agenda.deadlineNotSet }
        let today = LocalDateTime(now, in: event.timeZone).date
        let days = deadline.daysSinceEpoch - today.daysSinceEpoch
        switch days {
        case ..<0: return Catalogue.Agenda.registrationClosed(DateText.short(deadline))
        case 0: return Catalogue.Agenda.closesToday
        case 1: return Catalogue.Agenda.closesTomorrow
        default: return Catalogue.Agenda.closesIn(days: days, date: DateText.short(deadline))
        }
    }
}

import Foundation
