import Foundation
import FoyerCore

/// Importing from the agenda (programme text) and registrants (CSV) panes: a path, a preview of what
/// would happen, and only on yes the import itself, through the store.
extension Update {
    static func startImport(_ kind: ImportKind, _ s: inout AppState) {
        s.overlay = .importPath(ImportPrompt(kind: kind, path: LineEditor("", limit: 1000)))
    }

    static func importPathKey(_ key: Key, _ prompt: ImportPrompt, _ s: inout AppState) -> [Effect] {
        var p = prompt
        switch key {
        case .escape: s.overlay = nil
        case .enter:
            let path = (p.path.text.trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath
            guard !path.isEmpty else { return [] }
            s.overlay = nil
            return [.previewImport(p.kind, path: path)]
        default:
            p.path.handle(key)
            s.overlay = .importPath(p)
        }
        return []
    }

    static func importPreviewKey(_ key: Key, _ preview: ImportPreview, _ s: inout AppState) -> [Effect] {
        var p = preview
        let visible = max(1, s.height - 6)
        let limit = max(0, p.lines.count - visible)
        switch KeyTable.command(for: key, in: .preview) {
        case .apply?:
            guard p.canApply else { s.say("Nothing in this file can be imported", .warning); return [] }
            s.overlay = nil
            return [.applyImport(p.kind, path: p.path, digest: p.digest, baseProgramme: p.baseProgramme)]
        case .cancel?:
            s.overlay = nil
            s.say("Nothing imported", .info)
        case let command?:
            if let scroll = scrolled(p.scroll, by: command, page: max(1, visible - 1), limit: { limit }) { p.scroll = scroll }
            s.overlay = .importPreview(p)
        case nil:
            break
        }
        return []
    }
}
