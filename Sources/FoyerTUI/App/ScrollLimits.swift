/// How far the help overlay scrolls: its last line at the bottom of its box, no further.
extension HelpView {
    static func maxScroll(context: KeyContext, deskOnly: Bool = false, layout: ScreenLayout) -> Int {
        let visible = max(1, layout.height - 4) // the box is height − 2 rows, minus its frame
        return max(0, lines(context: context, deskOnly: deskOnly).count - visible)
    }
}
