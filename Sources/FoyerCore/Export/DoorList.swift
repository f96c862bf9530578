import Foundation

/// The paper fallback for the door: everyone registered, alphabetical by last name, with code, name,
/// organisation, fee category, what is still due and a box to tick. The waiting list follows; cancelled
/// registrations are left out.
public struct DoorList: Equatable {
    public struct Row: Equatable {
        public var code: String
        /// "Öberg, Åsa"
        public var name: String
        public var organisation: String
        public var category: String
        /// "2 000 kr", or "paid" ("betald") when nothing is due.
        public var due: String
        /// The local time ("08:47") of the check-in, nil when not checked in.
        public var checkedInAt: String?

        /// "[ ]", or "[x] 08:47" for someone already checked in.
        public var box: String { checkedInAt.map { "[x] " + $0 } ?? "[ ]" }
    }

    public var title: String
    /// The language it is written in: the event's own unless asked otherwise.
    public var language: Language
    public var dateText: String
    /// When the list was made, local time ("2009-03-19 08:15").
    public var madeAt: String
    public var registered: [Row]
    public var waitlisted: [Row]

    public init(event: Event, registrants: some Collection<Registrant>, now: Date, language: Language? = nil) {
        let language = language ?? event.attendeeLanguage
        let zone = event.timeZone
        let money = event.moneyFormat
        func row(_ r: Registrant) -> Row {
            Row(code: r.code, name: r.sortName, organisation: r.organisation,
                category: event.categoryName(of: r, in: language),
                due: r.due.minorUnits > 0 ? money.string(r.due) : Catalogue.Documents.paid[language],
                checkedInAt: r.checkIn.map { LocalDateTime($0.time, in: zone).timeText })
        }
        // In the event's order of names (English: folded, so Öberg sorts with the O's; Swedish: Å, Ä, Ö
        // after Z), case ignored; the code keeps namesakes in order.
        let collation = Collation(event.attendeeLanguage)
        let sorted = registrants
            .map { (key: [collation.key($0.lastName), collation.key($0.firstName), $0.code], person: $0) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.person)
        title = event.title
        self.language = language
        dateText = event.dateText[language]
        madeAt = LocalDateTime(now, in: zone).description.replacingOccurrences(of: "T", with: " ")
        registered = sorted.filter { $0.status == .registered }.map(row)
        waitlisted = sorted.filter { $0.status == .waitlisted }.map(row)
    }

    public var checkedInCount: Int { registered.filter { $0.checkedInAt != nil }.count }
}

/// The door list as plain text that fits `width` (80) columns: long names and organisations are cut
/// with an ellipsis.
public enum DoorListText {
    public static func render(_ list: DoorList, width: Int = 80) -> String {
        let l = list.language, d = Catalogue.Documents.self
        var out = clean(list.title) + "\n"
        out += clean(list.dateText) + "\n"
        out += d.doorListMade(at: list.madeAt, registered: list.registered.count, checkedIn: list.checkedInCount)[l] + "\n\n"
        out += table(list.registered, width: width, language: l)
        if !list.waitlisted.isEmpty {
            out += "\n" + d.doorListWaiting(count: list.waitlisted.count)[l] + "\n\n"
            out += table(list.waitlisted, width: width, language: l)
        }
        return out
    }

    static func table(_ rows: [DoorList.Row], width: Int, language: Language) -> String {
        let d = Catalogue.Documents.self
        let header = [""] + [d.columnCode, d.columnName, d.columnOrganisation, d.columnCategory, d.columnDue].map { $0[language] }
        let gap = 2
        let boxW = 9 // "[x] 08:47"
        let codeW = min(14, max(header[1].count, rows.map { clean($0.code).count }.max() ?? 0))
        let categoryW = min(14, max(header[4].count, rows.map { clean($0.category).count }.max() ?? 0))
        let dueW = min(14, max(header[5].count, rows.map { $0.due.count }.max() ?? 0))
        let rest = max(10, width - boxW - codeW - categoryW - dueW - gap * 5)
        let wantName = max(header[2].count, rows.map { clean($0.name).count }.max() ?? 0)
        let wantOrg = max(header[3].count, rows.map { clean($0.organisation).count }.max() ?? 0)
        var nameW = min(wantName, max(rest * 3 / 5, rest - wantOrg))
        var orgW = rest - nameW
        if orgW > wantOrg { orgW = wantOrg; nameW = min(wantName, rest - orgW) }
        func line(_ cells: [String]) -> String {
            let parts = [fit(cells[0], boxW), fit(cells[1], codeW), fit(cells[2], nameW), fit(cells[3], orgW),
                         fit(cells[4], categoryW), fit(cells[5], dueW, right: true)]
            var s = parts.joined(separator: String(repeating: " ", count: gap))
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        var out = line(header)
        for r in rows { out += line([r.box, r.code, r.name, r.organisation, r.category, r.due]) }
        return out
    }

    /// `s` cut (with "…") or padded to exactly `width` characters.
    static func fit(_ s: String, _ width: Int, right: Bool = false) -> String {
        var text = clean(s)
        if text.count > width { text = width <= 1 ? String(text.prefix(width)) : String(text.prefix(width - 1)) + "…" }
        let fill = String(repeating: " ", count: width - text.count)
        return right ? fill + text : text + fill
    }

    /// Control characters (an escape sequence in a name, a tab, a newline) would garble a terminal or
    /// a printout: they become spaces.
    static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { c in
            c.properties.generalCategory == .control || c == "\u{2028}" || c == "\u{2029}" ? " " : c
        }))
    }
}

/// The door list as one printable HTML page with a table; every value is escaped.
public enum DoorListHTML {
    public static func render(_ list: DoorList) -> String {
        let e = HTMLText.escape, l = list.language, d = Catalogue.Documents.self
        var h = PageMarkup.doorListHead(language: l.rawValue, title: e(d.doorListTitle(event: list.title)[l]), heading: e(list.title),
                                        subtitle: e(list.dateText) + " · " + e(d.doorListMadeLower(at: list.madeAt, registered: list.registered.count, checkedIn: list.checkedInCount)[l]))
        h += table(list.registered, language: l)
        if !list.waitlisted.isEmpty {
            h += "<h2>" + e(d.waitingListCount(list.waitlisted.count)[l]) + "</h2>\n<p class=\"muted\">" + e(d.notAdmitted[l]) + "</p>\n"
            h += table(list.waitlisted, language: l)
        }
        return h + "</body>\n</html>\n"
    }

    static func table(_ rows: [DoorList.Row], language: Language) -> String {
        let e = HTMLText.escape, d = Catalogue.Documents.self
        let heads = [d.arrived, d.code, d.name, d.organisation, d.category, d.due].map { "<th>" + e($0[language]) + "</th>" }.joined()
        var h = "<table>\n<thead><tr>" + heads + "</tr></thead>\n<tbody>\n"
        for r in rows {
            let box = r.checkedInAt.map { "&#10003; " + e($0) } ?? PageMarkup.emptyTick
            h += PageMarkup.doorListRow(box: box, code: e(r.code), name: e(r.name), organisation: e(r.organisation), category: e(r.category), due: e(r.due))
        }
        return h + "</tbody>\n</table>\n"
    }
}
