import Foundation

/// Reads and writes `registrants.json` with the hand-written codec: JSONDecoder needed about 2 s and
/// 300 MB for 100,000 registrants.
///
/// Written compact, one registrant per line, `schemaVersion` first:
///
///     {"schemaVersion":1,"generation":3,"nextNumber":101,"registrants":[
///     {"checkInHistory":[],"code":"SAF-0001",…},
///     {"checkInHistory":[],"code":"SAF-0002",…}
///     ]}
///
/// so a line number in an error message points at one person, and a diff shows who changed. Any JSON
/// layout is read, including the pretty-printed files JSONEncoder wrote before.
enum SnapshotCodec {
    private static let keys: JSONKeys = ["generation", "nextNumber", "registrants", "schemaVersion"]

    // MARK: Reading

    /// Decodes a snapshot, checking its version as `StoredFiles.decode` does for the other files, and
    /// reporting problems in the same order the old two-pass JSONDecoder did: broken JSON first, then a
    /// missing, newer or impossible schemaVersion, then fields that are missing or wrong.
    /// `reached` is told how far reading has got, so the caller can drop the bytes behind.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String, supported: Int,
                       reached: (Int) -> Void = { _ in }) throws -> SnapshotFile {
        func corrupt(_ error: JSONError) -> StoreError {
            .corrupt(file: path, line: JSONError.line(of: error.offset, in: bytes), detail: error.phrase)
        }
        let decoded: (file: SnapshotFile, version: Int?)
        do {
            var r = JSONReader(bytes, interning: true)
            decoded = try document(&r, reached: reached)
            try r.expectEnd()
        } catch let error as JSONError {
            if error.kind == .syntax { throw corrupt(error) }
            // A field is wrong. If the version is newer, that is the better explanation: look for it alone,
            // the rest of the file unread (only its structure checked).
            let version: Int?
            do { version = try probeVersion(bytes) } catch let probe as JSONError { throw corrupt(probe) }
            try check(version, path: path, supported: supported)
            throw corrupt(error)
        }
        try check(decoded.version, path: path, supported: supported)
        return decoded.file
    }

    private static func check(_ version: Int?, path: String, supported: Int) throws {
        guard let version else {
            throw StoreError.corrupt(file: path, line: nil, detail: Catalogue.Store.noSchemaVersion)
        }
        guard version <= supported else { throw StoreError.newerSchema(file: path, found: version, supported: supported) }
        guard version >= 1 else { throw StoreError.corrupt(file: path, line: nil, detail: Catalogue.Store.notAVersion(version)) }
    }

    /// The whole file. A missing schemaVersion is returned as nil, not thrown, so it is reported as the
    /// old probe reported it.
    private static func document(_ r: inout JSONReader, reached: (Int) -> Void) throws -> (file: SnapshotFile, version: Int?) {
        var c = try r.beginObject("the file")
        var generation: Int?, nextNumber: Int?, registrants: ChunkedArray<Registrant>?, version: Int?
        while let k = try r.nextKey(&c, keys) {
            switch k {
            case 0: generation = try r.int("generation")
            case 1: nextNumber = try r.int("nextNumber")
            case 2: registrants = try Self.registrants(&r, expected: nextNumber, reached: reached)
            default: version = try r.optional { try $0.int("schemaVersion") }
            }
        }
        guard let version else { return (SnapshotFile(schemaVersion: 0, generation: 0, nextNumber: 0, registrants: []), nil) }
        guard let generation else { throw r.missing("generation", in: c) }
        guard let nextNumber else { throw r.missing("nextNumber", in: c) }
        guard let registrants else { throw r.missing("registrants", in: c) }
        return (SnapshotFile(schemaVersion: version, generation: generation, nextNumber: nextNumber, registrants: registrants), version)
    }

    /// The registrants array; an error names the registrant by position and, once read, code:
    /// `registrant 4711 (SAF-4711): "price" is missing`.
    private static func registrants(_ r: inout JSONReader, expected nextNumber: Int?, reached: (Int) -> Void) throws -> ChunkedArray<Registrant> {
        var c = try r.beginArray("registrants")
        // Chunks grow one at a time: no array doubling and copying, and the registry adopts it as it is.
        var out = ChunkedArray<Registrant>()
        var nextReport = r.pos + MappedFile.releaseStep
        let fields = Registrant.fields, codeBit: UInt64 = 1 << UInt64(fields.index(of: "code"))
        while try r.nextElement(&c) {
            var registrant = fields.blank, completed: UInt64 = 0
            do {
                try fields.read(&r, Registrant.storedName, into: &registrant, completed: &completed)
                out.append(registrant)
            } catch var error as JSONError {
                // The code, once read, names the person even when a field after it is wrong.
                let code = completed & codeBit != 0 ? registrant.code : nil
                let who = Catalogue.JSON.registrant(out.count + 1, code: code)
                error.path = error.path.isEmpty ? who : who + Phrase(verbatim: ", ") + error.path
                throw error
            }
            if r.pos >= nextReport { reached(r.pos); nextReport = r.pos + MappedFile.releaseStep }
        }
        return out
    }

    /// Only the top-level schemaVersion (absent or null is nil); every other value is skipped.
    private static func probeVersion(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Int? {
        var r = JSONReader(bytes)
        var c = try r.beginObject("the file")
        var version: Int?
        while try r.nextKey(&c, ["schemaVersion"]) != nil { version = try r.optional { try $0.int("schemaVersion") } }
        try r.expectEnd()
        return version
    }

    // MARK: Writing

    static func encode(_ snapshot: SnapshotFile, zone: TimeZone) -> [UInt8] {
        var w = JSONWriter(zone: zone, capacity: 256 + snapshot.registrants.count * 480)
        w.raw("{"); w.key("schemaVersion"); w.int(snapshot.schemaVersion)
        w.raw(","); w.key("generation"); w.int(snapshot.generation)
        w.raw(","); w.key("nextNumber"); w.int(snapshot.nextNumber)
        w.raw(","); w.key("registrants"); w.raw("[")
        for (i, registrant) in snapshot.registrants.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            registrant.write(to: &w)
        }
        w.raw("\n]}\n")
        return w.bytes
    }
}
