import Foundation
import FoyerCore

/// The desk on the day: the search field, the matches, one large line saying what happened, and the
/// counters (arrived of expected, per category, unpaid among arrivals) with arrivals per quarter hour.
enum CheckInView {
    typealias Words = Catalogue.Desk
    static let fieldX = 8
    static func fieldWidth(_ layout: ScreenLayout) -> Int { min(36, layout.width - fieldX - 2) }

    struct Counts {
        var expected = 0, arrived = 0, unpaidArrived = 0
        var perCategory: [(name: String, arrived: Int, expected: Int)] = []
        /// From the registry's running tally: no pass over everyone per frame.
        init(_ state: AppState) {
            let tally = state.registry.tally
            expected = tally.registered
            arrived = tally.arrived
            unpaidArrived = tally.unpaidArrived
            perCategory = state.event.feeCategories.compactMap { c in
                tally.byCategory[c.id].flatMap { $0.expected > 0 ? (c.displayName(state.language), $0.arrived, $0.expected) : nil }
            }
        }
    }

    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let g = Glyphs.current, language = state.language
        let counts = Counts(state)
        // Row 1: the search field, always focused, and the headline count.
        grid.put(Words.find[language], x: 0, y: 1, style: .heading)
        let width = fieldWidth(layout)
        grid.fill(x: fieldX, y: 1, width: width, height: 1, style: .fieldFocused)
        grid.put(state.checkIn.query.visible(width: width - 1).text, x: fieldX, y: 1, style: .fieldFocused)
        let headline = Words.arrived(counts.arrived, of: counts.expected)[language]
            + (counts.unpaidArrived > 0 ? g.joiner + Words.unpaidCount(counts.unpaidArrived)[language] : "")
        let head = TextLayout.truncate(headline, to: max(0, layout.width - fieldX - width - 3))
        grid.put(head, x: layout.width - TextWidth.width(head) - 1, y: 1, style: .heading)
        grid.hline(x: 0, y: 2, width: layout.width)

