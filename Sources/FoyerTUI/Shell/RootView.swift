import FoyerCore
/// What one render produces: the grid, and where the terminal cursor belongs (in a field being edited).
public struct Frame: Hashable, Sendable {
    public var grid: ScreenGrid
    public var cursor: (x: Int, y: Int)?

    public static func == (a: Frame, b: Frame) -> Bool { a.grid == b.grid && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y }
    public func hash(into h: inout Hasher) { h.combine(grid) }
}

/// Draws the whole screen from the state: tabs, the pane, an overlay, the status line.
public enum RootView {
    public static func render(_ state: AppState) -> Frame {
        var grid = ScreenGrid(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallView.draw(width: state.width, height: state.height, language: state.language, into: &grid)
            return Frame(grid: grid, cursor: nil)
        }
        let layout = state.layout
        TabBar.draw(state, layout, into: &grid)
        let pane = state.screens.screen(for: state.pane)
        var cursor: Cursor?
        if pane.needsRegistrants, let load = state.registrantsLoad {
            LoadingView.draw(load, layout, state.language, into: &grid)
        } else {
            cursor = pane.render(state, layout, into: &grid)
        }
        // An overlay draws over the pane and has the cursor (or none) while it is open.
        if let overlay = state.overlay { cursor = overlay.screen.render(state, layout, into: &grid) }
        let statusCursor = StatusLine.draw(state, layout, into: &grid)
        return Frame(grid: grid, cursor: cursor ?? statusCursor)
    }
}

/// A pane that needs the registrations while they load (or when they could not be loaded).
enum LoadingView {
    static func draw(_ load: RegistrantsLoad, _ layout: ScreenLayout, _ language: Language, into grid: inout ScreenGrid) {
        let y = layout.bodyTop + max(0, layout.bodyHeight / 2 - 2)
        let style: Style
        if case .failed = load { style = .error } else { style = .heading }
        grid.put(TextLayout.truncate(load.message[language], to: layout.width - 4), x: 2, y: y, style: style)
        let hint: Phrase
        if case .failed = load { hint = Catalogue.Shell.loadFailedHint } else { hint = Catalogue.Shell.loadingHint }
        grid.put(TextLayout.truncate(hint[language], to: layout.width - 4), x: 2, y: y + 2, style: .quiet)
    }
}

/// Below 60x16 nothing else fits legibly: say so plainly, at any size down to 1x1.
public enum TooSmallView {
    public static func draw(width: Int, height: Int, language: Language = .en, into grid: inout ScreenGrid) {
        // The longest wording that fits: a narrow terminal still learns its size and what is needed.
        let size = "\(width)x\(height)"
        let wordings = [Catalogue.Shell.tooSmall(size: size)[language], Catalogue.Shell.tooSmallShort(size: size)[language], size]
        let first = wordings.first { TextWidth.width($0) <= width } ?? size
        let quit = KeyTable.keyName(.quit, in: .global)
        let lines = [first, Catalogue.Shell.need(size: "\(AppState.minimumWidth)x\(AppState.minimumHeight)")[language],
                     Catalogue.Shell.quits(key: quit)[language]]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            let text = TextLayout.truncate(line, to: width)
            grid.put(text, x: max(0, (width - TextWidth.width(text)) / 2), y: top + i, style: i == 0 ? .warning : .normal)
        }
    }
}
