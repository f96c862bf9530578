/// Name badges as a printable HTML page: one card per registered person, name large, organisation, and
/// the category in its own colour (a fixed palette in the order of the event's categories).
public enum Badges {
    static let palette = ["#1f6feb", "#2da44e", "#bf8700", "#cf222e", "#8250df", "#0a7f86", "#6e7781"]

    /// In `language`, else the event's own; names in the event's order.
    public static func html(_ event: Event, registrants: some Collection<Registrant>, language: Language? = nil) -> String {
        let e = HTMLText.escape, l = language ?? event.attendeeLanguage
        let people = Collation(event.attendeeLanguage).sorted(registrants.filter { $0.status == .registered })
        var cards = ""
        for r in people {
            let index = event.feeCategories.firstIndex { $0.id == r.feeCategoryID } ?? palette.count - 1
            let colour = palette[index % palette.count]
            let category = event.feeCategory(id: r.feeCategoryID)?.displayName(l) ?? r.feeCategoryID
            // A category still to choose is the desk's business, not words for a person to wear.
            let band = r.needsCategory ? "" : PageMarkup.badgeBand(colour: colour, category: e(category))
            cards += PageMarkup.badgeCard(first: e(r.firstName), last: e(r.lastName), organisation: e(r.organisation), band: band)
        }
        return PageMarkup.badgesPage(language: l.rawValue, title: e(Catalogue.Documents.badgesTitle(event: event.title)[l]),
                                     heading: e(event.title) + " · " + e(event.dateText[l]), cards: cards)
    }
}
