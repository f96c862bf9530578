/// One step of a coding path: a key in an object, or an index in an array.
enum JSONPathStep: Equatable {
    case key(String)
    case index(Int)

    /// A Codable coding path as steps: a key with an integer value is an array index.
    static func steps(_ path: [CodingKey]) -> [JSONPathStep] {
        path.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }
}

extension JSONReader {
    /// Where the value at `path` starts, in a document `checkDocument` accepted: JSONDecoder names the
    /// coding path of what it refuses, this finds its line. Of repeated keys the first is taken, as
    /// JSONDecoder does; nil when the path is not there.
    mutating func offset(of path: [JSONPathStep]) -> Int? {
        var ignored = JSONDocumentCheck(top: pos, topKind: .empty)
        for step in path {
            skipWhitespace()
            guard pos < end else { return nil }
            switch step {
            case .key(let name):
                guard bytes[pos] == UInt8(ascii: "{"), (try? seek(key: name, &ignored)) == true else { return nil }
            case .index(let index):
                guard bytes[pos] == UInt8(ascii: "["), (try? seek(index: index, &ignored)) == true else { return nil }
            }
        }
        skipWhitespace()
        return pos
    }

    /// At `{`: moves to the value of the first `name`; false when the object has none.
    private mutating func seek(key name: String, _ scratch: inout JSONDocumentCheck) throws -> Bool {
        pos += 1
        while true {
            skipWhitespace()
            guard pos < end, bytes[pos] != UInt8(ascii: "}") else { return false }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            let quote = pos
            _ = try scanString()
            let close = pos - 1
            skipWhitespace()
            guard pos < end, bytes[pos] == UInt8(ascii: ":") else { return false }
            pos += 1
            if text(from: quote, to: close) == name { return true }
            try scanValue(&scratch)
        }
    }

    /// At `[`: moves to element `index`; false when the array is shorter.
    private mutating func seek(index: Int, _ scratch: inout JSONDocumentCheck) throws -> Bool {
        var cursor = try beginArray("the value")
        var i = 0
        while try nextElement(&cursor) {
            if i == index { return true }
            try scanValue(&scratch)
            i += 1
        }
        return false
    }
}
