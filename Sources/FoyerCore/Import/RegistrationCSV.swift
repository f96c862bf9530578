import CSV
import Foundation

/// Why a CSV file could not be read at all (a row that cannot be imported is a `.reject` with its reason).
public struct RegistrationImportError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    public var phrase: Phrase
    public var description: String { phrase.en }
    public var errorDescription: String? { description }
}

/// Registrations from a spreadsheet or another system's export: Foyer's own CSV, pretix's check-in list
/// and order exports, Indico's registration export, or any sheet with recognisable column names. Comma
/// or semicolon, with or without a BOM. A plan is made first — each row to add, update (same email) or
/// reject, with the reason — and nothing is written until the plan is applied.
///
/// Nobody who paid is dropped for want of a category: a row whose category cannot be told is added with
/// the price it gave and its category to choose. What the file says about money and arrival is kept as
/// payments and check-ins.
public struct RegistrationImport: Sendable {
    public enum Action: Hashable, Sendable { case add, update(code: String), reject(Phrase) }

    public struct Row: Hashable, Sendable {
        /// The line the row starts on in the file (the header is line 1).
        public var line: Int
        public var action: Action
        public var registrant: Registrant
        /// Paid amount found in the file (nil: nothing said).
        public var paid: Money?
        public var checkedInAt: Date?
        /// For a row added with its category to choose: what the file said about it.
        public var toChoose: CategoryQuestion? = nil
        public var name: String { registrant.fullName }
    }

    public var rows: [Row]
    public var unknownColumns: [String]
    public var delimiter: Character

    public var adds: Int { rows.filter { $0.action == .add }.count }
    public var updates: Int { rows.filter { if case .update = $0.action { return true }; return false }.count }
    public var rejects: Int { rows.filter { if case .reject = $0.action { return true }; return false }.count }
    /// Rows to add whose category is still to choose.
    public var categoriesToChoose: Int { rows.filter { $0.action == .add && $0.registrant.needsCategory }.count }

    enum Field: Hashable { case code, first, last, full, email, phone, organisation, role, category, price, paid, checkedIn, checkInTime, registeredAt,
                           status, dietary, invoiceAddress, invoiceReference, notes }

    /// Column names people and systems use, folded (lower case, no accents, letters and digits only).
    static let names: [String: Field] = [
        "code": .code,
        "firstname": .first, "givenname": .first, "fornamn": .first, "attendeenamegivenname": .first,
        "lastname": .last, "surname": .last, "familyname": .last, "efternamn": .last, "attendeenamefamilyname": .last,
        "name": .full, "attendeename": .full, "fullname": .full, "namn": .full, "participant": .full,
        "email": .email, "emailaddress": .email, "mail": .email, "epost": .email, "attendeeemail": .email,
        "phone": .phone, "telephone": .phone, "mobile": .phone, "phonenumber": .phone, "telefon": .phone,
        "organisation": .organisation, "organization": .organisation, "company": .organisation, "affiliation": .organisation,
        "institution": .organisation, "employer": .organisation,
        "role": .role, "profession": .role, "position": .role, "yrke": .role,
        "feecategory": .category, "category": .category, "product": .category, "ticket": .category, "tickettype": .category,
        "registrationtype": .category, "kategori": .category, "itemname": .category,
        "price": .price, "amount": .price, "total": .price, "pris": .price,
        "paid": .paid, "paymentstatus": .paid, "betald": .paid,
        "checkedin": .checkedIn, "checkedinat": .checkedIn, "checkin": .checkedIn, "attended": .checkedIn,
        "checkindate": .checkInTime, "checkintime": .checkInTime,
        "registeredat": .registeredAt, "orderdate": .registeredAt, "registrationdate": .registeredAt, "registered": .registeredAt,
        "status": .status, "registrationstate": .status, "orderstatus": .status,
        "dietaryneeds": .dietary, "dietary": .dietary, "diet": .dietary, "specialkost": .dietary,
        "invoiceaddress": .invoiceAddress, "billingaddress": .invoiceAddress, "fakturaadress": .invoiceAddress,
        "invoicereference": .invoiceReference, "reference": .invoiceReference, "ponumber": .invoiceReference,
        "notes": .notes, "comment": .notes, "comments": .notes, "note": .notes,
    ]

