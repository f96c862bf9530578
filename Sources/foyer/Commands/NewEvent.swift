import ArgumentParser
import Foundation
import FoyerCore

/// `foyer new`: an organiser's own event, from nothing or as a copy of another (next year's workshop).
struct NewEvent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: Interface.say(CLHelp.new))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.newID)) var id: String
    @Option(help: .say(CLHelp.title)) var title: String?
    @Option(help: .say(CLHelp.firstDay)) var date: String
    @Option(help: .say(CLHelp.lastDay)) var endDate: String?
    @Option(help: .say(CLHelp.timeZone)) var timeZone: String?
    @Option(help: .say(CLHelp.venue)) var venue: String?
    @Option var room: String?
    @Option(help: .say(CLHelp.address)) var address: String?
    @Option var city: String?
    @Option(help: .say(CLHelp.capacity)) var capacity: String?
    @Option(help: .say(CLHelp.deadline)) var deadline: String?
    @Option(help: .say(CLHelp.currency)) var currency: String?
    @Option(help: .say(CLHelp.codePrefix)) var codePrefix: String?
    @Option var organiser: String?
    @Option(help: .say(CLHelp.copyFrom)) var copyFrom: String?
    @Flag(help: .say(CLHelp.keepWeekdays)) var keepWeekdays = false

    func run() throws {
        let directory = try options.dataDirectory()
        guard let first = LocalDate(date) else { throw ValidationError(CL.badDate(date)) }
        var event: Event
        var notes: [Phrase] = []
        if let copyFrom {
            let source: Event
            do { source = try directory.event(copyFrom) } catch {
                throw ValidationError(CL.noSuchCopy(copyFrom))
            }
            let prefix = codePrefix?.uppercased() ?? Event.suggestedCodePrefix(from: source.codePrefix, year: first.year)
            event = source.copied(as: id, firstDay: first, keepWeekdays: keepWeekdays, codePrefix: prefix)
            if event.date != first { notes.append(CL.movedTo(DateText.long(event.date), sameWeekdayAs: source.title)) }
            if codePrefix == nil { notes.append(CL.codesStart(prefix, not: source.codePrefix)) }
        } else {
            guard let title, !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(CL.titleRequired) }
            event = Event(id: id, title: title, date: first, codePrefix: codePrefix?.uppercased() ?? EventCodePrefix.from(title: title))
            let zone = TimeZone.current.identifier
            if timeZone == nil, EventDetailsCheck.isKnownZone(zone) {
                event.timeZoneID = zone
                notes.append(CL.zoneOfThisMachine(zone))
            }
        }
        let given: [(EventDetailField, String?)] = [
            (.title, copyFrom == nil ? nil : title), (.endDate, endDate), (.timeZone, timeZone), (.venue, venue), (.room, room),
            (.address, address), (.city, city), (.capacity, capacity), (.deadline, deadline), (.currency, currency), (.organiser, organiser),
        ]
        for case let (field, value?) in given {
            do throws(DetailProblem) { try field.set(value, in: &event) } catch { throw ValidationError(CL.optionProblem(field.name, Interface.say(error.phrase))) }
        }
        do { try directory.createNewEvent(event) } catch StoreError.rejected(let why) {
            throw ValidationError(CL.withNothingWritten(Interface.say(Phrase.of(why))))
        }
        say(CL.created(event.id, title: event.title, date: event.dateText, folder: directory.folder(of: event.id)))
        for note in notes { say(Phrase(verbatim: "  ") + note) }
        for warning in EventDetailsCheck.problems(event).filter(\.isWarning) { Console.warn(warning.fullPhrase) }
        if copyFrom == nil { say(CL.nextSteps(event.id)) }
    }
}
