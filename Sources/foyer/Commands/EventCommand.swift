import ArgumentParser
import Foundation
import FoyerCore

/// `foyer event`: an event's details, shown and changed from the command line, through the same
/// checks and operations as the screen's form.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event", abstract: Interface.say(CLHelp.eventCommand),
        subcommands: [EventShow.self, EventSet.self, EventAdd.self, EventRemove.self], defaultSubcommand: EventShow.self)
}

struct EventShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: Interface.say(CLHelp.eventShow))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(CLHelp.textOrJSON)) var format: String = "text"

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        let e = store.event
        switch format {
        case "json":
            print(String(decoding: try JSONEncoder.foyer(zone: e.timeZone).encode(e), as: UTF8.self))
        case "text":
            say(Phrase(verbatim: "id: \(e.id)") + (e.isArchived ? CL.archivedMark : .empty))
            for field in EventDetailField.allCases {
                let value = field.value(in: e)
                say("\(field.name): " + (value.contains("\n") ? "\n  " + value.replacingOccurrences(of: "\n", with: "\n  ") : value))
            }
            for (i, c) in e.contacts.enumerated() {
                say(Interface.say(CL.listKind("contact")) + " \(i + 1): " + [c.name, c.role, c.phone, c.email].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
            }
            for (i, s) in e.speakers.enumerated() {
                say(Interface.say(CL.listKind("speaker")) + " \(i + 1): " + [s.displayName, s.affiliation].compactMap { $0 }.joined(separator: ", ")
                    + (s.biography.languages.isEmpty ? "" : Interface.say(CL.biographyIn(s.biography.languages.joined(separator: ", ")))))
            }
            for (i, o) in e.objectives.enumerated() { say(Interface.say(CL.listKind("objective")) + " \(i + 1): \(o)") }
        default:
            throw ValidationError(CL.badTextFormat(format))
        }
    }
}

struct EventSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: Interface.say(CLHelp.eventSet(fields: EventDetailField.allCases.map(\.name).joined(separator: ", "))))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.fieldName, valueName: Interface.say(CLHelp.valueField))) var field: String
    @Argument(help: .say(CLHelp.newValue, valueName: Interface.say(CLHelp.valueValue))) var value: String?
    @Option(help: .say(CLHelp.valueFromFile)) var file: String?
    @Flag(help: .say(CLHelp.moveProgramme)) var moveProgramme = false
    @Flag(help: .say(CLHelp.keepProgramme)) var keepProgramme = false
    @Flag(help: .say(CLHelp.forceDetail)) var force = false

    func run() throws {
        guard let detail = EventDetailField(rawValue: field) else {
            throw ValidationError(CL.noDetail(field, details: EventDetailField.allCases.map(\.name).joined(separator: ", ")))
        }
        guard let text = try file.map(SafeFile.readText) ?? value else { throw ValidationError(CL.giveValue) }
        let store = try options.openStore(quietChoice: true)
        let old = store.event
        var moveBy = 0
        if detail == .date, let new = LocalDate(text.trimmingCharacters(in: .whitespaces)), new != old.date, !old.programmeItems.isEmpty {
            // A new first day with last year's times in the programme would export the wrong days: ask.
            guard moveProgramme || keepProgramme else {
                throw ValidationError(CL.programmeOnOldDate(items: old.programmeItems.count, old: old.date.description, new: new.description))
            }
            if moveProgramme { moveBy = new.daysSinceEpoch - old.date.daysSinceEpoch }
        }
        let result: (save: EventSave, warnings: [DetailProblem])
        do {
            result = try store.saveDetails(force: force) { e throws in
                if moveBy != 0 { e = e.shifted(byDays: moveBy) }
                do throws(DetailProblem) { try detail.set(text, in: &e) } catch { throw ValidationError(CL.withNothingChanged(Interface.say(error.fullPhrase))) }
            }
        } catch StoreError.rejected(let why) {
            throw ValidationError(CL.withNothingChanged(Interface.say(Phrase.of(why))))
        } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict)
        }
        for warning in result.warnings { Console.warn(warning.fullPhrase) }
        say(result.save.applied.isEmpty ? CL.unchanged(detail.name)
            : Phrase(verbatim: "\(detail.name): " + detail.value(in: result.save.event).prefix(60)) + (moveBy != 0 ? CL.programmeMoved(days: moveBy) : .empty))
    }
}

