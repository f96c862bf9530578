import ArgumentParser
import FoyerCore

struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-in",
        abstract: "Check a person in by code or by name.",
        discussion: "An ambiguous query lists the candidates and changes nothing (exit 2); someone already checked in is reported with the time and desk (exit 3).")
    @OptionGroup var options: StoreOptions
    @Argument(help: "A code (SAF-0042, saf42) or words of a name, email or organisation.")
    var query: [String]

    func run() throws {
        let store = try options.openStore()
        let text = query.joined(separator: " ")
        let index = SearchIndex(store.registry.registrants)
        let event = store.event
        let money = event.moneyFormat
        switch CheckInDesk.find(text, registry: store.registry, index: index, codePrefix: event.codePrefix) {
        case .none:
            throw ValidationError("nobody matches \"\(text)\"")
        case .several(let candidates):
            print("\(candidates.count) people match \"\(text)\"; nothing changed. Use a code:")
            for r in candidates.prefix(20) { print("  \(r.code)  \(r.fullName)  \(r.email)  \(r.organisation)") }
            if candidates.count > 20 { print("  … and \(candidates.count - 20) more") }
            throw ExitCode(2)
        case .one(let person):
            switch try CheckInDesk.checkIn(code: person.code, store: store) {
            case .checkedIn(let r, let due, let proof):
                let category = event.feeCategory(id: r.feeCategoryID)?.displayName() ?? r.feeCategoryID
                print("CHECKED IN  \(r.code)  \(r.fullName), \(category)")
                if due.minorUnits > 0 { print("UNPAID      \(money.string(due)) due") }
                if let proof { print("CHECK ID    \(proof.displayName()) rate: \(proof.eligibility.text() ?? "")") }
            case .alreadyCheckedIn(let r, let c):
                let time = LocalDateTime(c.time, in: event.timeZone).timeText
                print("ALREADY CHECKED IN  \(r.code)  \(r.fullName) at \(time) at desk \(c.desk)")
                throw ExitCode(3)
            case .cancelled(let r):
                print("CANCELLED  \(r.code)  \(r.fullName): the registration is cancelled; not checked in")
                throw ExitCode(1)
            case .waitlisted(let r):
                print("WAITLISTED  \(r.code)  \(r.fullName): on the waiting list; not checked in")
                throw ExitCode(1)
            }
        }
    }
}