        // Row 3: the result band, right under the search where the eye is, and the matches below it
        // (after a blank row); the counters and the chart keep the bottom.
        let chartRows = layout.height >= 20 ? 3 : 0
        let countsRow = layout.height - 1 - chartRows - 2
        let bandRows = drawBanner(state, y: 3, layout, into: &grid)
        let listTop = 3 + (bandRows > 0 ? bandRows + 1 : 0), listHeight = max(1, countsRow - listTop - 1)
        drawMatches(state, top: listTop, height: listHeight, layout, into: &grid)
        grid.put(perCategoryLine(counts, width: layout.width - 2, g: g), x: 1, y: countsRow, style: .quiet)
        if chartRows > 0 { drawChart(state, y: countsRow + 1, layout, into: &grid) }
    }

    static func drawMatches(_ state: AppState, top: Int, height: Int, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let money = state.event.moneyFormat, zone = state.event.timeZone, g = Glyphs.current, language = state.language
        let matches = Selectors.checkInMatches(state)
        if state.checkIn.query.isEmpty {
            grid.put(Words.typeAFewLetters[language], x: 2, y: top, style: .quiet, maxWidth: layout.width - 4)
            let recent = state.registry.tally.latest.prefix(max(0, height - 2)).compactMap { state.registry[$0.code] }.filter(\.isCheckedIn)
            if !recent.isEmpty { grid.put(Words.latestArrivals[language], x: 2, y: top + 1, style: .heading) }
            for (i, r) in recent.enumerated() {
                let c = r.checkIn!
                grid.put(TextLayout.truncate(LocalDateTime(c.time, in: zone).timeText + "  " + r.fullName + g.joiner + Words.atDesk(c.desk)[language], to: layout.width - 4),
                         x: 2, y: top + 2 + i, style: .quiet)
            }
            return
        }
        guard !matches.isEmpty else {
            grid.put(Words.nobodyMatches(enter: KeyWords.name(.checkInSelected, in: .checkIn), walkInKey: KeyWords.name(.walkIn, in: .checkIn))[language], x: 2, y: top, style: .quiet, maxWidth: layout.width - 4)
            return
        }
        let selected = matches.firstIndex { $0.code == state.checkIn.selectedCode } ?? 0
        let columns = MatchColumns(layout.width, state)
        let start = ListScroll.window(endingAt: selected, height: height, count: matches.count)
        let names = Selectors.nameCounts(matches) // once per frame, not once per row
        for row in 0..<height {
            let i = start + row
            guard matches.indices.contains(i) else { break }
            let r = matches[i]
            let y = top + row
            // People of one name are marked: Enter will not choose between them.
            let namesake = (names[TextFolding.words(r.fullName)] ?? 0) > 1
            grid.put(columns.row(r, namesake: namesake, money: money, zone: zone, g: g, language: language), x: 1, y: y, style: r.status == .registered ? .normal : .quiet)
            if i == selected { grid.restyle(x: 0, y: y, width: layout.width, style: .selected) }
        }
    }

    /// The result band from row `y`, right under the search (`ResultBand`): the outcome's word in large
    /// letters and its colour, the headline in words below (who, with the code), then what to do next:
    /// or the open question, its answers and, once one is chosen, its summary. Returns the rows taken.
    @discardableResult
    static func drawBanner(_ state: AppState, y: Int, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Int {
        guard let band = CheckInBand.content(state) else { return 0 }
        let language = state.language
        let rows = ResultBand.draw(word: band.word[language], detail: band.headline[language], outcome: band.outcome, y: y, layout: layout, into: &grid)
        let style = band.outcome.style
        for (i, line) in band.detail.prefix(2).enumerated() {
            grid.fill(x: 0, y: y + rows + i, width: layout.width, height: 1, style: style)
            grid.put(" " + TextLayout.truncate(line[language], to: layout.width - 2), x: 0, y: y + rows + i, style: style)
        }
        return rows + min(2, band.detail.count)
    }

    /// Arrivals per quarter hour on the day: one column each, labelled on the hour.
    static func drawChart(_ state: AppState, y: Int, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let zone = state.event.timeZone, g = Glyphs.current, language = state.language
        // Quarter hours from the tally, in local minutes since 1970 (offsets are whole quarter hours).
        let quarters = state.registry.tally.arrivalsByQuarter
        var perQuarter: [Int: Int] = [:]
        for (quarter, n) in quarters {
            let utc = Date(timeIntervalSince1970: Double(quarter * 900))
            perQuarter[LocalDateTime(utc, in: zone).minutesSinceEpoch, default: 0] += n
        }
        let title = Words.arrivalsPerQuarter[language]
        grid.put(title, x: 1, y: y, style: .heading)
        guard let first = perQuarter.keys.min(), let last = perQuarter.keys.max() else {
            grid.put(g.joiner + Words.noneYet[language], x: 1 + TextWidth.width(title), y: y, style: .quiet)
            return
        }
        let columns = max(1, min((layout.width - 4) / 2, 40))
        let start = max(first - first % 15, last - last % 15 - (columns - 1) * 15)
        var counts = [Int](repeating: 0, count: columns)
        for (m, n) in perQuarter where m >= start { counts[min(columns - 1, (m - start) / 15)] += n }
        let top = max(1, counts.max() ?? 1)
        let used = (last - start) / 15 + 1
        var bars = "", labels = ""
        for i in 0..<min(columns, used) {
            let c = counts[i]
            let level = max(1, (c * 8 + top - 1) / top) // 1…8, rounded up so one arrival still shows
            bars += String(c == 0 ? " " : g.ramp[level - 1]) + " "
            let t = LocalDateTime(date: LocalDate(year: 1970, month: 1, day: 1), hour: 0, minute: 0).adding(minutes: start + i * 15)
            if i % 4 == 0 { labels += t.timeText + "   " }
        }
        grid.put(bars, x: 1, y: y + 1, style: .now)
        grid.put(TextLayout.truncate(labels, to: layout.width - 2), x: 1, y: y + 2, style: .quiet)
        grid.put(Words.peak(top)[language], x: min(layout.width - 8, 2 + 2 * min(columns, used) + 1), y: y + 1, style: .quiet)
    }
}

extension CheckInView {
    /// "Standard 3/135 · Pensioner 0/12": as many whole entries as fit, then "…", never a cut name.
    static func perCategoryLine(_ counts: Counts, width: Int, g: Glyphs) -> String {
        var line = ""
        for (i, c) in counts.perCategory.enumerated() {
            let item = "\(c.name) \(c.arrived)/\(c.expected)"
            let next = line.isEmpty ? item : line + g.joiner + item
            let more = i < counts.perCategory.count - 1 ? TextWidth.width(g.joiner) + 1 : 0
            guard TextWidth.width(next) + more <= width else { return line.isEmpty ? TextLayout.truncate(item, to: width) : line + g.joiner + String(g.ellipsis) }
            line = next
        }
        return line
    }
}
