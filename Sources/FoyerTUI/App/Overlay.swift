import FoyerCore

/// What is open over the pane: at most one overlay, which has the keys until it closes.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case confirm(Confirmation)
    case form(FormState)
    case find(LineEditor)
    case switcher(selected: Int)
    /// A possible duplicate found on save: open the existing record, or save anyway.
    case duplicate(DuplicateQuestion)
    /// Deleting for good: the code must be typed.
    case typedConfirm(TypedConfirmation)
    /// Repricing a category: do the unpaid keep their price (the default) or move to the new one?
    case reprice(RepriceQuestion)
    /// Why a check-in is undone.
    case reason(ReasonPrompt)
    /// Which file to import.
    case importPath(ImportPrompt)
    /// What an import would do; applied only on yes.
    case importPreview(ImportPreview)
    /// A save met another desk's change to the same fields (or the thing was deleted): theirs or mine.
    case conflict(ConflictQuestion)
    /// The event's first day changed: move the programme along?
    case dateMove(DateMoveQuestion)
    /// The event's contacts, speakers or objectives.
    case eventList(EventListState)
}

extension Overlay {
    /// Each overlay's screen: its keys, its update and its drawing. A new overlay is a case above, its
    /// screen in a folder of its own, and one line here.
    var screen: any Screen {
        switch self {
        case .help(let scroll): return HelpScreen(scroll: scroll)
        case .confirm(let c): return ConfirmScreen(confirmation: c)
        case .form(let f): return FormScreen(state: f)
        case .find(let editor): return FindScreen(editor: editor)
        case .switcher(let selected): return SwitcherScreen(selected: selected)
        case .duplicate(let q): return DuplicateScreen(question: q)
        case .typedConfirm(let c): return TypedConfirmScreen(confirmation: c)
        case .reprice(let q): return RepriceScreen(question: q)
        case .reason(let p): return ReasonScreen(prompt: p)
        case .importPath(let p): return ImportPathScreen(prompt: p)
        case .importPreview(let p): return ImportPreviewScreen(preview: p)
        case .conflict(let q): return ConflictScreen(question: q)
        case .dateMove(let q): return DateMoveScreen(question: q)
        case .eventList(let l): return EventListScreen(state: l)
        }
    }
}
