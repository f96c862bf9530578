import FoyerCore

/// The fees pane's own state: the selected fee category and how far the page is scrolled.
public struct FeesState: Hashable, Sendable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

/// A category's price changed while people registered at the old one have paid nothing yet.
public struct RepriceQuestion: Hashable, Sendable {
    public var form: FormState
    /// The category's fields as this desk changed them and as it read them: the answer is applied to the
    /// latest event on disk, never to a copy made when the question was asked.
    public var set: FieldPatch
    public var base: FieldPatch
    /// In both languages, so the question reads right after F8.
    public var categoryName: Phrase
    public var categoryID: String
    public var codes: [String]
    public var oldPrice: Money
    public var newPrice: Money
}
