import ArgumentParser
import FoyerCore

struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-in",
        abstract: Interface.say(CLHelp.checkIn),
        discussion: Interface.say(CLHelp.checkInDiscussion))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.checkInQuery, valueName: Interface.say(CLHelp.valueQuery)))
    var query: [String] = []
    @Option(help: .say(CLHelp.undo, valueName: Interface.say(CLHelp.valueCode)))
    var undo: String?
    @Option(help: .say(CLHelp.reason, valueName: "text"))
    var reason: String?

    func validate() throws {
        if undo != nil {
            guard query.isEmpty else { throw ValidationError(CL.undoTakesCode) }
            guard let reason, !reason.trimmed.isEmpty else { throw ValidationError(CL.undoNeedsReason) }
        } else {
            guard !query.isEmpty else { throw ValidationError(CL.sayWhom) }
            guard reason == nil else { throw ValidationError(CL.reasonGoesWithUndo) }
        }
    }

    func run() throws {
        let store = try options.openStore()
        if let undo { return try undoCheckIn(undo, store: store) }
        let text = query.joined(separator: " ")
        let index = SearchIndex(Array(store.registry.registrants))
        let event = store.event
        let money = event.moneyFormat
        switch CheckInDesk.find(text, registry: store.registry, index: index, codePrefix: event.codePrefix) {
        case .none:
            throw ValidationError(CL.nobodyMatches(text))
        case .several(let candidates):
            say(CL.severalMatch(candidates.count, text))
            for r in candidates.prefix(20) { say("  \(r.code)  \(r.fullName)  \(r.email)  \(r.organisation)") }
            if candidates.count > 20 { say(CL.andMore(candidates.count - 20)) }
            throw ExitCode(2)
        case .one(let person):
            switch try CheckInDesk.checkIn(code: person.code, store: store) {
            case .checkedIn(let r, let due, let proof):
                let language = Interface.language
                let category = event.categoryName(of: r, in: language)
                say(CL.checkedIn(code: r.code, name: r.fullName, category: category))
                if due.minorUnits > 0 { say(CL.unpaid(money.string(due))) }
                if let proof { say(CL.checkID(category: proof.displayName(language), who: proof.eligibility.text(preferring: language.rawValue) ?? "")) }
            case .alreadyCheckedIn(let r, let c):
                let time = LocalDateTime(c.time, in: event.timeZone).timeText
                say(CL.alreadyIn(code: r.code, name: r.fullName, time: time, desk: c.desk))
                throw ExitCode(3)
            case .cancelled(let r):
                say(CL.cancelled(code: r.code, name: r.fullName))
                throw ExitCode(1)
            case .waitlisted(let r):
                say(CL.waitlisted(code: r.code, name: r.fullName))
                throw ExitCode(1)
            }
        }
    }

    private func undoCheckIn(_ typed: String, store: EventStore) throws {
        let event = store.event
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        let code = RegistrantCode.normalise(trimmed, prefix: event.codePrefix) ?? trimmed.uppercased()
        guard let person = store.registry[code] else { throw ValidationError(CL.noCode(trimmed)) }
        let undone: CheckInDesk.Undone
        do {
            undone = try CheckInDesk.undo(code: code, reason: reason ?? "", store: store)
        } catch StoreError.rejected(.notCheckedIn) {
            throw ValidationError(CL.notCheckedIn(name: person.fullName, code: code))
        } catch StoreError.rejected(let why) {
            throw ValidationError(why.description)
        }
        let r = undone.registrant
        let time = LocalDateTime(undone.undone.time, in: event.timeZone).timeText
        let desk = undone.undone.desk.isEmpty ? Phrase.empty : CL.atDesk(undone.undone.desk)
        say(CL.undone(code: r.code, name: r.fullName, time: time, desk: desk, reason: reason?.trimmed ?? ""))
    }
}
