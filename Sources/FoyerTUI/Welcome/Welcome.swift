import Foundation
import FoyerCore

/// What Foyer opens on when the data directory holds no event at all: a short welcome that offers a new
/// event or the sample events (or quitting), instead of an error. Its own small state, keys and update;
/// the new-event form is the switcher's (`NewEventForm`), drawn by `FormView`.
public struct WelcomeState: Hashable, Sendable {
    public enum Choice: Int, CaseIterable, Sendable {
        case newEvent, samples, quit
        var label: Phrase {
            switch self {
            case .newEvent: return Catalogue.Shell.createEvent
            case .samples: return Catalogue.Shell.loadSamples
            case .quit: return Catalogue.Shell.quit
            }
        }
    }
    public var width: Int
    public var height: Int
    public var folder: String
    public var selected = Choice.newEvent
    /// The new-event form, while it is open.
    public var form: Form?
    public var message: Phrase?
    /// The interface's language (F8 switches it here too, and the app opens in it).
    public var language: Language
    public init(width: Int, height: Int, folder: String, language: Language = .en) {
        self.width = width; self.height = height; self.folder = folder; self.language = language
    }
}

public enum Welcome {
    /// What the welcome asks the runner to do.
    public enum Outcome: Equatable { case none, create(Event), loadSamples, quit }

    public static func update(_ state: WelcomeState, _ key: Key) -> (WelcomeState, Outcome) {
        var s = state
        if KeyTable.command(for: key, in: .global) == .forceQuit { return (s, .quit) }
        if KeyTable.command(for: key, in: .welcome) == .switchLanguage { s.language = s.language.other; return (s, .none) }
        if var form = s.form {
            // As in every form: a field's reason is given as it is left, and follows the typing once shown.
            func recheck(_ form: inout Form) {
                guard let field = form.fields[safe: form.focus] else { return }
                form.setError(field.id, NewEventForm.made(from: form, copying: nil, existing: []).problems[field.id])
            }
            if form.edit(key, width: FormView.fieldWidth(form, ScreenLayout(width: s.width, height: s.height), s.language)) {
                if form.fields[safe: form.focus]?.error != nil { recheck(&form) }
                form.offerZones()
                s.form = form
                return (s, .none)
            }
            switch KeyTable.command(for: key, in: .form) {
            case .nextField?, .previousField?:
                recheck(&form)
                form.moveFocus(KeyTable.command(for: key, in: .form) == .nextField ? 1 : -1)
            case .submitField? where form.focus < form.fields.count - 1:
                recheck(&form)
                form.moveFocus(1)
            case .save?, .submitField?:
                let (event, errors) = NewEventForm.made(from: form, copying: nil, existing: [])
                form.clearErrors()
                for (id, message) in errors { form.setError(id, message) }
                if let event { s.form = form; return (s, .create(event)) }
                form.focus = form.fields.firstIndex { $0.error != nil } ?? form.focus
            case .cancel?:
                s.form = nil
                return (s, .none)
            default: break
            }
            s.form = form
            return (s, .none)
        }
        switch KeyTable.command(for: key, in: .welcome) {
        case .moveUp?: s.selected = WelcomeState.Choice(rawValue: max(0, s.selected.rawValue - 1))!
        case .moveDown?: s.selected = WelcomeState.Choice(rawValue: min(WelcomeState.Choice.allCases.count - 1, s.selected.rawValue + 1))!
        case .submitField?:
            switch s.selected {
            case .newEvent:
                let zone = TimeZone.current.identifier
                s.form = NewEventForm.make(copying: nil, zone: EventDetailsCheck.isKnownZone(zone) ? zone : nil)
            case .samples: return (s, .loadSamples)
            case .quit: return (s, .quit)
            }
        case .cancel?: return (s, .quit)
        default: break
        }
        return (s, .none)
    }

    public static func render(_ s: WelcomeState) -> Frame {
        var grid = ScreenGrid(width: s.width, height: s.height)
        let layout = ScreenLayout(width: s.width, height: s.height)
        guard s.width >= AppState.minimumWidth, s.height >= AppState.minimumHeight else {
            TooSmallView.draw(width: s.width, height: s.height, language: s.language, into: &grid)
            return Frame(grid: grid, cursor: nil)
        }
        let l = s.language
        grid.put(Catalogue.Shell.welcomeTitle[l], x: 2, y: 1, style: .title)
        var y = 3
        for line in TextLayout.wrap(Catalogue.Shell.noEventYet(folder: s.folder)[l], to: s.width - 4) {
            grid.put(line, x: 2, y: y); y += 1
        }
        y += 1
        for choice in WelcomeState.Choice.allCases {
            let selected = choice == s.selected && s.form == nil
            grid.put(TextLayout.fit((selected ? String(Glyphs.current.pointer) + " " : "  ") + choice.label[l], to: s.width - 4), x: 2, y: y, style: selected ? .selected : .normal)
            y += 1
        }
        y += 1
        grid.put(TextLayout.truncate(Catalogue.Shell.fromTheCommandLine[l], to: s.width - 4), x: 2, y: y, style: .quiet)
        var cursor: (x: Int, y: Int)?
        if let form = s.form { cursor = FormView.draw(form, layout, l, into: &grid) }
        let hints = s.form == nil ? KeyTable.hints(for: .welcome) : KeyTable.hints(for: .form)
        let text = s.message?[l] ?? hints.map { ($0.keys.first?.name(in: l) ?? "") + " " + ($0.hint?[l] ?? "") }.joined(separator: "  ")
        grid.put(TextLayout.truncate(text, to: s.width - 2), x: 1, y: s.height - 1, style: s.message == nil ? .quiet : .warning)
        return Frame(grid: grid, cursor: cursor)
    }
}
