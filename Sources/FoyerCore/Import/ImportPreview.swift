/// What an import would do, in lines a person reads before saying yes: the same words in the terminal
/// front end and on the command line.
extension ProgrammeTextImport {

    /// The same lines in both languages.
    public func previewPhrases(source: String) -> [Phrase] {
        let programme = Programme(items)
        var out = [Catalogue.Import.readItems(items.count, from: source)]
        for i in programme.items.indices {
            let item = programme.items[i]
            out.append(Phrase(verbatim: programme.timeRange(of: i).padding(toLength: 13, withPad: " ", startingAt: 0) + item.title)
                       + (item.kind == .session ? .empty : Catalogue.Import.kindMark(item.kind.name.map { $0.lowercased() })))
            out += item.topics.map { Phrase(verbatim: String(repeating: " ", count: 13) + "- " + $0) }
        }
        let blank = skipped.filter { $0.text.isEmpty }.count
        out += skipped.filter { !$0.text.isEmpty }.map { Catalogue.Import.skippedLine($0.line, reason: $0.reasonPhrase, text: String($0.text.prefix(70))) }
        if blank > 0 { out.append(Catalogue.Import.skippedBlank(blank)) }
        return out
    }
}

extension RegistrationImport {

    /// The same lines in both languages (a category's name in each language the event gives it in).
    public func reportPhrases(event: Event) -> [Phrase] {
        let money = event.moneyFormat
        var out = rows.map { row -> Phrase in
            let what: Phrase
            switch row.action {
            case .add: what = Catalogue.Import.add
            case .update(let code): what = Catalogue.Import.update(code)
            case .reject(let why): what = Catalogue.Import.reject(why)
            }
            var category = event.categoryNamePhrase(of: row.registrant)
            if let question = row.toChoose { category += Phrase(verbatim: " (") + question.reasonPhrase(event: event) + Phrase(verbatim: ")") }
            var extra = Phrase.empty
            if let paid = row.paid { extra += Catalogue.Import.paid(money.string(paid)) }
            // The time, so a check-in the file gave no readable time for (taken as the import's) shows.
            if let time = row.checkedInAt { extra += Catalogue.Import.checkedIn(LocalDateTime(time, in: event.timeZone).description.replacingOccurrences(of: "T", with: " ")) }
            return Catalogue.Import.row(line: row.line, what: what, name: row.name.isEmpty ? Catalogue.Import.noName : Phrase(verbatim: row.name),
                                        email: row.registrant.email, category: category, extra: extra)
        }
        if !unknownColumns.isEmpty { out.append(Catalogue.Import.columnsInNotes(unknownColumns.joined(separator: ", "))) }
        var summary = Catalogue.Import.summary(adds: adds, updates: updates, rejects: rejects)
        if categoriesToChoose > 0 { summary += Catalogue.Import.withCategoryToChoose(categoriesToChoose) }
        out.append(summary + Catalogue.Import.delimiter(String(delimiter)))
        if categoriesToChoose > 0 { out.append(Catalogue.Import.categoryToChooseHint) }
        return out
    }
}
