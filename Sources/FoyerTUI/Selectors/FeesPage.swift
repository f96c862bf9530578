import Foundation
import FoyerCore

/// The fees page's text at a width: read by the fees pane to draw it and by its update to scroll it.
enum FeesPage {
    /// The pane's lines, and which line is which category (for the selection).
    static func lines(_ state: AppState, width: Int) -> (lines: [StyledLine], categoryLines: [Int: Int]) {
        typealias C = Catalogue.Fees
        let event = state.event, money = event.moneyFormat, g = Glyphs.current, language = state.language
        let totals = state.memo.feeTotals(event: event, registry: state.registry)
        var out: [StyledLine] = []
        var categoryLines: [Int: Int] = [:]
        // The table: its name column takes what the numbers leave. Each heading fits its column in
        // both languages ("Bet." where "Betalt" would not).
        let numbers: [(Phrase, Int)] = [(C.price, 10), (C.net, 10), (C.vat, 9), (C.registeredShort, 5), (C.paidShort, 5), (C.expected, 12)]
        let nameWidth = max(12, width - numbers.map { $0.1 + 1 }.reduce(0, +) - 1)
        func row(_ name: String, _ cells: [String]) -> String {
            TextLayout.fit(name, to: nameWidth) + zip(cells, numbers).map { " " + TextLayout.fit($0, to: $1.1, alignRight: true) }.joined()
        }
        out.append(StyledLine(row(C.category[language], numbers.map { $0.0[language] }), .heading))
        for (i, line) in totals.lines.enumerated() {
            let c = line.category
            let split = c.vatSplit
            var name = c.displayName(language)
            if c.retired { name += C.retired[language] }
            categoryLines[i] = out.count
            out.append(StyledLine(row(name, [money.string(c.price), money.string(split.net), money.string(split.vat),
                                            String(line.registered), String(line.settled), money.string(line.gross)]), c.retired ? .quiet : .normal))
        }
        let registered = totals.lines.map(\.registered).reduce(0, +), settled = totals.lines.map(\.settled).reduce(0, +)
        out.append(StyledLine(row(C.total[language], ["", money.string(totals.net), money.string(totals.vat), String(registered), String(settled), money.string(totals.gross)]), .heading))
        if let selected = totals.lines[safe: state.fees.selected]?.category {
            // Named first, so the line says which category it is about even when it is cut short.
            let name = selected.displayName(language), who = selected.eligibility.text(preferring: language.rawValue)
            let eligibility = who == nil ? C.forAnyone : who == name ? nil : C.forWhom(inSentence(who!)) // "Pensioner" says it
            let parts = [eligibility, selected.includes.text(preferring: language.rawValue).map { C.includes(inSentence($0)) },
                         C.vatRate(selected.vatRate.percentText), selected.requiresProof ? C.checkID : nil]
            out.append(StyledLine(TextLayout.truncate(name + ": " + parts.compactMap { $0?[language] }.joined(separator: g.joiner), to: width), .quiet))
        }
        out.append(StyledLine(""))
        // Expected: what the registrations bring in once all have paid (paid and kept, plus outstanding).
        out.append(StyledLine(C.expectedSum(gross: money.string(totals.gross), net: money.string(totals.net), vat: money.string(totals.vat))[language]))
        // The sums on one line where they fit (they do in English), else broken between sums, never inside one.
        let sums = [C.paid(money.string(totals.paid)), C.outstanding(money.string(totals.outstanding)),
                    C.refunded(money.string(totals.refunded)), C.waived(money.string(totals.waived))].map { $0[language] }
            + (totals.refundOwed.minorUnits > 0 ? [C.refundOwed(money.string(totals.refundOwed))[language]] : [])
        out += joinedWithoutBreakingItems(sums, separator: g.joiner, width: width, labelled: false)
        out += joinedWithoutBreakingItems([C.byMethod[language]] + totals.byMethod.map { "\($0.method.name[language]) \(money.string($0.amount))" },
                                          separator: g.joiner, width: width)
        out.append(StyledLine(""))
        out.append(StyledLine(C.paidOfRegistered[language], .heading))
        let most = max(1, totals.lines.map(\.registered).max() ?? 1)
        let barWidth = max(4, min(40, width - 36))
        for line in totals.lines where !line.category.retired || line.registered > 0 {
            let full = line.registered * barWidth / most, paid = line.registered == 0 ? 0 : line.settled * full / line.registered
            let bar = String(repeating: g.block, count: paid) + String(repeating: g.lightBlock, count: full - paid)
            out.append(StyledLine(TextLayout.fit(line.category.displayName(language), to: 22) + " " + TextLayout.fit(bar, to: barWidth) + " \(line.settled)/\(line.registered)"))
        }
        out.append(StyledLine(""))
        out += chart(state.memo.registrationsOverTime(event: event, registry: state.registry), width: width, language: language)
        return (out, categoryLines)
    }

