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
            TooSmallView.draw(width: state.width, height: state.height, into: &grid)
            return Frame(grid: grid, cursor: nil)
        }
        let layout = state.layout
        TabBar.draw(state, layout, into: &grid)
        if state.pane != .agenda, let load = state.registrantsLoad {
            LoadingView.draw(load, layout, into: &grid)
        } else {
            drawPane(state, layout, into: &grid)
        }
        var cursor: (x: Int, y: Int)?
        switch state.overlay {
        case .help(let scroll)?: HelpView.draw(context: state.pane.keyContext, deskOnly: state.deskOnly, scroll: scroll, layout, into: &grid)
        case .form(let fs)?: cursor = FormView.draw(fs.form, layout, into: &grid)
        case .confirm(let c)?: DialogView.confirm(c, layout, into: &grid)
        case .switcher(let selected)?: DialogView.switcher(state.events, current: state.event.id, selected: selected, layout, into: &grid)
        case .duplicate(let q)?: DialogView.duplicate(q, state: state, layout, into: &grid)
        case .typedConfirm(let c)?: cursor = DialogView.typedConfirm(c, state: state, layout, into: &grid)
        case .reprice(let q)?: DialogView.reprice(q, state: state, layout, into: &grid)
        case .reason(let p)?: cursor = DialogView.reason(p, layout, into: &grid)
        case .importPath(let p)?: cursor = DialogView.importPath(p, layout, into: &grid)
        case .importPreview(let p)?: DialogView.importPreview(p, layout, into: &grid)
        case .conflict(let q)?: ConflictView.draw(q, layout, into: &grid)
        case .eventList(let l)?: EventListView.draw(l, event: state.event, layout, into: &grid)
        case .dateMove(let q)?:
            DialogView.message("The first day moves from \(DateText.long(q.from)) to \(DateText.long(q.to)). Move the programme's \(q.items) items (and the deadline) along?", layout, into: &grid)
        case .find, nil: break
        }
        if state.overlay == nil, state.registrantsLoad == nil, state.pane == .checkIn {
            cursor = (CheckInView.fieldX + state.checkIn.query.visible(width: CheckInView.fieldWidth(layout) - 1).cursorColumn, 1)
        }
        if state.overlay == nil, state.registrantsLoad == nil, state.pane == .registrants, state.registrants.searching {
            cursor = (9 + state.registrants.query.visible(width: min(40, layout.width - 10) - 1).cursorColumn, 1)
        }
        let statusCursor = StatusLine.draw(state, layout, into: &grid)
        return Frame(grid: grid, cursor: cursor ?? statusCursor)
    }

    static func drawPane(_ state: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        switch state.pane {
        case .agenda:
            EventHeader.draw(state, layout, into: &grid)
            AgendaView.draw(state, layout, into: &grid)
        case .registrants:
            RegistrantsView.draw(state, layout, into: &grid)
        case .fees:
            FeesView.draw(state, layout, into: &grid)
        case .checkIn:
            CheckInView.draw(state, layout, into: &grid)
        }
    }
}

/// A pane that needs the registrations while they load (or when they could not be loaded).
enum LoadingView {
    static func draw(_ load: RegistrantsLoad, _ layout: ScreenLayout, into grid: inout ScreenGrid) {
        let y = layout.bodyTop + max(0, layout.bodyHeight / 2 - 2)
        let style: Style
        if case .failed = load { style = .error } else { style = .heading }
        grid.put(TextLayout.truncate(load.message, to: layout.width - 4), x: 2, y: y, style: style)
        let hint: String
        if case .failed = load { hint = "The agenda still works. Fix the file named above, then open foyer again." }
        else { hint = "The agenda works meanwhile; this pane fills in when they are in." }
        grid.put(TextLayout.truncate(hint, to: layout.width - 4), x: 2, y: y + 2, style: .quiet)
    }
}

/// Below 60x16 nothing else fits legibly: say so plainly, at any size down to 1x1.
public enum TooSmallView {
    public static func draw(width: Int, height: Int, into grid: inout ScreenGrid) {
        // The longest wording that fits: a narrow terminal still learns its size and what is needed.
        let size = "\(width)x\(height)"
        let first = ["terminal too small: " + size, "too small: " + size, size].first { TextWidth.width($0) <= width } ?? size
        let lines = [first, "need \(AppState.minimumWidth)x\(AppState.minimumHeight)", "q quits"]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            let text = TextLayout.truncate(line, to: width)
            grid.put(text, x: max(0, (width - TextWidth.width(text)) / 2), y: top + i, style: i == 0 ? .warning : .normal)
        }
    }
}
