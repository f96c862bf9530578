/// A registrant whose fee category is still to be chosen: someone imported from another system whose
/// product or price fits no category, or more than one. They are kept, not dropped, with the price the
/// file gave, and the empty category id is the mark: derived, so the stored files need nothing new.
/// A desk chooses the category with the registrant form (`e`), which clears the mark.
extension Registrant {
    public var needsCategory: Bool { feeCategoryID.isEmpty }
}

extension FeeCategory {
    /// The words for the mark wherever a category name would be: lists, door list, filter, totals.
    public static let toChooseName = Catalogue.Registration.categoryToChoose

    /// The line a registrant's unknown category is counted on in totals and statistics: named by its id,
    /// or "category to choose" when there is none yet.
    static func unlisted(for r: Registrant) -> FeeCategory {
        FeeCategory(id: r.feeCategoryID, name: r.needsCategory ? LocalizedText(en: toChooseName.en, sv: toChooseName.sv) : LocalizedText(en: r.feeCategoryID), price: r.price)
    }
}

extension Event {
    /// The name in both languages: the mark's words, or the category's name as the organiser gave it in each
    /// (the other language's where one is missing), or its id.
    public func categoryNamePhrase(of r: Registrant) -> Phrase {
        if r.needsCategory { return FeeCategory.toChooseName }
        // Data in two languages (the organiser's own words), not the app's: put together here, not in the catalogue.
        return Phrase(en: categoryName(of: r, in: .en), sv: categoryName(of: r, in: .sv))
    }
    /// The same in a reader's language: the mark in their words, the category's name in theirs (else the other).
    public func categoryName(of r: Registrant, in language: Language) -> String {
        if r.needsCategory { return FeeCategory.toChooseName[language] }
        return feeCategory(id: r.feeCategoryID)?.displayName(language) ?? r.feeCategoryID
    }
}
