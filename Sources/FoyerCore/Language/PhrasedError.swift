/// An error that can say what went wrong in either language. The store's errors, refusals, conflicts and
/// import errors conform; an error from elsewhere (the system's own, already in its words) is shown as
/// its description, unchanged in both languages.
public protocol PhrasedError: Error {
    var phrase: Phrase { get }
}

extension StoreError: PhrasedError {}
extension EditConflict: PhrasedError {}
extension DuplicateRegistration: PhrasedError {}
extension ChangeRejection: PhrasedError {}
extension RegistrationImportError: PhrasedError {}
extension LanguageChoiceError: PhrasedError {}

extension Phrase {
    /// What a person is told of `error`: its phrase, or the system's own words.
    public static func of(_ error: any Error) -> Phrase {
        if let phrased = error as? any PhrasedError { return phrased.phrase }
        return Phrase(verbatim: String(describing: error))
    }
}
