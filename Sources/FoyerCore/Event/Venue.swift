/// Where the event takes place. Anything the organiser has not given stays nil and shows as "not set".
public struct Venue: Hashable, Sendable, Codable {
    public var name: String?
    public var room: String?
    public var address: String?
    public var city: String?

    public init(name: String? = nil, room: String? = nil, address: String? = nil, city: String? = nil) {
        self.name = name; self.room = room; self.address = address; self.city = city
    }

    /// "Ingenjörshuset Citykonferensen, Polhemssalen"
    public var summary: String? {
        let parts = [name, room].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// A person to contact about the event.
public struct ContactPerson: Hashable, Sendable, Codable {
    public var name: String
    /// What they do for the event: "registration", "programme", "organiser".
    public var role: String?
    public var phone: String?
    public var email: String?
    public init(name: String, role: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name; self.role = role; self.phone = phone; self.email = email
    }
}

/// A speaker, presenter or panellist.
public struct Speaker: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// Degrees and honorifics as the documents give them: "Ph.D.", "Ph.D., C.Psych."
    public var title: String?
    public var affiliation: String?
    public var biography: LocalizedText

    public init(id: String, name: String, title: String? = nil, affiliation: String? = nil,
                biography: LocalizedText = LocalizedText()) {
        self.id = id; self.name = name; self.title = title; self.affiliation = affiliation; self.biography = biography
    }

    /// "Jeremy D. Safran, Ph.D."
    public var displayName: String {
        guard let title, !title.isEmpty else { return name }
        return name + ", " + title
    }
}
