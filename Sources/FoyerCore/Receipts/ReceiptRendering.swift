import Foundation

extension Receipt {
    /// A labelled value; `amount` values are right-aligned in text and in HTML.
    struct Row {
        var label: Phrase
        var value: String
        var amount = false
    }

    /// Who the receipt is for (empty fields are left out).
    var registrantRows: [Row] {
        let d = Catalogue.Documents.self
        var rows = [Row(label: d.name, value: registrantName), Row(label: d.code, value: code)]
        if !organisation.isEmpty { rows.append(Row(label: d.organisation, value: organisation)) }
        if !invoiceAddress.isEmpty { rows.append(Row(label: d.invoiceAddress, value: invoiceAddress)) }
        if !invoiceReference.isEmpty { rows.append(Row(label: d.reference, value: invoiceReference)) }
        if status != .registered { rows.append(Row(label: d.status, value: (status == .cancelled ? d.cancelled : d.waitingList)[language])) }
        return rows
    }

    /// The category, the price and the VAT in what is charged.
    var feeRows: [Row] {
        let m = moneyFormat, d = Catalogue.Documents.self
        var rows = [Row(label: d.feeCategory, value: categoryName),
                    Row(label: d.priceInclVAT, value: m.string(price), amount: true)]
        if charged != price { rows.append(Row(label: d.chargedInclVAT, value: m.string(charged), amount: true)) }
        rows.append(Row(label: d.net, value: m.string(net), amount: true))
        rows.append(Row(label: d.vat(rate: vatRate.percentText), value: m.string(vatAmount), amount: true))
        return rows
    }

    var totalRows: [Row] {
        let m = moneyFormat, d = Catalogue.Documents.self
        var rows = [Row(label: d.totalPaid, value: m.string(totalPaid), amount: true)]
        if !totalWaived.isZero { rows.append(Row(label: d.waived, value: m.string(totalWaived), amount: true)) }
        if balanceDue.minorUnits < 0 {
            rows.append(Row(label: d.overpaid, value: m.string(-balanceDue), amount: true))
        } else {
            rows.append(Row(label: d.balanceDue, value: m.string(balanceDue), amount: true))
        }
        return rows
    }
}

/// A receipt as plain text, for the terminal, a pipe or an email.
public enum ReceiptText {
    public static func render(_ r: Receipt) -> String {
        let m = r.moneyFormat, l = r.language, d = Catalogue.Documents.self
        var out: [String] = []
        if let organiser = r.organiser { out.append(clean(organiser)); out.append("") }
        out.append(r.title)
        out.append(d.issued(time: r.timeText(r.issuedAt))[l])
        out.append("")
        out.append(clean(r.eventTitle))
        out.append(r.eventDateText)
        if let venue = r.venue { out.append(clean(venue)) }
        out.append("")

        let labelWidth = (r.registrantRows + r.feeRows + r.totalRows).map { $0.label[l].count }.max()! + 3
        let amountWidth = (r.feeRows + r.totalRows).filter(\.amount).map(\.value.count).max() ?? 0
        func emit(_ rows: [Receipt.Row]) {
            for row in rows {
                let value = row.amount ? pad(row.value, to: amountWidth, left: true) : row.value
                let valueLines = clean(value, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false)
                for (i, line) in valueLines.enumerated() {
                    out.append(pad(i == 0 ? row.label[l] : "", to: labelWidth) + line)
                }
            }
        }
        emit(r.registrantRows)
        out.append("")
        emit(r.feeRows)
        if let includes = r.includes { emit([Receipt.Row(label: d.includes, value: includes)]) }
        out.append("")

        if r.lines.isEmpty {
            out.append(d.noPayments[l])
        } else {
            out.append(d.payments[l])
            let amounts = r.lines.map { m.string($0.signedAmount) }
            let kindWidth = r.lines.map { $0.kindLabel[l].count }.max()!
            let methodWidth = r.lines.map { $0.methodLabel[l].count }.max()!
            let width = amounts.map(\.count).max()!
            for (line, amount) in zip(r.lines, amounts) {
                var text = "  " + r.timeText(line.time) + "  " + pad(line.kindLabel[l], to: kindWidth) + "  "
                    + pad(line.methodLabel[l], to: methodWidth) + "  " + pad(amount, to: width, left: true)
                if !line.reference.isEmpty { text += "  " + clean(line.reference) }
                out.append(text)
            }
        }
        out.append("")
        emit(r.totalRows)
        return out.joined(separator: "\n") + "\n"
    }

