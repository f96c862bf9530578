import Foundation

extension Receipt {
    /// A labelled value; `amount` values are right-aligned in text and in HTML.
    struct Row {
        var label: String
        var value: String
        var amount = false
    }

    /// Who the receipt is for (empty fields are left out).
    var registrantRows: [Row] {
        var rows = [Row(label: "Name", value: registrantName), Row(label: "Code", value: code)]
        if !organisation.isEmpty { rows.append(Row(label: "Organisation", value: organisation)) }
        if !invoiceAddress.isEmpty { rows.append(Row(label: "Invoice address", value: invoiceAddress)) }
        if !invoiceReference.isEmpty { rows.append(Row(label: "Reference", value: invoiceReference)) }
        if status != .registered { rows.append(Row(label: "Status", value: status == .cancelled ? "Cancelled" : "Waiting list")) }
        return rows
    }

    /// The category, the price and the VAT in what is charged.
    var feeRows: [Row] {
        let m = moneyFormat
        var rows = [Row(label: "Fee category", value: categoryName),
                    Row(label: "Price incl. VAT", value: m.string(price), amount: true)]
        if charged != price { rows.append(Row(label: "Charged incl. VAT", value: m.string(charged), amount: true)) }
        rows.append(Row(label: "Net", value: m.string(net), amount: true))
        rows.append(Row(label: "VAT " + vatRate.percentText, value: m.string(vatAmount), amount: true))
        return rows
    }

    var totalRows: [Row] {
        let m = moneyFormat
        var rows = [Row(label: "Total paid", value: m.string(totalPaid), amount: true)]
        if !totalWaived.isZero { rows.append(Row(label: "Waived", value: m.string(totalWaived), amount: true)) }
        if balanceDue.minorUnits < 0 {
            rows.append(Row(label: "Overpaid", value: m.string(-balanceDue), amount: true))
        } else {
            rows.append(Row(label: "Balance due", value: m.string(balanceDue), amount: true))
        }
        return rows
    }
}

/// A receipt as plain text, for the terminal, a pipe or an email.
public enum ReceiptText {
    public static func render(_ r: Receipt) -> String {
        let m = r.moneyFormat
        var out: [String] = []
        if let organiser = r.organiser { out.append(clean(organiser)); out.append("") }
        out.append(r.title)
        out.append("Issued " + r.timeText(r.issuedAt))
        out.append("")
        out.append(clean(r.eventTitle))
        out.append(r.eventDateText)
        if let venue = r.venue { out.append(clean(venue)) }
        out.append("")

        let labelWidth = (r.registrantRows + r.feeRows + r.totalRows).map(\.label.count).max()! + 3
        let amountWidth = (r.feeRows + r.totalRows).filter(\.amount).map(\.value.count).max() ?? 0
        func emit(_ rows: [Receipt.Row]) {
            for row in rows {
                let value = row.amount ? pad(row.value, to: amountWidth, left: true) : row.value
                let valueLines = clean(value, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false)
                for (i, line) in valueLines.enumerated() {
                    out.append(pad(i == 0 ? row.label : "", to: labelWidth) + line)
                }
            }
        }
        emit(r.registrantRows)
        out.append("")
        emit(r.feeRows)
        if let includes = r.includes { emit([Receipt.Row(label: "Includes", value: includes)]) }
        out.append("")

        if r.lines.isEmpty {
            out.append("No payments recorded.")
        } else {
            out.append("Payments")
            let amounts = r.lines.map { m.string($0.signedAmount) }
            let kindWidth = r.lines.map(\.kindLabel.count).max()!
            let methodWidth = r.lines.map(\.method.label.count).max()!
            let width = amounts.map(\.count).max()!
            for (line, amount) in zip(r.lines, amounts) {
                var text = "  " + r.timeText(line.time) + "  " + pad(line.kindLabel, to: kindWidth) + "  "
                    + pad(line.method.label, to: methodWidth) + "  " + pad(amount, to: width, left: true)
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
        let m = r.moneyFormat
        var h = """
            <!DOCTYPE html>
            <html lang="en">
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
        h += "<p class=\"muted\">Issued \(escape(r.timeText(r.issuedAt)))</p>\n</header>\n"
        h += "<section class=\"event\">\n<h2>\(escape(r.eventTitle))</h2>\n"
        h += "<p class=\"muted\">\(escape(r.eventDateText))</p>\n"
        if let venue = r.venue { h += "<p class=\"muted\">\(escape(venue))</p>\n" }
        h += "</section>\n"
        h += table(r.registrantRows, class: "registrant")
        var fee = r.feeRows
        if let includes = r.includes { fee.append(Receipt.Row(label: "Includes", value: includes)) }
        h += table(fee, class: "fee")
        if r.lines.isEmpty {
            h += "<p>No payments recorded.</p>\n"
        } else {
            h += "<h2>Payments</h2>\n<table class=\"payments\">\n<thead><tr><th>Date</th><th>Kind</th><th>Method</th><th class=\"amount\">Amount</th><th>Reference</th></tr></thead>\n<tbody>\n"
            for line in r.lines {
                h += "<tr><td>\(escape(r.timeText(line.time)))</td><td>\(escape(line.kindLabel))</td><td>\(escape(line.method.label))</td>"
                h += "<td class=\"amount\">\(escape(m.string(line.signedAmount)))</td><td>\(escape(line.reference))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        h += table(r.totalRows, class: "totals")
        h += "</main>\n</body>\n</html>\n"
        return h
    }

    static func table(_ rows: [Receipt.Row], class name: String) -> String {
        var h = "<table class=\"\(name)\">\n"
        for row in rows {
            let value = escape(row.value).replacingOccurrences(of: "\n", with: "<br>\n")
            h += "<tr><th scope=\"row\">\(escape(row.label))</th><td\(row.amount ? " class=\"amount\"" : "")>\(value)</td></tr>\n"
        }
        return h + "</table>\n"
    }

    /// Escapes the five characters that mean something in HTML text and attribute values.
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }
}
