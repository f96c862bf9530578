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
        var h = PageMarkup.receiptHead(language: l.rawValue, title: escape(r.title) + " · " + escape(r.eventTitle))
        if let organiser = r.organiser { h += "<p class=\"organiser\">\(escape(organiser))</p>\n" }
        h += "<h1>\(escape(r.title))</h1>\n"
        h += "<p class=\"muted\">" + escape(d.issued(time: r.timeText(r.issuedAt))[l]) + "</p>\n</header>\n"
        h += PageMarkup.receiptEvent(title: escape(r.eventTitle))
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
                + PageMarkup.amountHead(escape(d.amount[l])) + "<th>" + escape(d.reference[l]) + "</th>"
            h += PageMarkup.paymentsTable(heading: escape(d.payments[l]), heads: heads)
            for line in r.lines {
                h += PageMarkup.paymentRow(time: escape(r.timeText(line.time)), kind: escape(line.kindLabel[l]), method: escape(line.methodLabel[l]),
                                           amount: escape(m.string(line.signedAmount)), reference: escape(line.reference))
            }
            h += "</tbody>\n</table>\n"
        }
        h += table(r.totalRows, class: "totals", language: l)
        h += "</main>\n</body>\n</html>\n"
        return h
    }

    static func table(_ rows: [Receipt.Row], class name: String, language: Language) -> String {
        var h = PageMarkup.tableStart(class: name)
        for row in rows {
            let value = escape(row.value).replacingOccurrences(of: "\n", with: "<br>\n")
            h += PageMarkup.labelledRow(label: escape(row.label[language]), value: value, amount: row.amount)
        }
        return h + "</table>\n"
    }

    /// Escapes the five characters that mean something in HTML text and attribute values.
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }
}
