import Foundation
import FoyerCore

/// The organiser's view of money: each category's price, net and VAT, how many registered and paid and
/// what they are expected to bring in; the totals (gross, net, VAT, paid, outstanding, refunded, waived, by method);
/// a bar per category (paid against registered); and registrations per week up to the deadline.
enum FeesView {
    /// The rows the page scrolls in: below the title line, above the status line.
    static func visibleHeight(_ layout: ScreenLayout) -> Int { max(1, layout.height - 3) }

    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let money = state.event.moneyFormat, language = state.language
        let title = Catalogue.Fees.title[language]
        grid.put(title, x: 0, y: 1, style: .title)
        // The note starts right after the title ("Fees" and "Avgifter" differ in length).
        let noteX = max(5, TextWidth.width(title))
        grid.put(TextLayout.truncate(Catalogue.Fees.pricesIncludeVAT(joiner: Glyphs.current.joiner, currency: money.suffix)[language], to: layout.width - noteX - 1),
                 x: noteX, y: 1, style: .quiet)
        guard !state.event.feeCategories.isEmpty else {
            grid.put(Catalogue.Fees.noCategories(addKey: KeyWords.name(.addCategory, in: .fees))[language], x: 2, y: 3, style: .quiet)
            return
        }
        let (lines, categoryLines) = FeesPage.lines(state, width: layout.width - 2)
        let top = 2, height = visibleHeight(layout)
        let scroll = min(state.fees.scroll, max(0, lines.count - height))
        ScrolledText.draw(lines, scroll: scroll, x: 1, y: top, width: layout.width - 2, height: height, into: &grid)
        if let line = categoryLines[state.fees.selected], line >= scroll, line < scroll + height {
            grid.restyle(x: 0, y: top + line - scroll, width: layout.width, style: .selected)
        }
    }
}
