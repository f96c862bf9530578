/// Checks a whole event as `foyer validate` does: the programme, the fees, and every registrant.
public struct EventCheck {
    public var errorPhrases: [Phrase] = []
    public var warningPhrases: [Phrase] = []

    public static func run(_ store: EventStore) -> EventCheck {
        var report = EventCheck()
        let event = store.event
        report.warningPhrases += event.programme.problemPhrases()
        for item in event.programmeItems {
            for id in item.speakerIDs where event.speaker(id: id) == nil {
                report.errorPhrases.append(Catalogue.Validation.unknownSpeaker(item: item.title, speaker: id))
            }
        }
        var ids = Set<String>()
        for c in event.feeCategories {
            if !ids.insert(c.id).inserted { report.errorPhrases.append(Catalogue.Validation.categoryIDTwice(c.id)) }
            // An empty id is how a registrant's category to choose is told: a category cannot have it.
            if c.id.isEmpty { report.errorPhrases.append(Catalogue.Validation.categoryWithoutID(c.displayName(.en))) }
            if c.price.minorUnits < 0 { report.errorPhrases.append(Catalogue.Validation.categoryNegativePrice(c.id)) }
            if !(0...10_000).contains(c.vatRate.basisPoints) { report.errorPhrases.append(Catalogue.Validation.categoryVAT(c.id, basisPoints: c.vatRate.basisPoints)) }
        }
        // A journal line that does not apply (each is named among the store's warnings) is an error: the
        // registrations on screen differ from what the desks were told, and compaction refuses until then.
        if store.unappliedEntries > 0 {
            report.errorPhrases.append(Catalogue.Validation.unappliedLines(file: store.journalPath, count: store.unappliedEntries))
        }
        // Desks whose clocks disagree make the history and the arrivals chart lie.
        report.warningPhrases += ClockSkew.findings(store.journalEntries).map { Catalogue.Clock.deskBehind($0, file: store.journalPath) }
        let registrants = store.registry.registrants
        var seenEmails: [String: String] = [:]
        for r in registrants {
            // A category to choose is work left for a desk, not a broken file.
            for issue in Validation.fieldIssues(r, event: event, categoryMayWait: true) {
                let said = Catalogue.Validation.registrantIssue(code: r.code, field: issue.field, message: issue.phrase)
                if issue.severity == .error { report.errorPhrases.append(said) } else { report.warningPhrases.append(said) }
            }
            let email = r.email.lowercased()
            if !email.isEmpty {
                if let other = seenEmails[email] { report.warningPhrases.append(Catalogue.Validation.sameEmail(r.code, other, email: r.email)) }
                else { seenEmails[email] = r.code }
            }
        }
        return report
    }
}
