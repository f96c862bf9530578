import ArgumentParser
import Foundation
import FoyerCore

/// `foyer event`: an event's details, shown and changed from the command line, through the same
/// checks and operations as the screen's form.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event", abstract: "Show or change the event's details: title, dates, venue, texts, contacts, speakers, objectives.",
        subcommands: [EventShow.self, EventSet.self, EventAdd.self, EventRemove.self], defaultSubcommand: EventShow.self)
}

struct EventShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print every detail of the event, by the names `foyer event set` takes.")
    @OptionGroup var options: StoreOptions
    @Option(help: "text or json.") var format: String = "text"

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        let e = store.event
        switch format {
        case "json":
            print(String(decoding: try JSONEncoder.foyer(zone: e.timeZone).encode(e), as: UTF8.self))
        case "text":
            say("id: \(e.id)" + (e.isArchived ? " (archived)" : ""))
            for field in EventDetailField.allCases {
                let value = field.value(in: e)
                say("\(field.name): " + (value.contains("\n") ? "\n  " + value.replacingOccurrences(of: "\n", with: "\n  ") : value))
            }
            for (i, c) in e.contacts.enumerated() {
                say("contact \(i + 1): " + [c.name, c.role, c.phone, c.email].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
            }
            for (i, s) in e.speakers.enumerated() {
                say("speaker \(i + 1): " + [s.displayName, s.affiliation].compactMap { $0 }.joined(separator: ", ")
                    + (s.biography.languages.isEmpty ? "" : " (biography: " + s.biography.languages.joined(separator: ", ") + ")"))
            }
            for (i, o) in e.objectives.enumerated() { say("objective \(i + 1): \(o)") }
        default:
            throw ValidationError("--format \(format): choose text or json")
        }
    }
}

struct EventSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set one detail: " + EventDetailField.allCases.map(\.name).joined(separator: ", ") + ". An empty value clears an optional one.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The field's name, as `foyer event show` prints it.") var field: String
    @Argument(help: "The new value.") var value: String?
    @Option(help: "Read the value from this file (long texts).") var file: String?
    @Flag(help: "With a new date: move the programme (and the last day and deadline) along.") var moveProgramme = false
    @Flag(help: "With a new date: leave the programme's items where they are.") var keepProgramme = false
    @Flag(help: "Overwrite a field another desk changed since this command read it.") var force = false

    func run() throws {
        guard let detail = EventDetailField(rawValue: field) else {
            throw ValidationError("no detail \"\(field)\"; the details are: " + EventDetailField.allCases.map(\.name).joined(separator: ", ") + " (lists: foyer event add|remove)")
        }
        guard let text = try file.map(SafeFile.readText) ?? value else { throw ValidationError("give the new value, or --file FILE") }
        let store = try options.openStore(quietChoice: true)
        let old = store.event
        var moveBy = 0
        if detail == .date, let new = LocalDate(text.trimmingCharacters(in: .whitespaces)), new != old.date, !old.programmeItems.isEmpty {
            // A new first day with last year's times in the programme would export the wrong days: ask.
            guard moveProgramme || keepProgramme else {
                throw ValidationError("the programme's \(old.programmeItems.count) items are on \(old.date); say --move-programme (they move to \(new), with the last day and the deadline) or --keep-programme; nothing changed")
            }
            if moveProgramme { moveBy = new.daysSinceEpoch - old.date.daysSinceEpoch }
        }
        let result: (save: EventSave, warnings: [DetailProblem])
        do {
            result = try store.saveDetails(force: force) { e throws in
                if moveBy != 0 { e = e.shifted(byDays: moveBy) }
                do throws(DetailProblem) { try detail.set(text, in: &e) } catch { throw ValidationError(error.description + "; nothing changed") }
            }
        } catch StoreError.rejected(let why) {
            throw ValidationError(why.description + "; nothing changed")
        } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict)
        }
        for warning in result.warnings { Console.warn(warning.description) }
        say(result.save.applied.isEmpty ? "\(detail.name): unchanged" : "\(detail.name): " + detail.value(in: result.save.event).prefix(60) + (moveBy != 0 ? " (programme moved \(moveBy) days)" : ""))
    }
}

