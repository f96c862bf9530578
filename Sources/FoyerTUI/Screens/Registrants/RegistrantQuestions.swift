import FoyerCore

/// The questions the registrants pane asks before a change: a possible duplicate, a deletion for good.
public struct DuplicateQuestion: Hashable, Sendable {
    public var form: FormState
    public var existingCode: String
    public var message: Phrase
}

public struct TypedConfirmation: Hashable, Sendable {
    public var code: String
    public var typed: LineEditor
}
