import Foundation
import FoyerCore

/// Importing from the agenda (programme text) and registrants (CSV) panes: a path, a preview of what
/// would happen, and only on yes the import itself, through the store.
/// Which file to import: a path, then a preview (nothing is changed yet).
struct ImportPathScreen: Screen {
    var prompt: ImportPrompt
    func keyContext(_ s: AppState) -> KeyContext { .importPath }

    static func start(_ kind: ImportKind, _ s: inout AppState) {
        s.overlay = .importPath(ImportPrompt(kind: kind, path: LineEditor("", limit: 1000)))
    }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        var p = prompt
        switch p.path.prompt(input) {
        case .cancel: s.overlay = nil
        case .submit:
            let path = (p.path.text.trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath
            guard !path.isEmpty else { return [] }
            s.overlay = nil
            return [.previewImport(p.kind, path: path)]
        case .edited:
            s.overlay = .importPath(p)
        }
        return []
    }

    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let p = prompt
        let width = min(layout.width - 4, 72), height = 6
        let (x, y) = DialogView.box(width: width, height: height, layout, into: &grid)
        grid.put(" " + p.kind.title[s.language] + " ", x: x + 2, y: y, style: .title, maxWidth: width - 4)
        grid.put(Catalogue.Dialogs.file[s.language], x: x + 3, y: y + 2, style: .heading)
        let cursor = DialogView.field(p.path, x: x + 9, y: y + 2, width: width - 12, into: &grid)
        grid.put(DialogView.hintLine(s.screens.keys, .importPath, s.language), x: x + 3, y: y + 4, style: .quiet, maxWidth: width - 6)
        return cursor
    }
}

/// What an import would do, scrollable; applied only on yes, and only if the file is unchanged.
struct ImportPreviewScreen: Screen {
    var preview: ImportPreview
    func keyContext(_ s: AppState) -> KeyContext { .preview }

    func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        var p = preview
        let visible = max(1, s.height - 6)
        let limit = ListScroll.limit(count: p.lines.count, visible: visible)
        switch input.command {
        case .apply?:
            guard p.canApply else { s.say(Catalogue.Dialogs.nothingImportable, .warning); return [] }
            s.overlay = nil
            return [.applyImport(p.kind, path: p.path, digest: p.digest, baseProgramme: p.baseProgramme)]
        case .cancel?:
            s.overlay = nil
            s.say(Catalogue.Dialogs.nothingImported, .info)
        case let command?:
            if let scroll = ListScroll.scrolled(p.scroll, by: command, page: max(1, visible - 1), limit: { limit }) { p.scroll = scroll }
            s.overlay = .importPreview(p)
        case nil:
            break
        }
        return []
    }
}

extension ImportPreviewScreen {
    func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        let p = preview
        let width = layout.width - 2, height = layout.height - 2
        let x = 1, y = 1
        grid.fill(x: x, y: y, width: width, height: height)
        grid.box(x: x, y: y, width: width, height: height)
        grid.put(Catalogue.Dialogs.preview(p.kind.title)[s.language], x: x + 2, y: y, style: .title, maxWidth: width - 4)
        // Lines of what is left out are quiet (told apart by their English, the same line in either language).
        ScrolledText.draw(p.lines.map { StyledLine($0[s.language], $0.en.hasPrefix("skipped") || $0.en.contains("reject") ? .quiet : .normal) },
                          scroll: p.scroll, x: x + 2, y: y + 1, width: width - 4, height: height - 3, into: &grid)
        let keys = s.screens.keys
        let scroll = Catalogue.Dialogs.scroll(keys.keyName(.moveUp, in: .preview) + keys.keyName(.moveDown, in: .preview))[s.language]
        let footer = p.canApply ? " " + DialogView.hintLine(keys, .preview, s.language) + Glyphs.current.joiner + scroll + " "
                                : Catalogue.Dialogs.nothingHereImportable[s.language] + Glyphs.current.joiner + (keys.binding(.cancel, in: .preview)?.keys.last?.label ?? "") + " "
        grid.put(footer, x: x + 2, y: y + height - 1, style: p.canApply ? .key : .warning, maxWidth: width - 4)
        return nil
    }
}
