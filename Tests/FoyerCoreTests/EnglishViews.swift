import FoyerCore

// The tests' English views of what FoyerCore says in both languages: the app itself has none (every
// screen and command chooses a language), the tests assert the English as they did before the catalogue.
extension EventStore { var warnings: [String] { warningPhrases.map(\.en) } }
extension EventCheck {
    var errors: [String] { errorPhrases.map(\.en) }
    var warnings: [String] { warningPhrases.map(\.en) }
}
extension DetailProblem { var message: String { phrase.en } }
extension ValidationIssue { var message: String { phrase.en } }
extension Change { var summary: String { summaryPhrase.en } }
extension EventDetailsCheck {
    static func idProblem(_ id: String, existing: [String]) -> String? { idProblemPhrase(id, existing: existing)?.en }
}
extension DuplicateRegistration { var reason: String { reasonPhrase.en } }
extension RegistrationImport { func reportLines(event: Event) -> [String] { reportPhrases(event: event).map(\.en) } }
extension ProgrammeTextImport { func previewLines(source: String) -> [String] { previewPhrases(source: source).map(\.en) } }
extension ProgrammeTextImport.Skipped { var reason: String { reasonPhrase.en } }
extension FieldConflict {
    var base: String { basePhrase.en }
    var theirs: String { theirsPhrase.en }
    var mine: String { minePhrase.en }
}
extension EditConflict { var subject: String { subjectPhrase.en } }
extension DataDirectory { func idProblems() -> [String] { idProblemPhrases().map(\.en) } }
extension Programme { func problems() -> [String] { problemPhrases().map(\.en) } }
extension Event {
    func categoryName(of r: Registrant) -> String { categoryName(of: r, in: .en) }
}
extension FeeCategory { func displayName() -> String { displayName(.en) } }
extension PaymentMethod { var label: String { name.en } }
