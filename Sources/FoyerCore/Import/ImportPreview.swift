/// What an import would do, in lines a person reads before saying yes: the same words in the terminal
/// front end and on the command line.
extension ProgrammeTextImport {
    public func previewLines(source: String) -> [String] {
        let programme = Programme(items)
        var out = ["Read \(items.count) programme items from \(source):"]
        for i in programme.items.indices {
            let item = programme.items[i]
            out.append(programme.timeRange(of: i).padding(toLength: 13, withPad: " ", startingAt: 0) + item.title
                       + (item.kind == .session ? "" : "  [\(item.kind.label.lowercased())]"))
            out += item.topics.map { String(repeating: " ", count: 13) + "- " + $0 }
        }
        let blank = skipped.filter { $0.text.isEmpty }.count
        out += skipped.filter { !$0.text.isEmpty }.map { "skipped: line \($0.line): \($0.reason): \($0.text.prefix(70))" }
        if blank > 0 { out.append("skipped: \(blank) blank lines") }
        return out
    }
}

extension RegistrationImport {
    public func reportLines(event: Event) -> [String] {
        let money = event.moneyFormat
        var out = rows.map { row -> String in
            let what: String
            switch row.action {
            case .add: what = "add     "
            case .update(let code): what = "update  \(code) "
            case .reject(let why): what = "reject  (\(why)) "
            }
            var category = event.categoryName(of: row.registrant)
            if let question = row.toChoose { category += " (\(question.reason(event: event)))" }
            var extra = ""
            if let paid = row.paid { extra += ", paid \(money.string(paid))" }
            // The time, so a check-in the file gave no readable time for (taken as the import's) shows.
            if let time = row.checkedInAt { extra += ", checked in " + LocalDateTime(time, in: event.timeZone).description.replacingOccurrences(of: "T", with: " ") }
            return "line \(row.line): \(what)\(row.name.isEmpty ? "(no name)" : row.name) <\(row.registrant.email)>, \(category)\(extra)"
        }
        if !unknownColumns.isEmpty { out.append("columns kept in notes: " + unknownColumns.joined(separator: ", ")) }
        var summary = "\(adds) to add, \(updates) to update, \(rejects) rejected"
        if categoriesToChoose > 0 { summary += ", \(categoriesToChoose) with the \(FeeCategory.toChooseLabel)" }
        out.append(summary + " (delimiter \"\(delimiter)\")")
        if categoriesToChoose > 0 {
            out.append("A \(FeeCategory.toChooseLabel) is added at the price given: choose it in the registrants pane (f to “\(FeeCategory.toChooseLabel)”, e), or map the name with --category NAME=ID.")
        }
        return out
    }
}
