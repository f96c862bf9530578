/// Checks a whole event as `foyer validate` does: the programme, the fees, and every registrant.
public struct EventCheck {
    public var errors: [String] = []
    public var warnings: [String] = []

    public static func run(_ store: EventStore) -> EventCheck {
        var report = EventCheck()
        let event = store.event
        report.warnings += event.programme.problems()
        for item in event.programmeItems {
            for id in item.speakerIDs where event.speaker(id: id) == nil {
                report.errors.append("programme item \"\(item.title)\" names speaker \"\(id)\", who is not among the event's speakers")
            }
        }
        var ids = Set<String>()
        for c in event.feeCategories {
            if !ids.insert(c.id).inserted { report.errors.append("fee category id \"\(c.id)\" is used twice") }
            // An empty id is how a registrant's category to choose is told: a category cannot have it.
            if c.id.isEmpty { report.errors.append("fee category \"\(c.displayName())\" has an empty id") }
            if c.price.minorUnits < 0 { report.errors.append("fee category \"\(c.id)\" has a negative price") }
            if !(0...10_000).contains(c.vatRate.basisPoints) { report.errors.append("fee category \"\(c.id)\" has a VAT rate of \(c.vatRate.basisPoints) basis points") }
        }
        let registrants = store.registry.registrants
        var seenEmails: [String: String] = [:]
        for r in registrants {
            // A category to choose is work left for a desk, not a broken file.
            for issue in Validation.fieldIssues(r, event: event, categoryMayWait: true) {
                if issue.severity == .error { report.errors.append("\(r.code): \(issue)") } else { report.warnings.append("\(r.code): \(issue)") }
            }
            let email = r.email.lowercased()
            if !email.isEmpty {
                if let other = seenEmails[email] { report.warnings.append("\(r.code) and \(other) have the same email \(r.email)") }
                else { seenEmails[email] = r.code }
            }
        }
        return report
    }
}
