import Foundation
import FoyerCore

/// The desk's list: a search line, the count line, a table whose columns fit the width, and the
/// selected registrant in full after Enter.
enum RegistrantsView {
    typealias Words = Catalogue.Registrants
    struct Column {
        var title: Phrase
        var width: Int
        var alignRight = false
        var value: (Registrant) -> String
    }

    /// `codeWidth`: the widest code (the newest is the longest: "SAF-100000" at a congress).
    /// Each column is as wide as its longest word in `language` needs (Swedish words are longer).
    static func columns(width: Int, event: Event, zone: TimeZone, codeWidth: Int = 8, language: Language = .en) -> [Column] {
        let money = event.moneyFormat
        func shortCategory(_ r: Registrant) -> String { event.categoryName(of: r, in: language) }
        func paid(_ r: Registrant) -> String {
            switch r.status {
            case .cancelled: return Words.statusCancelled[language]
            case .waitlisted: return Words.statusWaitlist[language]
            case .registered:
                if r.isSettled { return (r.waived.isZero ? Words.statusPaid : Words.statusWaived)[language] }
                return (r.paid.isZero ? Words.statusUnpaid : Words.statusPart)[language]
            }
        }
        let showDate = width >= 96
        let showOrganisation = width >= 70
        var fixed: [Column] = [
            Column(title: Words.code, width: max(8, codeWidth)) { $0.code },
        ]
        let categoryWidth = width >= 110 ? 18 : 12
        let tail: [Column] = [
            Column(title: Words.category, width: categoryWidth) { shortCategory($0) },
            Column(title: Words.amount, width: 9, alignRight: true) { money.string($0.price) },
            // "väntelista" is one column wider than "waitlist".
            Column(title: Words.paid, width: language == .sv ? 10 : 9) { paid($0) },
            Column(title: Words.arrivedColumn, width: 5) { $0.checkIn.map { LocalDateTime($0.time, in: zone).timeText } ?? "" },
        ] + (showDate ? [Column(title: Words.registeredColumn, width: 10) { r in
            let d = LocalDateTime(r.registeredAt, in: zone).date
            return "\(d.day) \(Catalogue.Dates.shortMonths[d.month - 1][language])" + (event.isLate(r.registeredAt) ? " " + Words.late[language] : "")
        }] : [])
        let used = 1 + fixed.map(\.width).reduce(0, +) + tail.map(\.width).reduce(0, +) + (fixed.count + tail.count + (showOrganisation ? 1 : 0))
        let flexible = max(10, width - used)
        let nameWidth = showOrganisation ? max(10, flexible * 55 / 100) : flexible
        fixed.append(Column(title: Words.name, width: nameWidth) { $0.sortName })
        if showOrganisation {
            fixed.append(Column(title: Words.organisation, width: max(6, flexible - nameWidth)) { $0.organisation })
        }
        return fixed + tail
    }

    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let r = state.registrants, language = state.language
        let event = state.event
        let list = Selectors.rows(state)
        // Row 1: the search field, or how to search and how the list is ordered.
        if r.searching || !r.query.isEmpty {
            grid.put(Words.search[language], x: 0, y: 1, style: .heading)
            grid.fill(x: 9, y: 1, width: min(40, layout.width - 10), height: 1, style: r.searching ? .fieldFocused : .field)
            grid.put(r.query.visible(width: min(40, layout.width - 10) - 1).text, x: 9, y: 1, style: r.searching ? .fieldFocused : .field)
        } else {
            grid.put(Words.slashSearch[language], x: 0, y: 1, style: .quiet)
        }
        let order = Words.sortIs(r.query.isEmpty ? r.sort.label : Words.bestMatch)[language] + Glyphs.current.joiner + Words.filterIs(r.filter.label(event: event))[language]
        // Beside the search field there is room for 28 columns at 80; beside "/ search", for more (Swedish
        // "sortering: namn · filter: inte kommit än" whole).
        let searchShown = r.searching || !r.query.isEmpty
        let orderText = TextLayout.truncate(order, to: max(0, layout.width - (searchShown ? 52 : 12)))
        grid.put(orderText, x: layout.width - TextWidth.width(orderText) - 1, y: 1, style: .quiet)
        grid.put(" " + TextLayout.truncate(RegistrantList.countLine(shown: list.count, registry: state.registry, matches: list.matchesBeyondLimit, language: language), to: layout.width - 2), x: 0, y: 2, style: .heading)

        if let code = r.detailCode, let registrant = state.registry[code] {
            grid.hline(x: 0, y: layout.ruleRow, width: layout.width)
            let lines = RegistrantDetailText.lines(registrant, state: state, width: layout.width - 2)
            ScrolledText.draw(lines, scroll: r.detailScroll, x: 1, y: layout.bodyTop, width: layout.width - 2, height: layout.bodyHeight, into: &grid)
            return
        }

        let newest = RegistrantCode.make(prefix: event.codePrefix, number: max(1, state.registry.nextNumber - 1))
        let columns = columns(width: layout.width, event: event, zone: event.timeZone, codeWidth: TextWidth.width(newest), language: language)
        var x = 1
        for column in columns {
            grid.put(TextLayout.fit(column.title[language], to: column.width, alignRight: column.alignRight), x: x, y: layout.ruleRow, style: .heading)
            x += column.width + 1
        }
        guard !list.isEmpty else {
            let message = state.registry.count == 0 ? Words.noRegistrationsYet(key: KeyWords.name(.newRegistrant, in: .registrants))
                : (!r.query.isEmpty ? Words.nobodyMatches(r.query.text, key: KeyWords.name(.back, in: .registrants))
                    : Words.nobodyIs(filter: r.filter.label(event: event), key: KeyWords.name(.cycleFilter, in: .registrants)))
            grid.put(TextLayout.truncate(message[language], to: layout.width - 4), x: 2, y: layout.bodyTop + 1, style: .quiet)
            return
        }
        let start = min(r.scroll, max(0, list.count - 1))
        for row in 0..<layout.bodyHeight {
            let i = start + row
            guard list.indices.contains(i) else { break }
            let registrant = list[i]
            let y = layout.bodyTop + row
            let style: Style = registrant.status == .cancelled ? .quiet : .normal
            var cx = 1
            for column in columns {
                grid.put(TextLayout.fit(column.value(registrant), to: column.width, alignRight: column.alignRight), x: cx, y: y, style: style)
                cx += column.width + 1
            }
            if registrant.code == r.selectedCode { grid.restyle(x: 0, y: y, width: layout.width, style: .selected) }
        }
        if start > 0 { grid.put(String(Glyphs.current.up), x: layout.width - 1, y: layout.bodyTop, style: .quiet) }
        if start + layout.bodyHeight < list.count { grid.put(String(Glyphs.current.down), x: layout.width - 1, y: layout.bodyTop + layout.bodyHeight - 1, style: .quiet) }
    }
}
