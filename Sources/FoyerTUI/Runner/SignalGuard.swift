#if canImport(Glibc)
import Glibc
#endif

/// SIGTERM, SIGHUP (the terminal closed) and SIGINT only set a flag; the main loop sees it within one
/// poll, leaves through the normal path and restores the terminal. Every change is already on disk
/// when it is acknowledged, so nothing is lost.
enum SignalGuard {
    nonisolated(unsafe) static var received: Int32 = 0
    /// The backend's way to give the terminal back, for the crash handlers and `atexit`.
    nonisolated(unsafe) private static var restore: () -> Void = {}

    /// Restores the terminal through the backend registered with `install`.
    static func restoreTerminal() { restore() }

    static func install(restoring restore: @escaping () -> Void) {
        Self.restore = restore
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in SignalGuard.received = number }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0 // no SA_RESTART: the blocking read returns at once
            sigaction(signal, &action, nil)
        }
        // A crash (a Swift trap, a bad access) must not leave the terminal raw: restore it, then die as
        // the signal would have it, so the crash is still reported.
        for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalGuard.restoreTerminal()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0 // the handler itself restores the default before re-raising
            sigaction(signal, &action, nil)
        }
    }
}
