import Foundation
import FoyerCore

/// The desk's list: a search line, the count line, a table whose columns fit the width, and the
/// selected registrant in full after Enter.
enum RegistrantsView {
    struct Column {
        var title: String
        var width: Int
        var alignRight = false
        var value: (Registrant) -> String
    }

    /// `codeWidth`: the widest code (the newest is the longest: "SAF-100000" at a congress).
    static func columns(width: Int, event: Event, zone: TimeZone, codeWidth: Int = 8) -> [Column] {
        let money = event.moneyFormat
        func shortCategory(_ r: Registrant) -> String { event.categoryName(of: r) }
        func paid(_ r: Registrant) -> String {
            switch r.status {
            case .cancelled: return "cancelled"
            case .waitlisted: return "waitlist"
            case .registered:
                if r.isSettled { return r.waived.isZero ? "paid" : "waived" }
                return r.paid.isZero ? "unpaid" : "part"
            }
        }
        let showDate = width >= 96
        let showOrganisation = width >= 70
        var fixed: [Column] = [
            Column(title: "Code", width: max(8, codeWidth)) { $0.code },
        ]
        let categoryWidth = width >= 110 ? 18 : 12
        let tail: [Column] = [
            Column(title: "Category", width: categoryWidth) { shortCategory($0) },
            Column(title: "Amount", width: 9, alignRight: true) { money.string($0.price) },
            Column(title: "Paid", width: 9) { paid($0) },
            Column(title: "In", width: 5) { $0.checkIn.map { LocalDateTime($0.time, in: zone).timeText } ?? "" },
        ] + (showDate ? [Column(title: "Registered", width: 10) { r in
            let d = LocalDateTime(r.registeredAt, in: zone).date
            return "\(d.day) \(Catalogue.Dates.shortMonths[d.month - 1].en)" + (event.isLate(r.registeredAt) ? " late" : "")
        }] : [])
        let used = 1 + fixed.map(\.width).reduce(0, +) + tail.map(\.width).reduce(0, +) + (fixed.count + tail.count + (showOrganisation ? 1 : 0))
        let flexible = max(10, width - used)
        let nameWidth = showOrganisation ? max(10, flexible * 55 / 100) : flexible
        fixed.append(Column(title: "Name", width: nameWidth) { $0.sortName })
        if showOrganisation {
            fixed.append(Column(title: "Organisation", width: max(6, flexible - nameWidth)) { $0.organisation })
        }
        return fixed + tail
    }

    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let r = state.registrants
        let event = state.event
        let list = Selectors.rows(state)
        // Row 1: the search field, or how to search and how the list is ordered.
        if r.searching || !r.query.isEmpty {
            grid.put(" Search: ", x: 0, y: 1, style: .heading)
            grid.fill(x: 9, y: 1, width: min(40, layout.width - 10), height: 1, style: r.searching ? .fieldFocused : .field)
            grid.put(r.query.visible(width: min(40, layout.width - 10) - 1).text, x: 9, y: 1, style: r.searching ? .fieldFocused : .field)
        } else {
            grid.put(" / search", x: 0, y: 1, style: .quiet)
        }
        let order = "sort: " + (r.query.isEmpty ? r.sort.label : "best match") + Glyphs.current.joiner + "filter: " + r.filter.label(event: event)
        let orderText = TextLayout.truncate(order, to: max(0, layout.width - 52))
        grid.put(orderText, x: layout.width - TextWidth.width(orderText) - 1, y: 1, style: .quiet)
        grid.put(" " + TextLayout.truncate(RegistrantList.countLine(shown: list.count, registry: state.registry, matches: list.matchesBeyondLimit), to: layout.width - 2), x: 0, y: 2, style: .heading)

        if let code = r.detailCode, let registrant = state.registry[code] {
            grid.hline(x: 0, y: layout.ruleRow, width: layout.width)
            let lines = RegistrantDetailText.lines(registrant, state: state, width: layout.width - 2)
            ScrolledText.draw(lines, scroll: r.detailScroll, x: 1, y: layout.bodyTop, width: layout.width - 2, height: layout.bodyHeight, into: &grid)
            return
        }

        let newest = RegistrantCode.make(prefix: event.codePrefix, number: max(1, state.registry.nextNumber - 1))
        let columns = columns(width: layout.width, event: event, zone: event.timeZone, codeWidth: TextWidth.width(newest))
        var x = 1
        for column in columns {
            grid.put(TextLayout.fit(column.title, to: column.width, alignRight: column.alignRight), x: x, y: layout.ruleRow, style: .heading)
            x += column.width + 1
        }
        guard !list.isEmpty else {
            let message = state.registry.count == 0 ? "No registrations yet. Press \(KeyWords.name(.newRegistrant, in: .registrants)) to register someone."
                : (!r.query.isEmpty ? "Nobody matches “\(r.query.text)”. \(KeyWords.name(.back, in: .registrants)) clears the search." : "Nobody is \(r.filter.label(event: event)). \(KeyWords.name(.cycleFilter, in: .registrants)) changes the filter.")
            grid.put(TextLayout.truncate(message, to: layout.width - 4), x: 2, y: layout.bodyTop + 1, style: .quiet)
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
