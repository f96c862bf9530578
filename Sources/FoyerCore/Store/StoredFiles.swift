import Foundation

/// `event.json`: the event, its programme, speakers and fees.
struct EventFile: Codable {
    static let currentVersion = 1
    var schemaVersion: Int
    var event: Event
}

/// `registrants.json`: every registration as of one moment; the journal holds what came after.
struct SnapshotFile: Codable {
    static let currentVersion = 1
    var schemaVersion: Int
    /// Grows by one at each compaction; the journal names the generation it follows.
    var generation: Int
    var nextNumber: Int
    /// Chunked like the registry, which adopts it as it is: no second copy of 100,000 people.
    var registrants: ChunkedArray<Registrant>
}

private struct VersionProbe: Decodable { var schemaVersion: Int? }

/// Reading and writing the whole-file formats, with the version checked before anything else.
enum StoredFiles {
    /// Decodes a versioned file, refusing unknown versions and naming the file in every error. For
    /// event.json (small); the snapshot has its own codec (`readSnapshot`).
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String, supported: Int) throws -> T {
        let data = Data(bytes)
        let probe: VersionProbe
        do { probe = try JSONDecoder().decode(VersionProbe.self, from: data) } catch {
            if let located = syntaxError(in: bytes, path: path) { throw located }
            throw StoreError.corrupt(file: path, line: JSONErrorLocation.line(of: error, in: bytes), detail: DecodingErrorText.describe(error))
        }
        guard let version = probe.schemaVersion else {
            throw StoreError.corrupt(file: path, line: nil, detail: "\"schemaVersion\" is missing; this is not a foyer file")
        }
        guard version <= supported else { throw StoreError.newerSchema(file: path, found: version, supported: supported) }
        guard version >= 1 else { throw StoreError.corrupt(file: path, line: nil, detail: "schemaVersion \(version) is not a version") }
        do { return try JSONDecoder.foyer().decode(T.self, from: data) } catch {
            // Foundation finds some broken strings only when it decodes them, after the probe.
            if DecodingErrorText.describe(error).hasPrefix("not valid JSON"), let located = syntaxError(in: bytes, path: path) { throw located }
            throw StoreError.corrupt(file: path, line: JSONErrorLocation.line(of: error, in: bytes), detail: DecodingErrorText.describe(error))
        }
    }

    /// Foundation's parser says only "not valid JSON"; the store's own reader says what and on which line.
    /// It checks only the structure of values it skips, so bytes that are not UTF-8 (a file saved as
    /// Latin-1) and raw control characters in strings are looked for here. Nil when nothing is found
    /// (a trailing comma, which the store's reader allows and Foundation does not).
    private static func syntaxError(in bytes: [UInt8], path: String) -> StoreError? {
        bytes.withUnsafeBufferPointer { buffer in
            func at(_ offset: Int, _ detail: String) -> StoreError {
                .corrupt(file: path, line: JSONError.line(of: offset, in: buffer), detail: detail)
            }
            var r = JSONReader(buffer)
            do { try r.skipValue(); try r.expectEnd() } catch let error as JSONError {
                return at(error.offset, error.description)
            } catch { return nil }
            var parser = Unicode.UTF8.ForwardParser()
            var bytesLeft = buffer.makeIterator()
            var offset = 0
            scan: while true {
                switch parser.parseScalar(from: &bytesLeft) {
                case .valid(let scalar): offset += scalar.count
                case .error: return at(offset, String(format: "byte 0x%02X is not UTF-8; save the file as UTF-8", buffer[offset]))
                case .emptyInput: break scan
                }
            }
            func hex(_ i: Int) -> UInt32? {
                guard i + 4 <= buffer.count else { return nil }
                return UInt32(String(decoding: buffer[i..<(i + 4)], as: UTF8.self), radix: 16)
            }
            var inString = false, i = 0
            while i < buffer.count {
                let b = buffer[i]
                if b == UInt8(ascii: "\"") { inString.toggle() }
                else if inString && b < 0x20 { return at(i, String(format: "a control character (byte 0x%X) inside a string must be escaped", b)) }
                else if inString && b == UInt8(ascii: "\\") {
                    guard i + 1 < buffer.count, Array("\"\\/bfnrtu".utf8).contains(buffer[i + 1]) else { return at(i, "a backslash in a string must start an escape such as \\n or \\\"") }
                    if buffer[i + 1] == UInt8(ascii: "u") {
                        guard let unit = hex(i + 2) else { return at(i, "\\u needs four hex digits") }
                        if (0xDC00...0xDFFF).contains(unit) { return at(i, "\\u escape of a lone low surrogate") }
                        if (0xD800...0xDBFF).contains(unit) {
                            guard i + 7 < buffer.count, buffer[i + 6] == UInt8(ascii: "\\"), buffer[i + 7] == UInt8(ascii: "u"),
                                  let low = hex(i + 8), (0xDC00...0xDFFF).contains(low) else { return at(i, "\\u escape of a lone high surrogate") }
                            i += 6
                        }
                        i += 4
                    }
                    i += 1
                }
                i += 1
            }
            return nil
        }
    }

    static func readEvent(_ path: String) throws -> Event {
        try decodeEvent(try POSIXFile.readAll(path), path: path)
    }

    static func decodeEvent(_ bytes: [UInt8], path: String) throws -> Event {
        try decode(EventFile.self, from: bytes, path: path, supported: EventFile.currentVersion).event
    }

    static func encodeEvent(_ event: Event) throws -> [UInt8] {
        let data = try JSONEncoder.foyer(zone: event.timeZone).encode(EventFile(schemaVersion: EventFile.currentVersion, event: event))
        return Array(data) + [10]
    }

    /// Reads `registrants.json` through a mapping with the hand-written codec (SnapshotCodec), giving
    /// the pages back as it goes, so that peak memory is the registrants and not the file as well.
    static func readSnapshot(_ path: String) throws -> SnapshotFile {
        try MappedFile.withContents(of: path) { bytes, reached in
            try SnapshotCodec.decode(bytes, path: path, supported: SnapshotFile.currentVersion, reached: reached)
        }
    }

    static func encodeSnapshot(_ snapshot: SnapshotFile, zone: TimeZone) throws -> [UInt8] {
        SnapshotCodec.encode(snapshot, zone: zone)
    }
}

/// Foundation's JSON errors mention a byte offset or a line only sometimes; when they give an offset we
/// turn it into a line number.
enum JSONErrorLocation {
    static func line(of error: Error, in bytes: [UInt8]) -> Int? {
        let text = String(describing: error)
        for marker in ["line ", "Line "] {
            if let r = text.range(of: marker) {
                let digits = text[r.upperBound...].prefix { $0.isNumber }
                if let n = Int(digits) { return n }
            }
        }
        if let r = text.range(of: "offset ") ?? text.range(of: "character ") {
            let digits = text[r.upperBound...].prefix { $0.isNumber }
            if let offset = Int(digits), offset <= bytes.count {
                return bytes[..<offset].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            }
        }
        return nil
    }
}
