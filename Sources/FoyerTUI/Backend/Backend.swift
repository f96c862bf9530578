/// What the runner reads from the terminal: a key, a new size, nothing before the timeout, or that the
/// terminal is gone.
public enum BackendInput: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case none
    /// The terminal hung up (an SSH connection closed) and no SIGHUP reached foyer, as when it runs
    /// under su or runuser, which take the hang-up themselves: reads would end at once, for ever.
    case hungUp
}

/// The terminal as the runner sees it (ratatui's Backend): start and give it back, its size, keys in,
/// frames out. `NcursesBackend` drives a real terminal; `TestBackend` takes scripted keys and keeps what
/// would have been drawn, with the attributes the terminal would have been told.
public protocol Backend: AnyObject {
    /// Takes over the terminal. Throws, leaving it untouched, when it cannot.
    func start() throws
    /// Gives the terminal back. Safe to call more than once.
    func stop()
    var size: (width: Int, height: Int) { get }
    /// Waits at most `timeoutMilliseconds` for a key (or a resize); `.none` when nothing came, `.hungUp`
    /// when the terminal is gone.
    func read(timeoutMilliseconds: Int) -> BackendInput
    /// Shows the frame: its cells, their styles and the cursor.
    func draw(_ frame: Frame)
    /// The next `draw` repaints every cell, not only what changed (after Ctrl-L, or a garbled screen).
    func forceFullRedraw()
    /// Rings the terminal's bell (BEL; a flash where the terminal is set so).
    func bell()
    /// Restores the terminal from a signal handler or at exit, when there is no unwinding: it must need
    /// nothing but itself (see `SignalGuard`).
    var restoreTerminal: () -> Void { get }
}
