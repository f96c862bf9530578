import Foundation
import FoyerCore

/// The fees page's text at a width: read by the fees pane to draw it and by its update to scroll it.
enum FeesPage {
    /// The pane's lines, and which line is which category (for the selection).
    static func lines(_ state: AppState, width: Int) -> (lines: [StyledLine], categoryLines: [Int: Int]) {
        let event = state.event, money = event.moneyFormat, g = Glyphs.current
        let totals = state.memo.feeTotals(event: event, registry: state.registry)
        var out: [StyledLine] = []
        var categoryLines: [Int: Int] = [:]
        // The table: its name column takes what the numbers leave.
        let numbers: [(String, Int)] = [("Price", 10), ("Net", 10), ("VAT", 9), ("Reg.", 5), ("Paid", 5), ("Worth", 12)]
        let nameWidth = max(12, width - numbers.map { $0.1 + 1 }.reduce(0, +) - 1)
        func row(_ name: String, _ cells: [String]) -> String {
            TextLayout.fit(name, to: nameWidth) + zip(cells, numbers).map { " " + TextLayout.fit($0, to: $1.1, alignRight: true) }.joined()
        }
        out.append(StyledLine(row("Category", numbers.map(\.0)), .heading))
        for (i, line) in totals.lines.enumerated() {
            let c = line.category
            let split = c.vatSplit
            var name = c.displayName()
            if c.retired { name += " (retired)" }
            categoryLines[i] = out.count
            out.append(StyledLine(row(name, [money.string(c.price), money.string(split.net), money.string(split.vat),
                                            String(line.registered), String(line.settled), money.string(line.gross)]), c.retired ? .quiet : .normal))
        }
        let registered = totals.lines.map(\.registered).reduce(0, +), settled = totals.lines.map(\.settled).reduce(0, +)
        out.append(StyledLine(row("Total", ["", money.string(totals.net), money.string(totals.vat), String(registered), String(settled), money.string(totals.gross)]), .heading))
        if let selected = totals.lines[safe: state.fees.selected]?.category {
            let who = selected.eligibility.text().map { "For: " + $0 } ?? "For anyone"
            let includes = selected.includes.text().map { g.joiner + "includes " + $0.lowercased() } ?? ""
            out.append(StyledLine(TextLayout.truncate(who + includes + g.joiner + "VAT " + selected.vatRate.percentText + (selected.requiresProof ? g.joiner + "check ID" : ""), to: width), .quiet))
        }
        out.append(StyledLine(""))
        out.append(StyledLine("Worth \(money.string(totals.gross)) = net \(money.string(totals.net)) + VAT \(money.string(totals.vat))"))
        out.append(StyledLine("Paid \(money.string(totals.paid))" + g.joiner + "outstanding \(money.string(totals.outstanding))"
                              + g.joiner + "refunded \(money.string(totals.refunded))" + g.joiner + "waived \(money.string(totals.waived))"))
        out += joinedWithoutBreakingItems(["By method:"] + totals.byMethod.map { "\($0.method.label) \(money.string($0.amount))" },
                                          separator: g.joiner, width: width)
        out.append(StyledLine(""))
        out.append(StyledLine("Paid of registered", .heading))
        let most = max(1, totals.lines.map(\.registered).max() ?? 1)
        let barWidth = max(4, min(40, width - 36))
        for line in totals.lines where !line.category.retired || line.registered > 0 {
            let full = line.registered * barWidth / most, paid = line.registered == 0 ? 0 : line.settled * full / line.registered
            let bar = String(repeating: g.block, count: paid) + String(repeating: g.lightBlock, count: full - paid)
            out.append(StyledLine(TextLayout.fit(line.category.displayName(), to: 22) + " " + TextLayout.fit(bar, to: barWidth) + " \(line.settled)/\(line.registered)"))
        }
        out.append(StyledLine(""))
        out += chart(state.memo.registrationsOverTime(event: event, registry: state.registry), width: width)
        return (out, categoryLines)
    }

    /// Items joined on as few lines as fit, breaking only between items (never inside "36 000 kr").
    static func joinedWithoutBreakingItems(_ items: [String], separator: String, width: Int) -> [StyledLine] {
        var lines: [String] = []
        var current = ""
        for (i, item) in items.enumerated() {
            let glue = i <= 1 ? " " : separator
            if current.isEmpty { current = item; continue }
            if TextWidth.width(current + glue + item) > width { lines.append(current); current = "  " + item }
            else { current += glue + item }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { StyledLine($0) }
    }

    /// Registrations per week as columns two rows high (sixteen heights), weeks labelled by their start.
    static func chart(_ r: RegistrationsOverTime, width: Int) -> [StyledLine] {
        let g = Glyphs.current
        let title = "Registrations per week" + (r.deadline.map { " up to the deadline, " + DateText.short($0) } ?? "") + (r.late > 0 ? g.joiner + "\(r.late) late" : "")
        let counts = r.weeks.map(\.count)
        let top = max(1, counts.max() ?? 1)
        let column = 6
        var upper = "", lower = ""
        for count in counts {
            let level = count == 0 ? 0 : max(1, count * 16 / top) // 1…16
            let low = min(level, 8), high = max(0, level - 8)
            lower += String(repeating: low == 0 ? " " : g.ramp[low - 1], count: column - 1) + " "
            upper += String(repeating: high == 0 ? " " : g.ramp[high - 1], count: column - 1) + " "
        }
        let labels = r.weeks.map { TextLayout.fit("\($0.start.day)/\($0.start.month)", to: column) }.joined()
        let values = counts.map { TextLayout.fit(String($0), to: column) }.joined()
        return [StyledLine(TextLayout.truncate(title, to: width), .heading), StyledLine(upper, .now), StyledLine(lower, .now),
                StyledLine(values, .quiet), StyledLine(labels, .quiet)]
    }
}
