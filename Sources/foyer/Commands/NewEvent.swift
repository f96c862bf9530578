import ArgumentParser
import Foundation
import FoyerCore

/// `foyer new`: an organiser's own event, from nothing or as a copy of another (next year's workshop).
struct NewEvent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create an event: its folder (0700) and event.json (0600). --copy-from takes another event's programme, speakers, fees, venue and texts, with every date moved.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The new event's id: lower case letters, digits and hyphens (e.g. varkurs-2027).") var id: String
    @Option(help: "The title.") var title: String?
    @Option(help: "The first day, YYYY-MM-DD.") var date: String
    @Option(help: "The last day, for events of more than one day.") var endDate: String?
    @Option(help: "An IANA time zone name (default: the copied event's, else this machine's).") var timeZone: String?
    @Option(help: "The venue's name.") var venue: String?
    @Option var room: String?
    @Option(help: "The street address.") var address: String?
    @Option var city: String?
    @Option(help: "How many places.") var capacity: String?
    @Option(help: "The last day to register, YYYY-MM-DD.") var deadline: String?
    @Option(help: "ISO 4217 code, e.g. SEK.") var currency: String?
    @Option(help: "Registrant codes are this prefix and a number (default: from the title, or the copy's prefix with the year).") var codePrefix: String?
    @Option var organiser: String?
    @Option(help: "Copy this event (its id): programme, speakers, fees, venue and texts; not its registrations.") var copyFrom: String?
    @Flag(help: "With --copy-from: move the first day to the copied event's weekday (the first such day on or after --date).") var keepWeekdays = false

    func run() throws {
        let directory = try options.dataDirectory()
        guard let first = LocalDate(date) else { throw ValidationError("--date \"\(date)\" is not a date; write it as YYYY-MM-DD, e.g. 2027-04-15") }
        var event: Event
        var notes: [String] = []
        if let copyFrom {
            let source: Event
            do { source = try directory.event(copyFrom) } catch {
                throw ValidationError("--copy-from \(copyFrom): no such event here (see `foyer events --all`)")
            }
            let prefix = codePrefix?.uppercased() ?? Event.suggestedCodePrefix(from: source.codePrefix, year: first.year)
            event = source.copied(as: id, firstDay: first, keepWeekdays: keepWeekdays, codePrefix: prefix)
            if event.date != first { notes.append("moved to \(DateText.long(event.date)), the same weekday as \(source.title)") }
            if codePrefix == nil { notes.append("codes start \(prefix)-0001 (not \(source.codePrefix)-: --code-prefix chooses another)") }
        } else {
            guard let title, !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--title is required for a new event") }
            event = Event(id: id, title: title, date: first, codePrefix: codePrefix?.uppercased() ?? EventCodePrefix.from(title: title))
            let zone = TimeZone.current.identifier
            if timeZone == nil, EventDetailsCheck.isKnownZone(zone) {
                event.timeZoneID = zone
                notes.append("time zone \(zone), this machine's (--time-zone chooses another)")
            }
        }
        let given: [(EventDetailField, String?)] = [
            (.title, copyFrom == nil ? nil : title), (.endDate, endDate), (.timeZone, timeZone), (.venue, venue), (.room, room),
            (.address, address), (.city, city), (.capacity, capacity), (.deadline, deadline), (.currency, currency), (.organiser, organiser),
        ]
        for case let (field, value?) in given {
            do throws(DetailProblem) { try field.set(value, in: &event) } catch { throw ValidationError("--\(field.name): \(error.message); nothing was written") }
        }
        do { try directory.createNewEvent(event) } catch StoreError.rejected(let why) {
            throw ValidationError(why.description + "; nothing was written")
        }
        say("created \(event.id): \(event.title), \(event.dateText), in \(directory.folder(of: event.id))")
        for note in notes { say("  " + note) }
        for warning in EventDetailsCheck.problems(event).filter(\.isWarning) { Console.warn(warning.description) }
        if copyFrom == nil { say("next: foyer event set FIELD VALUE --event \(event.id), foyer fees add, foyer import programme FILE") }
    }
}
