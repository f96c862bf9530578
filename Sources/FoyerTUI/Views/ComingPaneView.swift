import FoyerCore

/// The panes whose full-screen form is still being built say so plainly and point to what works today.
enum ComingPaneView {
    static func draw(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let width = layout.width - 4
        let dots = Glyphs.current.ellipsis == "…" ? "…" : "..."
        var lines: [StyledLine] = [StyledLine(state.pane.title, .title), StyledLine("")]
        let count = state.registeredCount.map { "\($0) registrations are on file for this event." } ?? "Registrations are loading" + dots
        let text: String
        switch state.pane {
        case .registrants:
            text = "The registrants list, with search as you type, filters and the registration form, is coming in the next release. Until then the command line does the desk's work: foyer registrants --search NAME, foyer register --first \(dots) --last \(dots) --category \(dots)"
        case .fees:
            text = "The fees pane, with VAT, payments, outstanding amounts and receipts, is coming after the registrants pane. Until then foyer stats prints each category's price, net, VAT, registrations and payments."
        case .checkIn:
            text = "The check-in pane, one search field and Enter for each arrival at several desks at once, is coming after the fees pane. Until then foyer check-in NAME-OR-CODE checks a person in, exactly once."
        case .agenda:
            text = ""
        }
        lines += ScrolledText.wrapped(text, width: width)
        lines.append(StyledLine(""))
        lines.append(StyledLine(count, .quiet))
        ScrolledText.draw(lines, scroll: 0, x: 2, y: 2, width: width, height: layout.height - 3, into: &grid)
    }
}