struct EventAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Interface.say(CLHelp.eventAdd))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.listKind, valueName: Interface.say(CLHelp.valueKind))) var kind: String
    @Argument(help: .say(CLHelp.objectiveText)) var text: String?
    @Option(help: .say(CLHelp.personName)) var name: String?
    @Option(help: .say(CLHelp.contactRole)) var role: String?
    @Option var phone: String?
    @Option var email: String?
    @Option(help: .say(CLHelp.degrees)) var degrees: String?
    @Option var affiliation: String?
    @Option(help: .say(CLHelp.biography)) var biography: String?
    @Option(help: .say(CLHelp.fromFile)) var biographyFile: String?
    @Option(help: .say(CLHelp.biographySv)) var biographySv: String?
    @Option(help: .say(CLHelp.fromFile)) var biographySvFile: String?

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        let added: Phrase
        let change: (inout Event) throws -> Void
        switch EventListKind.named(kind) {
        case "contact":
            guard let name = nonEmpty(name) else { throw ValidationError(CL.contactNeedsName) }
            change = { $0.contacts.append(ContactPerson(name: name, role: nonEmpty(role), phone: nonEmpty(phone), email: nonEmpty(email))) }
            added = CL.addedContact(store.event.contacts.count + 1, name: name)
        case "speaker":
            guard let name = nonEmpty(name) else { throw ValidationError(CL.speakerNeedsName) }
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
            added = CL.addedSpeaker(store.event.speakers.count + 1, name: speaker.displayName, id: id)
        case "objective":
            guard let text = nonEmpty(text) else { throw ValidationError(CL.objectiveNeedsText) }
            change = { $0.objectives.append(text) }
            added = CL.addedObjective(store.event.objectives.count + 1, text: text)
        default:
            throw ValidationError(CL.addWhat(kind))
        }
        try EventSaving.save(store, change)
        say(added)
    }
}

struct EventRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: Interface.say(CLHelp.eventRemove))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.listKind, valueName: Interface.say(CLHelp.valueKind))) var kind: String
    @Argument(help: .say(CLHelp.number, valueName: Interface.say(CLHelp.valueNumber))) var number: Int

    func run() throws {
        let store = try options.openStore(quietChoice: true)
        let e = store.event
        let count: Int
        let kind = EventListKind.named(self.kind)
        switch kind {
        case "contact": count = e.contacts.count
        case "speaker": count = e.speakers.count
        case "objective": count = e.objectives.count
        default: throw ValidationError(CL.removeWhat(self.kind))
        }
        guard (1...max(1, count)).contains(number), count > 0 else { throw ValidationError(CL.noSuchEntry(CL.listKind(kind), number: number, count: count)) }
        let i = number - 1
        if kind == "speaker", let used = e.programmeItems.first(where: { $0.speakerIDs.contains(e.speakers[i].id) }) {
            throw ValidationError(CL.speakerInUse(e.speakers[i].name, title: used.title))
        }
        try EventSaving.save(store) { e in
            switch kind {
            case "contact": e.contacts.remove(at: i)
            case "speaker": e.speakers.remove(at: i)
            default: e.objectives.remove(at: i)
            }
        }
        say(CL.removedEntry(CL.listKind(kind), number: number))
    }
}

/// A details save from the command line: the store's reasons as one-line errors, a conflict as exit 4.
enum EventSaving {
    static func save(_ store: EventStore, force: Bool = false, _ change: (inout Event) throws -> Void) throws {
        do {
            let result = try store.saveDetails(force: force, change)
            for warning in result.warnings { Console.warn(warning.fullPhrase) }
        } catch StoreError.rejected(let why) {
            throw ValidationError(CL.withNothingChanged(Interface.say(Phrase.of(why))))
        } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict, canForce: false)
        }
    }
}

/// The lists `foyer event add|remove` work on, by their English names or the Swedish ones `foyer event
/// show` prints in Swedish (kontakt, talare, mål); anything else is returned as it was typed.
enum EventListKind {
    static func named(_ typed: String) -> String {
        let lowered = typed.lowercased()
        for kind in ["contact", "speaker", "objective"] where CL.listKind(kind).en == lowered || CL.listKind(kind).sv == lowered { return kind }
        return typed
    }
}
