import FoyerCore

public enum ImportKind: Hashable, Sendable {
    case programme, registrations
    public var title: Phrase { self == .programme ? Catalogue.Dialogs.importProgramme : Catalogue.Dialogs.importRegistrations }
}

public struct ImportPrompt: Hashable, Sendable {
    public var kind: ImportKind
    public var path: LineEditor
}

public struct ImportPreview: Hashable, Sendable {
    public var kind: ImportKind
    public var path: String
    /// The file's content as previewed: applying re-reads it and refuses if it changed meanwhile.
    public var digest: Int
    public var lines: [Phrase]
    public var scroll = 0
    public var canApply: Bool
    /// The programme the preview was made from: applying over another desk's programme edit made since
    /// is a conflict, not a silent loss.
    public var baseProgramme: [ProgrammeItem]?
    public init(kind: ImportKind, path: String, digest: Int, lines: [Phrase], canApply: Bool, baseProgramme: [ProgrammeItem]? = nil) {
        self.kind = kind; self.path = path; self.digest = digest; self.lines = lines; self.canApply = canApply
        self.baseProgramme = baseProgramme
    }
}
