import FoyerCore

/// Where the terminal's cursor belongs: in the field being edited, if any.
public typealias Cursor = (x: Int, y: Int)

/// What reaches a screen: the key, and what the key table says it means in the screen's context (nil:
/// nothing there, so a text field may take it as typing).
public struct ScreenInput: Sendable {
    public let key: Key
    public let command: Command?
    public init(key: Key, command: Command?) { self.key = key; self.command = command }
}

/// One screen, as tig's views and htop's panels are: a pane or an overlay, with its key context and
/// bindings, its part of `update` and its drawing. `Update` routes a key to the screen on top and
/// `RootView` draws the pane, then the overlay; neither knows what any screen does.
///
/// A screen's own state is its value (an overlay's question, form or list) or, for a pane, the part
/// of `AppState` it names (`agenda`, `registrants`, … or `AppState.screenState` for a pane added from
/// outside). Its update reads the shared model (the event, the registry, the clock) from the state and
/// writes its own part, the overlay it opens and the status line's message.
public protocol Screen: Sendable {
    /// The context the next key is read in (a screen with modes has a context for each).
    func keyContext(_ s: AppState) -> KeyContext
    /// Acts on one key and returns the effects to perform (saving, opening): never I/O itself.
    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect]
    /// Draws into the grid; returns where the terminal cursor belongs, if anywhere.
    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor?
}

/// A screen shown as a tab: its name, its help page, and what it needs.
public protocol PaneScreen: Screen {
    var pane: Pane { get }
    /// The context of its help page (its main one).
    var helpContext: KeyContext { get }
    /// Rows it adds to the key table. The app's own panes keep theirs in the app's table
    /// (`KeyTable.appBindings`); a pane added from outside declares its keys here.
    var bindings: [KeyBinding] { get }
    /// It shows the registrations, so it waits (and says so) while they load.
    var needsRegistrants: Bool { get }
    /// Lines its header takes above the body (the agenda's long title takes two).
    func titleLines(_ s: AppState) -> Int
    /// The pane was brought to the front.
    func shown(_ s: inout AppState)
    /// A mouse click in its body.
    func click(x: Int, y: Int, _ s: inout AppState) -> [Effect]
}

extension PaneScreen {
    public var bindings: [KeyBinding] { [] }
    public var needsRegistrants: Bool { true }
    public func titleLines(_ s: AppState) -> Int { 1 }
    public func shown(_ s: inout AppState) {}
    public func click(x: Int, y: Int, _ s: inout AppState) -> [Effect] { [] }
    public func keyContext(_ s: AppState) -> KeyContext { helpContext }
}