    static func fold(_ header: String) -> String { TextFolding.fold(header).filter { $0.isLetter || $0.isNumber } }

    /// Reads the file and plans each row against the event and the registrations already there.
    /// `categoryMap` maps names in the file to category ids ("Early bird" → "standard").
    public static func plan(_ text: String, event: Event, registry: Registry, now: Date,
                            categoryMap: [String: String] = [:]) throws -> RegistrationImport {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let headerLine = body.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: Character = headerLine.filter { $0 == ";" }.count > headerLine.filter { $0 == "," }.count ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: true, delimiter: delimiter.unicodeScalars.first!)
        } catch CSVError.cannotReadHeaderRow {
            // CSV.swift's own words would be "cannotReadHeaderRow".
            throw RegistrationImportError(phrase: Catalogue.Import.emptyFile)
        }
        let header = reader.headerRow ?? []
        let fields = header.map { names[fold($0)] }
        let unknown = zip(header, fields).filter { $0.1 == nil && !$0.0.isEmpty && !["due", "late", "checkedindesk"].contains(fold($0.0)) }.map(\.0)
        var rows: [Row] = []
        var emailsSeen: [String: Int] = [:]
        var line = 2
        var nextNumber = registry.nextNumber
        while let cells = reader.next() {
            let rowLine = line
            line += 1 + cells.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if cells.allSatisfy({ $0.isEmpty }) { continue }
            var value: [Field: String] = [:]
            var notes: [String] = []
            for (i, cell) in cells.enumerated() where i < header.count {
                if let f = fields[i] { if !cell.isEmpty { value[f] = cell } }
                else if !cell.isEmpty, !["due", "late", "checkedindesk"].contains(fold(header[i])) { notes.append(header[i] + ": " + cell) }
            }
            var r = Registrant(code: RegistrantCode.make(prefix: event.codePrefix, number: nextNumber), firstName: value[.first] ?? "",
                               lastName: value[.last] ?? "", email: value[.email] ?? "", phone: value[.phone] ?? "",
                               organisation: value[.organisation] ?? "", role: value[.role] ?? "", feeCategoryID: "",
                               price: .zero, registeredAt: value[.registeredAt].flatMap { parseDate($0, zone: event.timeZone) } ?? now,
                               dietaryNeeds: value[.dietary] ?? "", invoiceAddress: value[.invoiceAddress] ?? "",
                               invoiceReference: value[.invoiceReference] ?? "",
                               notes: ([value[.notes]].compactMap { $0 } + notes).joined(separator: "\n"))
            if r.firstName.isEmpty && r.lastName.isEmpty, let full = value[.full] {
                let parts = full.split(separator: " ")
                r.firstName = parts.dropLast().joined(separator: " ")
                r.lastName = parts.last.map(String.init) ?? ""
                if r.firstName.isEmpty { swap(&r.firstName, &r.lastName) }
            }
            let state = value[.status].map(parseState) ?? ImportedState()
            if let status = state.status { r.status = status }
            let price = value[.price].flatMap(parseAmount)
            var action = Action.add
            var question: CategoryQuestion?
            switch CategoryMatch.find(value[.category], price: price, event: event, map: categoryMap) {
            case .category(let category):
                r.feeCategoryID = category.id
                r.price = price ?? category.price
            case .toChoose(let q):
                // Kept with the price as given; a desk chooses the category later.
                r.price = price ?? .zero
                question = q
            }
            // pretix's Paid column says it outright; else a state that means paid (Indico's "Completed",
            // pretix's order status "Paid") is a payment of the row's price.
            var paid: Money? = value[.paid].map { parsePaid($0, price: r.price) } ?? (state.paid ? r.price : nil)
            if paid?.isZero == true { paid = nil } // a free category, or no price yet: nothing to record
            // A time of its own (Indico's "Check-in date") unless the row says it is not checked in.
            var checkedIn: Date? = value[.checkedIn].flatMap { parseCheckIn($0, zone: event.timeZone, now: now) }
            if checkedIn != nil || value[.checkedIn] == nil, let time = value[.checkInTime].flatMap({ parseDate($0, zone: event.timeZone) }) {
                checkedIn = time
            }
            if r.firstName.trimmingCharacters(in: .whitespaces).isEmpty && r.lastName.trimmingCharacters(in: .whitespaces).isEmpty {
                action = .reject(Catalogue.Import.rowWithoutName)
            } else {
                let issues = Validation.fieldIssues(r, event: event, categoryMayWait: true).filter { $0.severity == .error }
                if let first = issues.first { action = .reject(first.fullPhrase) }
            }
            let email = r.email.lowercased()
            if case .add = action, !email.isEmpty {
                if let earlier = emailsSeen[email] { action = .reject(Catalogue.Import.sameEmailAsLine(earlier)) }
                else if let existing = registry.registrants.first(where: { $0.email.lowercased() == email }) {
                    action = .update(code: existing.code)
                    var updated = existing
                    for (keyPath, value) in [(\Registrant.firstName, r.firstName), (\Registrant.lastName, r.lastName), (\Registrant.phone, r.phone),
                                             (\Registrant.organisation, r.organisation), (\Registrant.role, r.role),
                                             (\Registrant.dietaryNeeds, r.dietaryNeeds), (\Registrant.invoiceAddress, r.invoiceAddress),
                                             (\Registrant.invoiceReference, r.invoiceReference)] where !value.isEmpty {
                        updated[keyPath: keyPath] = value
                    }
                    r = updated
                }
                emailsSeen[email] = emailsSeen[email] ?? rowLine
            }
            if case .add = action { nextNumber += 1 }
            // An update keeps the category the person already has.
            rows.append(Row(line: rowLine, action: action, registrant: r, paid: paid, checkedInAt: checkedIn,
                            toChoose: r.needsCategory ? question : nil))
        }
        if let error = reader.error { throw StoreError.corrupt(file: Catalogue.Import.theCSVFile.en, line: line, detail: Phrase(verbatim: String(describing: error))) }
        return RegistrationImport(rows: rows, unknownColumns: unknown, delimiter: delimiter)
    }

    /// Writes the plan through the store: adds get the store's next codes; payments and check-ins found
    /// in the file are recorded as changes of their own. Returns the codes added and updated.
    @discardableResult
    public func apply(to store: EventStore) throws -> (added: [String], updated: [String]) {
        var added: [String] = [], updated: [String] = []
        for row in rows {
            let code: String
            switch row.action {
            case .reject: continue
            case .add:
                // The preview decided add or update (by email) and the person said yes to it: a row with
                // the name of someone already registered is that person's choice, not a slip at a desk.
                code = try store.register(row.registrant, allowDuplicate: true).code
                added.append(code)
            case .update(let existing):
                guard let old = store.registry[existing] else { continue }
                let edit = RegistrantEdit(from: old, to: row.registrant)
                if !edit.isEmpty { try store.commit(.edit(code: existing, edit)) }
                code = existing
                updated.append(code)
            }
            guard let r = store.registry[code] else { continue }
            if let paid = row.paid, paid > r.paid - r.refunded {
                try store.commit(.recordPayment(code: code, Payment(id: "import-\(code)-\(row.line)", amount: paid - (r.paid - r.refunded),
                                                                    method: .other, time: store.clock.now(), reference: "imported", desk: store.desk)))
            }
            if let time = row.checkedInAt, r.checkIn == nil, r.status == .registered {
                try store.commit(.checkIn(code: code, CheckIn(time: time, desk: store.desk)))
            }
        }
        return (added, updated)
    }
}
