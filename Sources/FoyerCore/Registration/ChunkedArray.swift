/// An array stored as chunks of at most `chunkSize` elements.
///
/// Why: the store and the screen's state share one `Registry` (value semantics, copy-on-write). With a
/// plain array, the first change after sharing copies every registrant — 100,000 of them, tens of
/// megabytes and milliseconds, on each check-in. Here a change copies the list of chunks (a few hundred
/// references) and the one chunk it touches.
public struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    public static var chunkShift: Int { 9 }
    public static var chunkSize: Int { 1 << chunkShift }

    private var chunks: [[Element]]
    public private(set) var count: Int

    public init() { chunks = []; count = 0 }

    public init<S: Sequence>(_ elements: S) where S.Element == Element {
        self.init()
        for element in elements { append(element) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            return chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
        }
        _modify {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            yield &chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
        }
    }

    public mutating func append(_ element: Element) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunk.append(element)
            chunks.append(chunk)
        } else {
            chunks[chunks.count - 1].append(element)
        }
        count += 1
    }

    /// Removes one element, shifting the later ones down. O(n): deleting for good is rare.
    @discardableResult
    public mutating func remove(at position: Int) -> Element {
        var all = Array(self)
        let removed = all.remove(at: position)
        self = ChunkedArray(all)
        return removed
    }
}

extension ChunkedArray: Equatable where Element: Equatable {
    public static func == (a: ChunkedArray, b: ChunkedArray) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

extension ChunkedArray: Hashable where Element: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}

extension ChunkedArray: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}
