import Foundation
import FoyerCore

/// The event's lists: contacts, speakers and learning objectives. Each is shown as numbered entries
/// that can be added, edited, deleted (asks first) and moved up or down; every change is one details
/// operation on that list, judged against the list as this desk read it.
public enum EventListKind: String, Hashable, Sendable, CaseIterable {
    case contacts, speakers, objectives

    public var title: Phrase {
        switch self {
        case .contacts: return Catalogue.EventLists.contacts
        case .speakers: return Catalogue.EventLists.speakers
        case .objectives: return Catalogue.EventLists.objectives
        }
    }
    var singular: Phrase {
        switch self {
        case .contacts: return Catalogue.EventLists.contact
        case .speakers: return Catalogue.EventLists.speaker
        case .objectives: return Catalogue.EventLists.objective
        }
    }
    /// A new entry's form title ("Nytt mål": Swedish nouns differ in gender).
    var newEntry: Phrase {
        switch self {
        case .contacts: return Catalogue.EventLists.newContact
        case .speakers: return Catalogue.EventLists.newSpeaker
        case .objectives: return Catalogue.EventLists.newObjective
        }
    }

    /// One line per entry, as the list shows it.
    public func lines(_ e: Event, language: Language) -> [String] {
        let g = Glyphs.current
        switch self {
        case .contacts: return e.contacts.map { [$0.name, $0.role, $0.phone, $0.email].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: g.joiner) }
        case .speakers: return e.speakers.map { [$0.displayName, $0.affiliation].compactMap { $0 }.joined(separator: g.joiner) + ($0.biography.isEmpty ? "" : g.joiner + Catalogue.EventLists.biography(languages: $0.biography.languages.joined(separator: ", "))[language]) }
        case .objectives: return e.objectives
        }
    }

    func count(_ e: Event) -> Int {
        switch self {
        case .contacts: return e.contacts.count
        case .speakers: return e.speakers.count
        case .objectives: return e.objectives.count
        }
    }

    /// The event with its list changed by `change` (an array of this kind's entries, as JSON-able values).
    func moving(_ e: Event, from i: Int, by delta: Int) -> Event {
        var e = e
        let j = i + delta
        switch self {
        case .contacts: guard e.contacts.indices.contains(j) else { return e }; e.contacts.swapAt(i, j)
        case .speakers: guard e.speakers.indices.contains(j) else { return e }; e.speakers.swapAt(i, j)
        case .objectives: guard e.objectives.indices.contains(j) else { return e }; e.objectives.swapAt(i, j)
        }
        return e
    }

    func removing(_ e: Event, at i: Int) -> Event {
        var e = e
        switch self {
        case .contacts: e.contacts.remove(at: i)
        case .speakers: e.speakers.remove(at: i)
        case .objectives: e.objectives.remove(at: i)
        }
        return e
    }

    /// The form for entry `index` (nil: a new one).
    public func form(_ e: Event, index: Int?) -> Form {
        typealias C = Catalogue.EventLists
        func text(_ id: String, _ label: Phrase, _ value: String?, note: Phrase? = nil) -> Form.Field {
            .init(id: id, label: label, value: .text(LineEditor(value ?? "", limit: 500)), note: note)
        }
        let verb = index.map { C.edit(singular, number: $0 + 1) } ?? newEntry
        switch self {
        case .contacts:
            let c = index.map { e.contacts[$0] }
            return Form(title: verb, fields: [text("name", C.name, c?.name, note: C.required), text("role", C.role, c?.role, note: C.roleNote),
                                              text("phone", C.phone, c?.phone), text("email", C.email, c?.email, note: C.emailNote)])
        case .speakers:
            let s = index.map { e.speakers[$0] }
            return Form(title: verb, fields: [text("name", C.name, s?.name, note: C.required), text("degrees", C.degrees, s?.title, note: C.degreesNote),
                                              text("affiliation", C.affiliation, s?.affiliation),
                                              .init(id: "bio", label: C.biographyLabel, value: .area(TextArea(s?.biography["en"] ?? "")), note: C.inEnglish),
                                              .init(id: "bioSv", label: C.biografiLabel, value: .area(TextArea(s?.biography["sv"] ?? "")), note: C.inSwedish)])
        case .objectives:
            return Form(title: verb, fields: [.init(id: "text", label: C.objectiveLabel, value: .area(TextArea(index.map { e.objectives[$0] } ?? "")), note: C.objectiveNote)])
        }
    }


    /// The event with the entry from the form put in (or added), or each field's reason.
    public func saved(_ form: Form, into e: Event, index: Int?) -> (event: Event?, problems: [String: Phrase]) {
        typealias C = Catalogue.EventLists
        func v(_ id: String) -> String? {
            let t = form.value(id).trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        var e = e
        switch self {
        case .contacts:
            guard let name = v("name") else { return (nil, ["name": C.contactNeedsName]) }
            if let email = v("email"), !Validation.isEmailShaped(email) { return (nil, ["email": C.notAnEmail(email)]) }
            let c = ContactPerson(name: name, role: v("role"), phone: v("phone"), email: v("email"))
            if let index, e.contacts.indices.contains(index) { e.contacts[index] = c } else { e.contacts.append(c) }
        case .speakers:
            guard let name = v("name") else { return (nil, ["name": C.speakerNeedsName]) }
            var bio = LocalizedText()
            bio["en"] = v("bio"); bio["sv"] = v("bioSv")
            if let index, e.speakers.indices.contains(index) {
                e.speakers[index].name = name; e.speakers[index].title = v("degrees")
                e.speakers[index].affiliation = v("affiliation"); e.speakers[index].biography = bio
            } else {
                var id = TextFolding.words(name).joined(separator: "-"), n = 2
                let stem = id.isEmpty ? "speaker" : id
                id = stem
                while e.speakers.contains(where: { $0.id == id }) { id = "\(stem)-\(n)"; n += 1 }
                e.speakers.append(Speaker(id: id, name: name, title: v("degrees"), affiliation: v("affiliation"), biography: bio))
            }
        case .objectives:
            guard let text = v("text") else { return (nil, ["text": C.writeObjective(cancelKey: KeyWords.name(.cancel, in: .form))]) }
            if let index, e.objectives.indices.contains(index) { e.objectives[index] = text } else { e.objectives.append(text) }
        }
        return (e, [:])
    }

    /// The one details operation that turns `old`'s list into `new`'s.
    func operation(from old: Event, to new: Event) -> EventOperation? {
        let (set, base) = FieldPatch.diff(from: old, to: new)
        guard let value = set[rawValue] else { return nil }
        return .editDetails(set: FieldPatch([rawValue: value]), base: FieldPatch([rawValue: base[rawValue] ?? "null"]))
    }
}

/// A list shown over the agenda, with the entry chosen.
public struct EventListState: Hashable, Sendable {
    public var kind: EventListKind
    public var selected = 0
}

