import FoyerCore

/// A form: labelled fields, one focused, each with its inline error. The programme item editor uses it
/// now and the registration form will too; `update` drives it, `FormView` draws it.
public struct Form: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case text(LineEditor)
        /// A choice among options (cycled with Space or ←/→).
        /// Options are phrases, so an open form redraws them in the other language after F8; the field's
        /// text (for "changed?") is the English one, the same in either language.
        case choice(options: [Phrase], index: Int)
        /// Several lines of text (a description), wrapped at the field's width.
        case area(TextArea)
    }

    public struct Field: Hashable, Sendable {
        public var id: String
        public var label: Phrase
        public var value: Value
        public var error: Phrase?
        /// A quiet note under the field ("HH:MM", "separate topics with ;").
        public var note: Phrase?

        public init(id: String, label: Phrase, value: Value, note: Phrase? = nil) {
            self.id = id; self.label = label; self.value = value; self.note = note
        }

        public var text: String {
            switch value {
            case .text(let editor): return editor.text
            case .area(let area): return area.text
            case .choice(let options, let index): return options.indices.contains(index) ? options[index].en : ""
            }
        }
    }

    public var title: Phrase
    public var fields: [Field]
    public var focus: Int = 0
    /// The values when the form opened: "discard changes?" is asked only when they differ. A conflict
    /// with another desk's save moves it to what is on disk now (`rebase`).
    private(set) var original: [String]
    /// Why the last save did not go through (a full disk, a broken file): shown in the form, which stays
    /// open with the typing kept.
    public var problem: Phrase?

    public init(title: Phrase, fields: [Field]) {
        self.title = title
        self.fields = fields
        self.original = fields.map(\.text)
    }

    public var isChanged: Bool { fields.map(\.text) != original }

    /// The text field `id` had when the form was opened (or last rebased).
    public func originalValue(_ id: String) -> String? { index(of: id).map { original[$0] } }

    /// After a conflict: the form as if opened on `current` (what is on disk now). A field this desk did
    /// not touch takes the current value; a field both changed takes theirs where `keepTheirs` says so
    /// and keeps this desk's typing otherwise.
    public mutating func rebase(on current: Form, keepTheirs: (String) -> Bool) {
        for i in fields.indices {
            guard let j = current.index(of: fields[i].id) else { continue }
            let theirs = current.fields[j]
            if fields[i].text == original[i] || (theirs.text != original[i] && keepTheirs(fields[i].id)) {
                fields[i].value = theirs.value
            }
        }
        original = fields.indices.map { i in current.index(of: fields[i].id).map { current.fields[$0].text } ?? original[i] }
        problem = nil
    }
    public func value(_ id: String) -> String { fields.first { $0.id == id }?.text ?? "" }
    public func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

    public mutating func setError(_ id: String, _ message: Phrase?) {
        if let i = index(of: id) { fields[i].error = message }
    }
    public mutating func clearErrors() { for i in fields.indices { fields[i].error = nil } }
    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    public mutating func moveFocus(_ delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    /// Gives an editing key to the focused field. Returns false when the field does not use it.
    /// `width` is the field's width on screen, which a multi-line field wraps at (↑ and ↓ move by row).
    @discardableResult
    public mutating func edit(_ key: Key, width: Int = 60) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        switch fields[focus].value {
        case .area(var area):
            guard area.handle(key, width: width) else { return false }
            fields[focus].value = .area(area)
            return true
        case .text(var editor):
            guard editor.handle(key) else { return false }
            fields[focus].value = .text(editor)
            return true
        case .choice(let options, let index):
            let delta: Int
            switch KeyTable.command(for: key, in: .choiceField) {
            case .edit(.nextChoice)?: delta = 1
            case .edit(.previousChoice)?: delta = -1
            default: return false
            }
            fields[focus].value = .choice(options: options, index: (index + delta + options.count) % options.count)
            return true
        }
    }
}
