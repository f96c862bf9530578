import FoyerCore

/// The first day changed while the programme has items: do they move along (the default) or stay?
public struct DateMoveQuestion: Hashable, Sendable {
    public var form: FormState
    public var from: LocalDate
    public var to: LocalDate
    public var items: Int
}
