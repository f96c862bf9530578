import ArgumentParser
import FoyerCore

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Interface.say(CLHelp.edit),
        discussion: Interface.say(CLHelp.editDiscussion(fields: editableFields.map(\.storedName).joined(separator: ", "))))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.personCode, valueName: Interface.say(CLHelp.valueCode))) var code: String
    @Option(name: .customLong("first"), help: .say(CLHelp.firstName, valueName: Interface.say(CLHelp.valueFirst))) var firstName: String?
    @Option(name: .customLong("last"), help: .say(CLHelp.lastName, valueName: Interface.say(CLHelp.valueLast))) var lastName: String?
    @Option var email: String?
    @Option var phone: String?
    @Option var organisation: String?
    @Option(help: .say(CLHelp.role)) var role: String?
    @Option(help: .say(CLHelp.editCategory, valueName: Interface.say(CLHelp.valueCategory)))
    var category: String?
    @Option(help: .say(CLHelp.dietary)) var dietary: String?
    @Option var invoiceAddress: String?
    @Option var invoiceReference: String?
    @Option var notes: String?
    @Option(name: .customLong("expect"), help: .say(CLHelp.expect, valueName: "FIELD=VALUE"))
    var expectations: [String] = []
    @Flag(help: .say(CLHelp.force)) var force = false

    /// The fields this command edits: every one but the price, which follows the category.
    static let editableFields = RegistrantField.allCases.filter { $0 != .price }

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let trimmed = code.trimmed
        let code = RegistrantCode.normalise(trimmed, prefix: event.codePrefix) ?? trimmed.uppercased()
        guard let read = store.registry[code] else { throw missing(code, typed: trimmed, store: store) }

        let edit = try self.edit(of: read, event: event)
        let issues = Validation.fieldIssues(edit.applied(to: read), event: event)
            .filter { issue in issue.severity == .error && edit.changedFields.contains(issue.field) }
        guard issues.isEmpty else { throw ValidationError(issues.map { Interface.say($0.fullPhrase) }.joined(separator: "; ")) }

        var base = edit.values(in: read)
        let known = Self.editableFields.map(\.storedName)
        for expected in try ExpectedValue.parse(expectations, known: known, changed: Set(edit.changedFields)) {
            RegistrantField(rawValue: expected.field)!.set(.text(expected.value), in: &base)
        }
        let entry: JournalEntry?
        do { entry = try store.commit(.edit(code: code, edit), expecting: .fields(base), force: force) } catch StoreError.conflict(let conflict) {
            throw Refusal.conflict(conflict)
        }
        guard let entry, case .edit(_, let saved) = entry.change else { return say(CL.nothingToChange(code)) }
        say(CL.saved(code, fields: saved.changedFields.joined(separator: ", ")))
    }

    /// The fields given on the command line, as an edit of `read`. A field given with the value it has
    /// already stays in: if another desk changed it meanwhile, that is a conflict, not "nothing to change".
    private func edit(of read: Registrant, event: Event) throws -> RegistrantEdit {
        var edit = RegistrantEdit()
        let given: [(RegistrantField, String?)] = [
            (.firstName, firstName?.trimmed), (.lastName, lastName?.trimmed), (.email, email?.trimmed), (.phone, phone?.trimmed),
            (.organisation, organisation?.trimmed), (.role, role?.trimmed), (.dietaryNeeds, dietary),
            (.invoiceAddress, invoiceAddress), (.invoiceReference, invoiceReference), (.notes, notes),
        ]
        for case let (field, value?) in given { field.set(.text(value), in: &edit) }
        if let category {
            let fee = try FeeCategoryMatch.require(category, in: event)
            edit.feeCategoryID = fee.id
            // As the form does: another category brings its price; the same one keeps the person's price.
            if fee.id != read.feeCategoryID { edit.price = fee.price }
        }
        guard !edit.isEmpty else {
            throw ValidationError(CL.sayWhatToChange)
        }
        return edit
    }

    /// Why there is nobody under `code`: deleted at another desk (a conflict, exit 4) while the journal
    /// still says so, else no such code (exit 1).
    private func missing(_ code: String, typed: String, store: EventStore) -> Error {
        if let last = store.history(of: code).last, case .delete = last.change {
            let author = ChangeAuthor(desk: last.desk, time: last.time, zone: store.event.timeZone)
            return Refusal.conflict(EditConflict(subject: code, deletedBy: author))
        }
        return ValidationError(CL.noCode(typed))
    }
}
