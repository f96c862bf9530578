#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One issued receipt, as `receipts.jsonl` records it.
struct ReceiptRecord: Codable, Hashable, Sendable {
    var number: Int
    var code: String
    var time: Date
    var desk: String
}

/// The first line of `receipts.jsonl`.
struct ReceiptLogHeader: Codable, Hashable, Sendable {
    static let currentVersion = 1
    var foyerReceipts: Int
}

extension EventStore {
    public static let receiptsFileName = "receipts.jsonl"
    var receiptsPath: String { folder + "/" + Self.receiptsFileName }

    /// Issues the next receipt for a registrant. Under the event's exclusive lock it catches up with the
    /// other desks, takes the highest number in `receipts.jsonl` plus one, appends a line for it and
    /// fsyncs; only then does it return. So no number is ever handed out twice, by any desk or process.
    ///
    /// A half-written last line (a crash while issuing) counts as used: its number is not known, so one
    /// number is skipped, and the fragment is moved aside to `receipts.jsonl.torn-…`. A newer header or a
    /// line that cannot be read throws a `StoreError` naming the file and line, and nothing is written.
    /// The receipt is in `language`, else the event's own.
    public func issueReceipt(code: String, language: Language? = nil) throws -> Receipt {
        // A code nobody has is refused before anything is locked or created.
        try refresh()
        guard registry[code] != nil else { throw StoreError.rejected(.unknownCode(code)) }
        return try lock.withLock(exclusive: true) {
            _ = try writableJournal() // catch up: another desk may have just recorded a payment
            guard let registrant = registry[code] else { throw StoreError.rejected(.unknownCode(code)) }
            // A receipt states the category and its VAT rate: neither is known yet.
            guard !registrant.needsCategory else {
                throw StoreError.rejected(.invalid(Catalogue.ReceiptLog.chooseCategoryFirst(code: code, name: registrant.fullName, mark: FeeCategory.toChooseName)))
            }
            let log = try ReceiptLogFile(path: receiptsPath)
            defer { log.close() }
            let number = try log.nextNumber()
            let time = clock.now()
            try log.append(ReceiptRecord(number: number, code: code, time: time, desk: desk), zone: event.timeZone)
            return Receipt(number: number, issuedAt: time, event: event, registrant: registrant, language: language)
        }
    }
}

/// `receipts.jsonl`, opened with the event's lock held. Created 0600 with a header line; each issued
/// receipt is one appended, fsync'ed line.
final class ReceiptLogFile {
    let path: String
    private var fd: Int32
    /// Where the next line goes: the end of the last complete line.
    private var end: UInt64 = 0
    private var highest = 0
    private var hasHeader = false
    private var created = false

    init(path: String) throws {
        self.path = path
        var fd = POSIXFile.openData(path, O_RDWR)
        if fd < 0 && errno == ENOENT {
            fd = POSIXFile.openData(path, O_RDWR | O_CREAT | O_EXCL)
            created = fd >= 0
        }
        guard fd >= 0 else { throw POSIXFile.openError(path, Catalogue.Store.openIt) }
        self.fd = fd
    }
    func close() { if fd >= 0 { _ = Glibc.close(fd); fd = -1 } }
    deinit { close() }

    /// Reads every line and returns the number the next receipt gets. Throws, without writing anything,
    /// when the header is newer than this foyer or a complete line cannot be read.
    func nextNumber() throws -> Int {
        let bytes = try POSIXFile.readAll(fd: fd, path: path, from: 0)
        let decoder = JSONDecoder.foyer()
        var start = 0, lineNumber = 0
        while let newline = bytes[start...].firstIndex(of: 10) {
            lineNumber += 1
            let line = bytes[start..<newline]
            start = newline + 1
            if lineNumber == 1 {
                let header: ReceiptLogHeader
                do { header = try decoder.decode(ReceiptLogHeader.self, from: Data(line)) } catch {
                    throw StoreError.corrupt(file: path, line: 1, detail: Catalogue.ReceiptLog.notAHeader(DecodingErrorText.describe(error)))
                }
                if header.foyerReceipts > ReceiptLogHeader.currentVersion {
                    throw StoreError.newerSchema(file: path, found: header.foyerReceipts, supported: ReceiptLogHeader.currentVersion)
                }
                hasHeader = true
                continue
            }
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            let record: ReceiptRecord
            do { record = try decoder.decode(ReceiptRecord.self, from: Data(line)) } catch {
                throw StoreError.corrupt(file: path, line: lineNumber, detail: DecodingErrorText.describe(error))
            }
            guard record.number > 0 else {
                throw StoreError.corrupt(file: path, line: lineNumber, detail: Catalogue.ReceiptLog.notAPositiveNumber(record.number))
            }
            highest = max(highest, record.number)
        }
        end = UInt64(start)
        let tail = Array(bytes[start...])
        guard !tail.isEmpty else { return highest + 1 }
        // The lock is held, so nobody is writing: these bytes were torn by a crash. Whatever number that
        // line had was never handed out, but it is not reused either.
        let aside = path + ".torn-" + String(Int(Date().timeIntervalSince1970)) + "-" + String(getpid())
        try POSIXFile.writeAtomically(tail, to: aside)
        guard ftruncate(fd, off_t(end)) == 0, fsync(fd) == 0 else {
            throw POSIXFile.ioError(path, Catalogue.Store.cutTornLine)
        }
        return highest + (hasHeader ? 2 : 1)
    }

    /// Appends the record (after the header, for a new file) and fsyncs. On failure the file is cut back
    /// to where it was, so no half line is left behind.
    func append(_ record: ReceiptRecord, zone: TimeZone) throws {
        var bytes: [UInt8] = []
        if !hasHeader {
            bytes += try JSONEncoder.foyer(zone: zone, pretty: false).encode(ReceiptLogHeader(foyerReceipts: ReceiptLogHeader.currentVersion))
            bytes.append(10)
        }
        bytes += try JSONEncoder.foyer(zone: zone, pretty: false).encode(record)
        bytes.append(10)
        do {
            guard lseek(fd, off_t(end), SEEK_SET) >= 0 else { throw POSIXFile.ioError(path, Catalogue.ReceiptLog.seekToEnd) }
            try POSIXFile.writeAll(fd: fd, bytes: bytes, path: path)
            guard fsync(fd) == 0 else { throw POSIXFile.ioError(path, Catalogue.Store.syncToDisk) }
        } catch {
            _ = ftruncate(fd, off_t(end))
            throw error
        }
        if created { try POSIXFile.fsyncDirectory((path as NSString).deletingLastPathComponent) }
        end += UInt64(bytes.count)
        hasHeader = true
    }
}
