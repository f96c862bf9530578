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
            let category = event.feeCategory(id: r.feeCategoryID)?.displayName(l.rawValue) ?? r.feeCategoryID
            // A category still to choose is the desk's business, not words for a person to wear.
            let band = r.needsCategory ? "" : "<div class=\"category\" style=\"background:\(colour)\">\(e(category))</div>"
            cards += """
            <div class="badge"><div class="name">\(e(r.firstName))<br>\(e(r.lastName))</div>\
            <div class="org">\(e(r.organisation))</div>\
            \(band)</div>

            """
        }
        return """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><title>\(e(Catalogue.Documents.badgesTitle(event: event.title)[l]))</title>
        <style>@page{size:A4;margin:10mm}body{font-family:sans-serif;margin:0}
        .sheet{display:grid;grid-template-columns:repeat(2,90mm);gap:6mm}
        .badge{height:55mm;border:1px dashed #999;padding:5mm;box-sizing:border-box;display:flex;flex-direction:column;page-break-inside:avoid}
        .name{font-size:20pt;font-weight:bold;flex:1}.org{font-size:11pt;color:#333}
        .category{color:#fff;font-size:10pt;padding:1mm 3mm;margin-top:2mm;border-radius:2mm;align-self:flex-start}
        .event{font-size:8pt;color:#666}</style></head>
        <body><p class="event">\(e(event.title)) · \(e(event.dateText[l]))</p><div class="sheet">
        \(cards)</div></body></html>

        """
    }
}
