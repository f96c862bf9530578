import FoyerCore

/// In tests only: a literal where a phrase is expected is data, the same in both languages (a fee
/// category's name, a question's words in a hand-made state). The app itself has no such conformance,
/// so a word of the app cannot be written outside the catalogue.
extension Phrase: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self.init(verbatim: value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self.init(verbatim: String(stringInterpolation: stringInterpolation)) }
}
