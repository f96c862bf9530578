/// Does the effects `update` asks for and says what came of them: the `EffectPerformer` through the
/// store, or the terminal app's, which also opens events and holds effects while the registrations load.
public protocol EffectPerforming: AnyObject {
    func perform(_ effect: Effect) -> EffectPerformer.Outcome
}

extension EffectPerformer: EffectPerforming {}

/// The loop at the heart of the app (bubbletea's Program): it holds the state, and `send` runs an action
/// through `update`, performs the effects, and feeds what they report back through `update` until
/// nothing more comes. The terminal app, the benchmark and the tests all run this one loop; only reading
/// keys and drawing are theirs.
///
/// Actions are taken in order; each one's effects are performed as soon as it is applied, and what they
/// report goes to the end of the queue. An effect the performer cannot do yet (`.wait`: the
/// registrations are still loading) is held and done right after `.registrantsLoaded`, before that
/// action's own effects.
public final class Program {
    public var state: AppState
    public var performer: any EffectPerforming
    /// Effects held until the registrations are in.
    public private(set) var waiting: [Effect] = []
    /// Whether an effect of the last `send` or `perform` asked for the whole screen to be drawn anew.
    public private(set) var fullRedrawAsked = false

    public init(state: AppState, performer: any EffectPerforming) {
        self.state = state
        self.performer = performer
    }

    /// Runs the action, and all that follows from it, through `update` and the performer.
    public func send(_ action: Action) { send([action]) }

    /// Runs the actions in order, and all that follows from them.
    public func send(_ actions: [Action]) {
        fullRedrawAsked = false
        settle(actions)
    }

    /// Each key as the terminal delivers them: one at a time, each settled before the next.
    public func press(_ keys: [Key]) {
        var redraw = false
        for key in keys {
            send(.key(key))
            redraw = redraw || fullRedrawAsked
        }
        fullRedrawAsked = redraw
    }

    /// Performs effects `update` already asked for (outside `send`), and all that follows from them.
    public func perform(_ effects: [Effect]) {
        fullRedrawAsked = false
        var queue: [Action] = []
        perform(effects, into: &queue)
        settle(queue)
    }

    /// Forgets the held effects: the event they were for was closed, or its registrations failed to
    /// load (the performer refuses what comes after with the reason).
    public func dropWaiting() { waiting = [] }

    /// The screen for the current state.
    public func render() -> Frame { RootView.render(state) }

    private func settle(_ actions: [Action]) {
        var queue = actions
        while !queue.isEmpty {
            let action = queue.removeFirst()
            let (next, effects) = Update.apply(state, action)
            state = next
            var todo = effects
            if case .registrantsLoaded = action, !waiting.isEmpty { todo = waiting + todo; waiting = [] }
            perform(todo, into: &queue)
        }
    }

    private func perform(_ effects: [Effect], into queue: inout [Action]) {
        for effect in effects {
            switch performer.perform(effect) {
            case .actions(let results): queue += results
            case .redraw: fullRedrawAsked = true
            case .wait: waiting.append(effect)
            // A bare EffectPerformer has nowhere to open another event; the terminal app's performer
            // opens it and reports the actions instead.
            case .nothing, .open: break
            }
        }
    }
}
