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
            throw StoreError.corrupt(file: path, line: JSONErrorLocation.line(of: error, in: bytes), detail: DecodingErrorText.describe(error))
        }
        guard let version = probe.schemaVersion else {
            throw StoreError.corrupt(file: path, line: nil, detail: "\"schemaVersion\" is missing; this is not a foyer file")
        }
        guard version <= supported else { throw StoreError.newerSchema(file: path, found: version, supported: supported) }
        guard version >= 1 else { throw StoreError.corrupt(file: path, line: nil, detail: "schemaVersion \(version) is not a version") }
        do { return try JSONDecoder.foyer().decode(T.self, from: data) } catch {
            throw StoreError.corrupt(file: path, line: JSONErrorLocation.line(of: error, in: bytes), detail: DecodingErrorText.describe(error))
        }
    }

    static func readEvent(_ path: String) throws -> Event {
        let file = try decode(EventFile.self, from: try POSIXFile.readAll(path), path: path, supported: EventFile.currentVersion)
        return file.event
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
