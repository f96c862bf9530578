import ArgumentParser
import FoyerCore

struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-in",
        abstract: "Check a person in by code or by name, or undo a check-in.",
        discussion: """
            An ambiguous query lists the candidates and changes nothing (exit 2); someone already checked in \
            is reported with the time and desk (exit 3). `--undo CODE --reason TEXT` takes a check-in back \
            (from any desk); the reason goes into the person's check-in history.
            """)
    @OptionGroup var options: StoreOptions
    @Argument(help: "A code (SAF-0042, saf42) or words of a name, email or organisation.")
    var query: [String] = []
    @Option(help: ArgumentHelp("Undo this person's check-in instead (needs --reason).", valueName: "code"))
    var undo: String?
    @Option(help: ArgumentHelp("Why the check-in is undone (required with --undo).", valueName: "text"))
    var reason: String?

    func validate() throws {
        if undo != nil {
            guard query.isEmpty else { throw ValidationError("--undo takes the code; give no other query") }
            guard let reason, !reason.trimmed.isEmpty else { throw ValidationError("--undo needs --reason TEXT: say why the check-in is undone") }
        } else {
            guard !query.isEmpty else { throw ValidationError("say whom to check in: a code or words of a name") }
            guard reason == nil else { throw ValidationError("--reason goes with --undo") }
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
            throw ValidationError("nobody matches \"\(text)\"")
        case .several(let candidates):
            say("\(candidates.count) people match \"\(text)\"; nothing changed. Use a code:")
            for r in candidates.prefix(20) { say("  \(r.code)  \(r.fullName)  \(r.email)  \(r.organisation)") }
            if candidates.count > 20 { say("  … and \(candidates.count - 20) more") }
            throw ExitCode(2)
        case .one(let person):
            switch try CheckInDesk.checkIn(code: person.code, store: store) {
            case .checkedIn(let r, let due, let proof):
                let category = event.categoryName(of: r)
                say("CHECKED IN  \(r.code)  \(r.fullName), \(category)")
                if due.minorUnits > 0 { say("UNPAID      \(money.string(due)) due") }
                if let proof { say("CHECK ID    \(proof.displayName()) rate: \(proof.eligibility.text() ?? "")") }
            case .alreadyCheckedIn(let r, let c):
                let time = LocalDateTime(c.time, in: event.timeZone).timeText
                say("ALREADY CHECKED IN  \(r.code)  \(r.fullName) at \(time) at desk \(c.desk)")
                throw ExitCode(3)
            case .cancelled(let r):
                say("CANCELLED  \(r.code)  \(r.fullName): the registration is cancelled; not checked in")
                throw ExitCode(1)
            case .waitlisted(let r):
                say("WAITLISTED  \(r.code)  \(r.fullName): on the waiting list; not checked in")
                throw ExitCode(1)
            }
        }
    }

    private func undoCheckIn(_ typed: String, store: EventStore) throws {
        let event = store.event
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        let code = RegistrantCode.normalise(trimmed, prefix: event.codePrefix) ?? trimmed.uppercased()
        guard let person = store.registry[code] else { throw ValidationError("no registrant has the code \(trimmed)") }
        let undone: CheckInDesk.Undone
        do {
            undone = try CheckInDesk.undo(code: code, reason: reason ?? "", store: store)
        } catch StoreError.rejected(.notCheckedIn) {
            throw ValidationError("\(person.fullName) (\(code)) is not checked in; nothing to undo")
        } catch StoreError.rejected(let why) {
            throw ValidationError(why.description)
        }
        let r = undone.registrant
        let time = LocalDateTime(undone.undone.time, in: event.timeZone).timeText
        let desk = undone.undone.desk.isEmpty ? "" : " at desk \(undone.undone.desk)"
        say("UNDONE  \(r.code)  \(r.fullName): check-in at \(time)\(desk) undone (\(reason?.trimmed ?? ""))")
    }
}
