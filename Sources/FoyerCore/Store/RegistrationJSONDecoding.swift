import Foundation

/// Hand-written decoders for the registration types, for the snapshot and the journal: JSONDecoder
/// decoded about 25 MB/s, too slow for an event with 100,000 registrants. Each accepts exactly what the
/// type's Codable conformance accepts: keys in any order, unknown keys ignored, optional keys (absent or
/// null) defaulting as `init(from:)` defaults them, and the same refusals — a missing required key, a
/// wrong type, an unknown enum value, a timestamp that does not parse — with a message naming the field.
/// The Codable conformances stay: the JSON export, the journal appends and these tests use them.
extension JSONReader {
    /// A required key that did not appear in its object.
    func missing(_ key: StaticString, in cursor: JSONObjectCursor) -> JSONError {
        contentError("\"\(key)\" is missing", at: cursor.end)
    }

    /// An instant written as ISO 8601 with an offset, parsed from the bytes where they lie.
    mutating func date(_ key: StaticString) throws -> Date {
        let start = pos
        if let raw = plainStringBytes() {
            if let date = Timestamp.parse(utf8: raw) { return date }
            throw badDate(key, String(decoding: raw, as: UTF8.self), at: start)
        }
        let text = try string(key)
        guard let date = Timestamp.parse(text) else { throw badDate(key, text, at: start) }
        return date
    }

    private func badDate(_ key: StaticString, _ text: String, at offset: Int) -> JSONError {
        contentError("\"\(key)\": \"\(text)\" is not an ISO 8601 time with an offset, e.g. 2009-03-19T08:47:12+01:00", at: offset)
    }

    /// A string-valued enum (status, payment kind and method, check-in action).
    mutating func enumValue<E: RawRepresentable>(_ key: StaticString, _ cases: @autoclosure () -> [E]) throws -> E where E.RawValue == String {
        skipWhitespace()
        let start = pos
        let text = try string(key)
        guard let value = E(rawValue: text) else {
            throw contentError("\"\(key)\": \"\(text)\" is not one of " + cases().map(\.rawValue).joined(separator: ", "), at: start)
        }
        return value
    }

    /// `decodeIfPresent` semantics for a non-string value: absent or null is nil.
    mutating func optional<T>(_ read: (inout JSONReader) throws -> T) throws -> T? {
        if try consumeNull() { return nil }
        return try read(&self)
    }

    /// An array whose elements are decoded by `element`; errors name the index: `payments[2]`.
    mutating func array<T>(_ key: StaticString, _ element: (inout JSONReader) throws -> T) throws -> [T] {
        var cursor = try beginArray(key)
        var out: [T] = []
        var index = 0
        while try nextElement(&cursor) {
            do { out.append(try element(&self)) } catch let error as JSONError { throw error.within("[\(index)]") }
            index += 1
        }
        return out
    }

    /// Decodes a nested value, naming it in errors: `checkIn.desk`.
    mutating func nested<T>(_ key: StaticString, _ read: (inout JSONReader) throws -> T) throws -> T {
        do { return try read(&self) } catch let error as JSONError { throw error.within(key.description) }
    }
}

extension Money {
    init(json r: inout JSONReader, _ key: StaticString) throws { self.init(minorUnits: try r.int(key)) }
}

extension CheckIn {
    private static let keys: JSONKeys = ["desk", "time"]
    init(json r: inout JSONReader, _ key: StaticString = "checkIn") throws {
        var c = try r.beginObject(key)
        var desk: String?, time: Date?
        while let k = try r.nextKey(&c, Self.keys) {
            switch k {
            case 0: desk = try r.string("desk")
            default: time = try r.date("time")
            }
        }
        guard let time else { throw r.missing("time", in: c) }
        guard let desk else { throw r.missing("desk", in: c) }
        self.init(time: time, desk: desk)
    }
}

extension CheckInEvent {
    private static let keys: JSONKeys = ["action", "desk", "reason", "time"]
    init(json r: inout JSONReader, _ key: StaticString = "event") throws {
        var c = try r.beginObject(key)
        var action: Action?, desk: String?, reason: String?, time: Date?
        while let k = try r.nextKey(&c, Self.keys) {
            switch k {
            case 0: action = try r.enumValue("action", [Action.checkedIn, .undone])
            case 1: desk = try r.string("desk")
            case 2: reason = try r.optionalString("reason")
            default: time = try r.date("time")
            }
        }
        guard let action else { throw r.missing("action", in: c) }
        guard let time else { throw r.missing("time", in: c) }
        guard let desk else { throw r.missing("desk", in: c) }
        self.init(action: action, time: time, desk: desk, reason: reason)
    }
}

extension Payment {
    private static let keys: JSONKeys = ["amount", "desk", "id", "kind", "method", "reference", "time"]
    init(json r: inout JSONReader, _ key: StaticString = "payment") throws {
        var c = try r.beginObject(key)
        var amount: Money?, desk = "", id: String?, kind = PaymentKind.payment, method: PaymentMethod?
        var reference = "", time: Date?
        while let k = try r.nextKey(&c, Self.keys) {
            switch k {
            case 0: amount = try Money(json: &r, "amount")
            case 1: desk = try r.optionalString("desk") ?? ""
            case 2: id = try r.string("id", repeats: false)
            case 3: kind = try r.optional { try $0.enumValue("kind", PaymentKind.allCases) } ?? .payment
            case 4: method = try r.enumValue("method", PaymentMethod.allCases)
            case 5: reference = try r.optionalString("reference") ?? ""
            default: time = try r.date("time")
            }
        }
        guard let id else { throw r.missing("id", in: c) }
        guard let amount else { throw r.missing("amount", in: c) }
        guard let method else { throw r.missing("method", in: c) }
        guard let time else { throw r.missing("time", in: c) }
        self.init(id: id, kind: kind, amount: amount, method: method, time: time, reference: reference, desk: desk)
    }
}

