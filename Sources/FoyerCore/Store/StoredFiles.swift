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

/// Reading and writing the whole-file formats, with the version checked before anything else.
enum StoredFiles {
    /// Decodes a versioned file that JSONDecoder builds (event.json: small, and a deep Codable tree; the
    /// snapshot has its own codec, `readSnapshot`). Every error comes from the store's reader and names
    /// the file, the line and what: the reader checks the whole text in one pass, refusing what
    /// JSONDecoder refuses before it decodes anything, and reads `schemaVersion` on the way; JSONDecoder
    /// then builds the value, and when it refuses, the reader finds the line of the coding path it names.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String, supported: Int) throws -> T {
        guard let text = JSONText.utf8(bytes) else {
            throw StoreError.corrupt(file: path, line: nil, detail: Catalogue.Store.utf16)
        }
        return try text.withUnsafeBufferPointer { buffer in
            func corrupt(_ error: JSONError) -> StoreError {
                .corrupt(file: path, line: JSONError.line(of: error.offset, in: buffer), detail: error.phrase)
            }
            var reader = JSONReader(buffer)
            let check: JSONDocumentCheck
            do { check = try reader.checkDocument(topLevel: "schemaVersion") } catch let error as JSONError { throw corrupt(error) }
            guard check.top < buffer.count, buffer[check.top] == UInt8(ascii: "{") else {
                throw corrupt(reader.contentError(Catalogue.Store.mustHoldObject(found: check.topKind), at: check.top))
            }
            let version: Int
            switch check.field {
            case .absent, .value(nil): throw StoreError.corrupt(file: path, line: nil, detail: Catalogue.Store.noSchemaVersion)
            case .wrong(let error): throw corrupt(error)
            case .value(let found?): version = found
            }
            guard version <= supported else { throw StoreError.newerSchema(file: path, found: version, supported: supported) }
            guard version >= 1 else { throw StoreError.corrupt(file: path, line: nil, detail: Catalogue.Store.notAVersion(version)) }
            do { return try JSONDecoder.foyer().decode(T.self, from: Data(bytes)) } catch {
                throw refusal(error, check: check, in: buffer, path: path)
            }
        }
    }

    /// JSONDecoder's refusal of a file the reader found well formed, with the line of the coding path it
    /// names. When it says only "not valid JSON" it has met a string or a number it could not read,
    /// without saying where: the first such one the reader noted is the one meant.
    private static func refusal(_ error: Error, check: JSONDocumentCheck, in buffer: UnsafeBufferPointer<UInt8>, path: String) -> StoreError {
        let context: DecodingError.Context?
        switch error as? DecodingError {
        case .dataCorrupted(let c)?, .typeMismatch(_, let c)?, .valueNotFound(_, let c)?, .keyNotFound(_, let c)?: context = c
        default: context = nil
        }
        if case .dataCorrupted(let c)? = error as? DecodingError, c.codingPath.isEmpty {
            guard let bad = check.unreadable else { return .corrupt(file: path, line: nil, detail: DecodingErrorText.describe(error)) }
            return .corrupt(file: path, line: JSONError.line(of: bad.offset, in: buffer), detail: bad.phrase)
        }
        var reader = JSONReader(buffer)
        let offset = context.flatMap { reader.offset(of: JSONPathStep.steps($0.codingPath)) }
        return .corrupt(file: path, line: offset.map { JSONError.line(of: $0, in: buffer) }, detail: DecodingErrorText.describe(error))
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
