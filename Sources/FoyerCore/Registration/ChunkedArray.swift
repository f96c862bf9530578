/// An array stored as chunks of at most `chunkSize` elements.
///
/// Why: the store and the screen's state share one `Registry` (value semantics, copy-on-write). With a
/// plain array, the first change after sharing copies every registrant — 100,000 of them, tens of
/// megabytes and milliseconds, on each check-in. Here a change copies the list of chunks (a few hundred
/// references) and the one chunk it touches.
@frozen public struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    @inlinable public static var chunkShift: Int { 9 }
    @inlinable public static var chunkSize: Int { 1 << chunkShift }

    @usableFromInline var chunks: [[Element]]
    @usableFromInline var _count: Int
    @inlinable public var count: Int { _count }

    @inlinable public init() { chunks = []; _count = 0 }

    @inlinable public init<S: Sequence>(_ elements: S) where S.Element == Element {
        self.init()
        for element in elements { append(element) }
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { _count }

    /// Walks chunk by chunk: no index arithmetic per element.
    @frozen public struct Iterator: IteratorProtocol {
        @usableFromInline let chunks: [[Element]]
        @usableFromInline var chunk = 0, offset = 0
        @inlinable init(_ chunks: [[Element]]) { self.chunks = chunks }
        @inlinable public mutating func next() -> Element? {
            while chunk < chunks.count {
                if offset < chunks[chunk].count { defer { offset += 1 }; return chunks[chunk][offset] }
                chunk += 1; offset = 0
            }
            return nil
        }
    }
    @inlinable public func makeIterator() -> Iterator { Iterator(chunks) }
    @inlinable public func index(after i: Int) -> Int { i + 1 }
    @inlinable public func index(before i: Int) -> Int { i - 1 }

    @inlinable public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < _count, "ChunkedArray index out of range")
            return chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
        }
        _modify {
            precondition(position >= 0 && position < _count, "ChunkedArray index out of range")
            yield &chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)]
        }
    }

    @inlinable public mutating func append(_ element: Element) {
        if _count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunk.append(element)
            chunks.append(chunk)
        } else {
            chunks[chunks.count - 1].append(element)
        }
        _count += 1
    }

    /// Removes one element, shifting the later ones down. O(n): deleting for good is rare.
    @discardableResult
    @inlinable public mutating func remove(at position: Int) -> Element {
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
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}

extension ChunkedArray: ExpressibleByArrayLiteral {
    @inlinable public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension ChunkedArray: Encodable where Element: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for element in self { try container.encode(element) }
    }
}

extension ChunkedArray: Decodable where Element: Decodable {
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init()
        while !container.isAtEnd { append(try container.decode(Element.self)) }
    }
}