    /// A category's phrase inside a sentence: its first letter small ("Lunch and coffee" after
    /// "includes"), unless it begins with an abbreviation ("SFI students").
    static func inSentence(_ text: String) -> String {
        guard let first = text.first, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// Items joined on as few lines as fit, breaking only between items (never inside "36 000 kr").
    /// `labelled`: the first item is a label ("By method:"), followed by a space rather than the separator.
    static func joinedWithoutBreakingItems(_ items: [String], separator: String, width: Int, labelled: Bool = true) -> [StyledLine] {
        var lines: [String] = []
        var current = ""
        for (i, item) in items.enumerated() {
            let glue = labelled && i <= 1 ? " " : separator
            if current.isEmpty { current = item; continue }
            if TextWidth.width(current + glue + item) > width { lines.append(current); current = "  " + item }
            else { current += glue + item }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { StyledLine($0) }
    }

    /// Registrations per week as columns two rows high (sixteen heights), weeks labelled by their start.
    /// Those from before the first week have a column of their own on the left, "before": a week's label
    /// is its start date, so they must not be drawn in the first week. "before" and not "<2/1", since it
    /// is one width whatever the date ("<30/12" would fill a week's six cells and touch the next label);
    /// its column is one cell wider, which also sets apart the one column that is not a week.
    static func chart(_ r: RegistrationsOverTime, width: Int, language: Language) -> [StyledLine] {
        typealias C = Catalogue.Fees
        let g = Glyphs.current
        let title = C.registrationsPerWeek[language] + (r.deadline.map { C.upToDeadline(DateText.short($0))[language] } ?? "")
            + (r.late > 0 ? g.joiner + C.late(r.late)[language] : "")
        let bar = 5
        var columns = r.weeks.map { (count: $0.count, label: "\($0.start.day)/\($0.start.month)", width: bar + 1) }
        if r.earlier > 0 { columns.insert((r.earlier, C.before[language], bar + 2), at: 0) }
        let top = max(1, columns.map(\.count).max() ?? 1)
        var upper = "", lower = "", values = "", labels = ""
        for column in columns {
            let level = column.count == 0 ? 0 : max(1, column.count * 16 / top) // 1…16
            let low = min(level, 8), high = max(0, level - 8)
            let gap = String(repeating: " ", count: column.width - bar)
            lower += String(repeating: low == 0 ? " " : g.ramp[low - 1], count: bar) + gap
            upper += String(repeating: high == 0 ? " " : g.ramp[high - 1], count: bar) + gap
            values += TextLayout.fit(String(column.count), to: column.width)
            labels += TextLayout.fit(column.label, to: column.width)
        }
        return [StyledLine(TextLayout.truncate(title, to: width), .heading), StyledLine(upper, .now), StyledLine(lower, .now),
                StyledLine(values, .quiet), StyledLine(labels, .quiet)]
    }
}