    static func pad(_ s: String, to width: Int, left: Bool = false) -> String {
        guard s.count < width else { return s }
        let fill = String(repeating: " ", count: width - s.count)
        return left ? fill + s : s + fill
    }

    /// Control characters (an escape sequence in a name, a tab) would garble a terminal: they become spaces.
    static func clean(_ s: String, keepNewlines: Bool = false) -> String {
        String(s.unicodeScalars.map { c -> Character in
            if keepNewlines && c == "\n" { return "\n" }
            return c.properties.generalCategory == .control ? " " : Character(c)
        })
    }
}

/// A receipt as one self-contained, printable HTML page. Every value it prints is escaped.
public enum ReceiptHTML {
    public static func render(_ r: Receipt) -> String {
        let m = r.moneyFormat, l = r.language, d = Catalogue.Documents.self
        var h = """
            <!DOCTYPE html>
            <html lang="\(l.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(r.title)) · \(escape(r.eventTitle))</title>
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
        if let organiser = r.organiser { h += "<p class=\"organiser\">\(escape(organiser))</p>\n" }
        h += "<h1>\(escape(r.title))</h1>\n"
        h += "<p class=\"muted\">" + escape(d.issued(time: r.timeText(r.issuedAt))[l]) + "</p>\n</header>\n"
        h += "<section class=\"event\">\n<h2>\(escape(r.eventTitle))</h2>\n"
        h += "<p class=\"muted\">\(escape(r.eventDateText))</p>\n"
        if let venue = r.venue { h += "<p class=\"muted\">\(escape(venue))</p>\n" }
        h += "</section>\n"
        h += table(r.registrantRows, class: "registrant", language: l)
        var fee = r.feeRows
        if let includes = r.includes { fee.append(Receipt.Row(label: d.includes, value: includes)) }
        h += table(fee, class: "fee", language: l)
        if r.lines.isEmpty {
            h += "<p>" + escape(d.noPayments[l]) + "</p>\n"
        } else {
            let heads = [d.date, d.kind, d.method].map { "<th>" + escape($0[l]) + "</th>" }.joined()
                + "<th class=\"amount\">" + escape(d.amount[l]) + "</th><th>" + escape(d.reference[l]) + "</th>"
            h += "<h2>" + escape(d.payments[l]) + "</h2>\n<table class=\"payments\">\n<thead><tr>" + heads + "</tr></thead>\n<tbody>\n"
            for line in r.lines {
                h += "<tr><td>\(escape(r.timeText(line.time)))</td><td>\(escape(line.kindLabel[l]))</td><td>\(escape(line.methodLabel[l]))</td>"
                h += "<td class=\"amount\">\(escape(m.string(line.signedAmount)))</td><td>\(escape(line.reference))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        h += table(r.totalRows, class: "totals", language: l)
        h += "</main>\n</body>\n</html>\n"
        return h
    }

    static func table(_ rows: [Receipt.Row], class name: String, language: Language) -> String {
        var h = "<table class=\"\(name)\">\n"
        for row in rows {
            let value = escape(row.value).replacingOccurrences(of: "\n", with: "<br>\n")
            h += "<tr><th scope=\"row\">\(escape(row.label[language]))</th><td\(row.amount ? " class=\"amount\"" : "")>\(value)</td></tr>\n"
        }
        return h + "</table>\n"
    }

    /// Escapes the five characters that mean something in HTML text and attribute values.
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }
}
