/// The markup of the printable pages (badges, the door list, the programme, receipts): skeletons, style
/// sheets and table cells, with no words of their own. Every word comes from the catalogue and every
/// value is escaped (`HTMLText.escape`) by the caller before it is put in here. Allow-listed whole in
/// `LanguageAllowList.txt`: keep words out of this file.
enum PageMarkup {
    // Badges
    static func badgeBand(colour: String, category: String) -> String {
        "<div class=\"category\" style=\"background:\(colour)\">\(category)</div>"
    }
    static func badgeCard(first: String, last: String, organisation: String, band: String) -> String {
        """
        <div class="badge"><div class="name">\(first)<br>\(last)</div>\
        <div class="org">\(organisation)</div>\
        \(band)</div>

        """
    }
    static func badgesPage(language: String, title: String, heading: String, cards: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)"><head><meta charset="utf-8"><title>\(title)</title>
        <style>@page{size:A4;margin:10mm}body{font-family:sans-serif;margin:0}
        .sheet{display:grid;grid-template-columns:repeat(2,90mm);gap:6mm}
        .badge{height:55mm;border:1px dashed #999;padding:5mm;box-sizing:border-box;display:flex;flex-direction:column;page-break-inside:avoid}
        .name{font-size:20pt;font-weight:bold;flex:1}.org{font-size:11pt;color:#333}
        .category{color:#fff;font-size:10pt;padding:1mm 3mm;margin-top:2mm;border-radius:2mm;align-self:flex-start}
        .event{font-size:8pt;color:#666}</style></head>
        <body><p class="event">\(heading)</p><div class="sheet">
        \(cards)</div></body></html>

        """
    }

    // The door list
    static func doorListHead(language: String, title: String, heading: String, subtitle: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>
            body { font-family: sans-serif; font-size: 10pt; margin: 1.5em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            td.due { text-align: right; white-space: nowrap; }
            td.box { white-space: nowrap; }
            .tick { display: inline-block; width: 1.1em; height: 1.1em; border: 1px solid #000; }
            .muted { color: #555; }
            @media print { body { margin: 0; } }
            </style>
            </head>
            <body>
            <h1>\(heading)</h1>
            <p class="muted">\(subtitle)</p>

            """
    }
    static let emptyTick = "<span class=\"tick\"></span>"
    static func doorListRow(box: String, code: String, name: String, organisation: String, category: String, due: String) -> String {
        "<tr><td class=\"box\">\(box)</td><td>\(code)</td><td>\(name)</td><td>\(organisation)</td>"
            + "<td>\(category)</td><td class=\"due\">\(due)</td></tr>\n"
    }

    // The programme
    static func programmeRow(pause: Bool, time: String, title: String, topics: String) -> String {
        "<tr class=\"\(pause ? "pause" : "session")\"><td class=\"time\">\(time)</td><td><strong>\(title)</strong>\(topics)</td></tr>\n"
    }
    static func programmePage(language: String, title: String, subtitle: String, date: String, venue: String, rows: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)"><head><meta charset="utf-8"><title>\(title)</title>
        <style>body{font-family:sans-serif;max-width:48em;margin:2em auto}td{vertical-align:top;padding:.3em .6em}
        .time{white-space:nowrap}.pause{color:#555;font-style:italic}ul{margin:.2em 0}@media print{body{margin:0}}</style></head>
        <body><h1>\(title)</h1>\(subtitle)
        <p><strong>\(date)</strong>\(venue)</p>
        <table>
        \(rows)</table></body></html>

        """
    }

    // Receipts
    static func receiptHead(language: String, title: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            body { font-family: "Helvetica Neue", Arial, sans-serif; color: #111; margin: 2em auto; max-width: 42em; padding: 0 1em; line-height: 1.4; }
            h1 { font-size: 1.6em; margin: 0.2em 0; }
            h2 { font-size: 1.15em; margin: 1.2em 0 0.3em; }
            .organiser { font-weight: bold; font-size: 1.1em; margin: 0; }
            .muted { color: #555; margin: 0.1em 0; }
            table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }
            th, td { text-align: left; vertical-align: top; padding: 0.2em 0.6em 0.2em 0; }
            th[scope=row] { font-weight: normal; color: #444; width: 12em; }
            .amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            thead th { border-bottom: 1px solid #999; }
            .totals tr:last-child th, .totals tr:last-child td { font-weight: bold; border-top: 1px solid #999; }
            @media print { body { margin: 0; max-width: none; } @page { margin: 2cm; } }
            </style>
            </head>
            <body>
            <main class="receipt">
            <header>

            """
    }
    static func receiptEvent(title: String) -> String { "<section class=\"event\">\n<h2>\(title)</h2>\n" }
    static func amountHead(_ text: String) -> String { "<th class=\"amount\">" + text + "</th>" }
    static func paymentsTable(heading: String, heads: String) -> String {
        "<h2>" + heading + "</h2>\n<table class=\"payments\">\n<thead><tr>" + heads + "</tr></thead>\n<tbody>\n"
    }
    static func paymentRow(time: String, kind: String, method: String, amount: String, reference: String) -> String {
        "<tr><td>\(time)</td><td>\(kind)</td><td>\(method)</td>" + "<td class=\"amount\">\(amount)</td><td>\(reference)</td></tr>\n"
    }
    static func tableStart(class name: String) -> String { "<table class=\"\(name)\">\n" }
    static func labelledRow(label: String, value: String, amount: Bool) -> String {
        "<tr><th scope=\"row\">\(label)</th><td\(amount ? " class=\"amount\"" : "")>\(value)</td></tr>\n"
    }
}