extension Registrant {
    /// In the order JSONEncoder's sortedKeys writes them, so the cursor's guess is right for our own files.
    private static let keys: JSONKeys = [
        "checkIn", "checkInHistory", "code", "dietaryNeeds", "email", "feeCategory", "firstName", "invoiceAddress",
        "invoiceReference", "lastName", "notes", "organisation", "payments", "phone", "price", "registeredAt",
        "role", "status",
    ]

    /// Decodes one registrant. `decodedCode` is set as soon as the code is read, so an error later in the
    /// object can name the person.
    init(json r: inout JSONReader, _ key: StaticString = "registrant", decodedCode: inout String?) throws {
        var c = try r.beginObject(key)
        var checkIn: CheckIn?, checkInHistory: [CheckInEvent] = [], code: String?, dietaryNeeds = "", email = ""
        var feeCategory: String?, firstName: String?, invoiceAddress = "", invoiceReference = "", lastName: String?
        var notes = "", organisation = "", payments: [Payment] = [], phone = "", price: Money?, registeredAt: Date?
        var role = "", status: RegistrationStatus?
        while let k = try r.nextKey(&c, Self.keys) {
            switch k {
            case 0: checkIn = try r.nested("checkIn") { try $0.optional { try CheckIn(json: &$0) } }
            case 1: checkInHistory = try r.nested("checkInHistory") { try $0.optional { try $0.array("checkInHistory") { try CheckInEvent(json: &$0) } } } ?? []
            case 2: code = try r.string("code", repeats: false); decodedCode = code
            case 3: dietaryNeeds = try r.optionalString("dietaryNeeds") ?? ""
            case 4: email = try r.optionalString("email", repeats: false) ?? ""
            case 5: feeCategory = try r.string("feeCategory")
            case 6: firstName = try r.string("firstName")
            case 7: invoiceAddress = try r.optionalString("invoiceAddress") ?? ""
            case 8: invoiceReference = try r.optionalString("invoiceReference") ?? ""
            case 9: lastName = try r.string("lastName")
            case 10: notes = try r.optionalString("notes") ?? ""
            case 11: organisation = try r.optionalString("organisation") ?? ""
            case 12: payments = try r.nested("payments") { try $0.optional { try $0.array("payments") { try Payment(json: &$0) } } } ?? []
            case 13: phone = try r.optionalString("phone", repeats: false) ?? ""
            case 14: price = try Money(json: &r, "price")
            case 15: registeredAt = try r.date("registeredAt")
            case 16: role = try r.optionalString("role") ?? ""
            default: status = try r.enumValue("status", RegistrationStatus.allCases)
            }
        }
        // In the order init(from:) asks for them, so the first missing key named is the same.
        guard let code else { throw r.missing("code", in: c) }
        guard let firstName else { throw r.missing("firstName", in: c) }
        guard let lastName else { throw r.missing("lastName", in: c) }
        guard let feeCategory else { throw r.missing("feeCategory", in: c) }
        guard let price else { throw r.missing("price", in: c) }
        guard let status else { throw r.missing("status", in: c) }
        guard let registeredAt else { throw r.missing("registeredAt", in: c) }
        self.init(code: code, firstName: firstName, lastName: lastName, email: email, phone: phone,
                  organisation: organisation, role: role, feeCategoryID: feeCategory, price: price, status: status,
                  payments: payments, checkIn: checkIn, checkInHistory: checkInHistory, registeredAt: registeredAt,
                  dietaryNeeds: dietaryNeeds, invoiceAddress: invoiceAddress, invoiceReference: invoiceReference,
                  notes: notes)
    }

    init(json r: inout JSONReader, _ key: StaticString = "registrant") throws {
        var code: String?
        try self.init(json: &r, key, decodedCode: &code)
    }
}

extension RegistrantEdit {
    private static let keys: JSONKeys = [
        "dietaryNeeds", "email", "feeCategory", "firstName", "invoiceAddress", "invoiceReference", "lastName",
        "notes", "organisation", "phone", "price", "role",
    ]
    init(json r: inout JSONReader, _ key: StaticString = "edit") throws {
        var c = try r.beginObject(key)
        self.init()
        while let k = try r.nextKey(&c, Self.keys) {
            switch k {
            case 0: dietaryNeeds = try r.optionalString("dietaryNeeds")
            case 1: email = try r.optionalString("email")
            case 2: feeCategoryID = try r.optionalString("feeCategory")
            case 3: firstName = try r.optionalString("firstName")
            case 4: invoiceAddress = try r.optionalString("invoiceAddress")
            case 5: invoiceReference = try r.optionalString("invoiceReference")
            case 6: lastName = try r.optionalString("lastName")
            case 7: notes = try r.optionalString("notes")
            case 8: organisation = try r.optionalString("organisation")
            case 9: phone = try r.optionalString("phone")
            case 10: price = try r.optional { try Money(json: &$0, "price") }
            default: role = try r.optionalString("role")
            }
        }
    }
}
