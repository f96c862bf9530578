import FoyerCore

/// The registered panes, in the order of their tabs, and the key table they make together. Adding a
/// pane is its own folder plus one line here (or, from outside the app, `Screens.standard.adding(…)`
/// given to the state). Overlays are the cases of `Overlay`, each with its screen (`Overlay.screen`).
public struct Screens: Sendable {
    public let panes: [any PaneScreen]
    /// The app's rows, the tabs' keys made from the panes, and the rows the panes bring.
    public let keys: KeyTable
    /// The tabs, and the key each is shown with: its number, or (where letters are a search) its F-key.
    public let tabs: [Pane]
    public let tabKeys: [String], tabFunctionKeys: [String]

    public init(panes: [any PaneScreen]) {
        self.panes = panes
        tabs = panes.map(\.pane)
        // The tabs' keys stand right after Tab and Shift-Tab, where help lists them; the added panes'
        // rows come last.
        let app = KeyTable.appBindings
        let tabsAt = (app.firstIndex { $0.command == .previousPane } ?? -1) + 1
        let tabBindings = KeyTable.tabBindings(tabs)
        keys = KeyTable(app[..<tabsAt] + tabBindings + app[tabsAt...] + panes.flatMap(\.bindings))
        tabKeys = tabBindings.map { $0.keys.first?.label ?? "" }
        tabFunctionKeys = tabBindings.map { $0.withoutTypingKeys?.keys.first?.label ?? "" }
    }

    /// The app's panes.
    public static let standard = Screens(panes: [AgendaScreen(), RegistrantsScreen(), FeesScreen(), CheckInScreen()])

    /// These panes and one more, after the others.
    public func adding(_ pane: any PaneScreen) -> Screens { Screens(panes: panes + [pane]) }

    public func screen(for pane: Pane) -> any PaneScreen {
        panes.first { $0.pane == pane } ?? panes[0]
    }

    public func index(of pane: Pane) -> Int { panes.firstIndex { $0.pane == pane } ?? 0 }
}