struct EventAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a contact, a speaker or a learning objective.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "contact, speaker or objective.") var kind: String
    @Argument(help: "An objective's text.") var text: String?
    @Option(help: "A contact's or speaker's name.") var name: String?
    @Option(help: "A contact's role (registration, programme …).") var role: String?
    @Option var phone: String?
    @Option var email: String?
    @Option(help: "A speaker's degrees: Ph.D., leg. psykolog.") var degrees: String?
    @Option var affiliation: String?
    @Option(help: "A speaker's biography in English.") var biography: String?
    @Option(help: "…read from a file.") var biographyFile: String?
    @Option(help: "A speaker's biography in Swedish.") var biographySv: String?
    @Option(help: "…read from a file.") var biographySvFile: String?

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        let added: String
        let change: (inout Event) throws -> Void
        switch kind {
        case "contact":
            guard let name = nonEmpty(name) else { throw ValidationError("a contact needs --name") }
            change = { $0.contacts.append(ContactPerson(name: name, role: nonEmpty(role), phone: nonEmpty(phone), email: nonEmpty(email))) }
            added = "contact \(store.event.contacts.count + 1): \(name)"
        case "speaker":
            guard let name = nonEmpty(name) else { throw ValidationError("a speaker needs --name") }
            var bio = LocalizedText()
            bio["en"] = nonEmpty(try biographyFile.map(SafeFile.readText) ?? biography)
            bio["sv"] = nonEmpty(try biographySvFile.map(SafeFile.readText) ?? biographySv)
            let ids = store.event.speakers.map(\.id)
            var id = TextFolding.words(name).joined(separator: "-"), n = 2
            let stem = id.isEmpty ? "speaker" : id
            id = stem
            while ids.contains(id) { id = "\(stem)-\(n)"; n += 1 }
            let speaker = Speaker(id: id, name: name, title: nonEmpty(degrees), affiliation: nonEmpty(affiliation), biography: bio)
            change = { $0.speakers.append(speaker) }
            added = "speaker \(store.event.speakers.count + 1): \(speaker.displayName) (id \(id))"
        case "objective":
            guard let text = nonEmpty(text) else { throw ValidationError("give the objective's text") }
            change = { $0.objectives.append(text) }
            added = "objective \(store.event.objectives.count + 1): \(text)"
        default:
            throw ValidationError("\"\(kind)\": add a contact, a speaker or an objective")
        }
        try EventSaving.save(store, change)
        say("added " + added)
    }
}

struct EventRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a contact, a speaker or an objective by its number in `foyer event show`.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "contact, speaker or objective.") var kind: String
    @Argument(help: "Its number (1 is the first).") var number: Int

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        let e = store.event
        let count: Int
        switch kind {
        case "contact": count = e.contacts.count
        case "speaker": count = e.speakers.count
        case "objective": count = e.objectives.count
        default: throw ValidationError("\"\(kind)\": remove a contact, a speaker or an objective")
        }
        guard (1...max(1, count)).contains(number), count > 0 else { throw ValidationError("there is no \(kind) \(number) (the event has \(count))") }
        let i = number - 1
        if kind == "speaker", let used = e.programmeItems.first(where: { $0.speakerIDs.contains(e.speakers[i].id) }) {
            throw ValidationError("\(e.speakers[i].name) speaks in “\(used.title)”; take them off the programme first; nothing changed")
        }
        try EventSaving.save(store) { e in
            switch kind {
            case "contact": e.contacts.remove(at: i)
            case "speaker": e.speakers.remove(at: i)
            default: e.objectives.remove(at: i)
            }
        }
        say("removed \(kind) \(number)")
    }
}

/// A details save from the command line: the store's reasons as one-line errors, a conflict as exit 4.
enum EventSaving {
    static func save(_ store: EventStore, force: Bool = false, _ change: (inout Event) throws -> Void) throws {
        do {
            let result = try store.saveDetails(force: force, change)
            for warning in result.warnings { Console.warn(warning.description) }
        } catch StoreError.rejected(let why) {
            throw ValidationError(why.description + "; nothing changed")
        } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict, canForce: false)
        }
    }
}
