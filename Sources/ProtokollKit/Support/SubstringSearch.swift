#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `contains(_:)` on Linux go through
/// CFString with Unicode folding and were most of the parse time; these compare bytes, which is
/// exact for the already folded or literal text the parser searches.
extension StringProtocol {
    /// The first range of `needle` at or after `from`.
    func find(_ needle: String, from: Index? = nil) -> Range<Index>? {
        let haystack = utf8
        let start = from ?? startIndex
        // Native strings and string literals expose their UTF-8 storage: scan both as buffers.
        let found: Int?? = needle.utf8.withContiguousStorageIfAvailable { needleBytes -> Int?? in
            haystack.withContiguousStorageIfAvailable { buffer -> Int? in
                let startOffset = haystack.distance(from: haystack.startIndex, to: start)
                return Self.firstOffset(of: needleBytes, in: buffer, from: startOffset)
            }
        } ?? nil
        if let found {
            guard let offset = found else { return nil }
            let lower = haystack.index(haystack.startIndex, offsetBy: offset)
            return lower..<haystack.index(lower, offsetBy: needle.utf8.count)
        }
        let needleBytes = Array(needle.utf8)
        guard let first = needleBytes.first else { return nil }
        var i = start
        let end = endIndex
        while i < end {
            if haystack[i] == first {
                var j = haystack.index(after: i)
                var matched = true
                for byte in needleBytes.dropFirst() {
                    guard j < end, haystack[j] == byte else { matched = false; break }
                    j = haystack.index(after: j)
                }
                if matched { return i..<j }
            }
            i = haystack.index(after: i)
        }
        return nil
    }

    private static func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from startOffset: Int
    ) -> Int? {
        let count = buffer.count, length = needle.count
        guard let first = needle.first, length <= count, startOffset >= 0, let base = buffer.baseAddress,
              let needleBase = needle.baseAddress else { return nil }
        // memchr looks for one byte of the needle, many bytes at a time. Not a space: needles like
        // " att " would stop at every word.
        var pivot = 0
        while pivot < length - 1, needle[pivot] == 0x20 { pivot += 1 }
        let pivotByte = Int32(needle[pivot])
        var i = startOffset
        let last = count - length
        while i <= last {
            guard let hit = memchr(base + i + pivot, pivotByte, last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - pivot
            if buffer[i] == first, memcmp(base + i, needleBase, length) == 0 { return i }
            i += 1
        }
        return nil
    }

    func includes(_ needle: String) -> Bool {
        let found: Bool?? = needle.utf8.withContiguousStorageIfAvailable { needleBytes -> Bool? in
            utf8.withContiguousStorageIfAvailable { Self.firstOffset(of: needleBytes, in: $0, from: 0) != nil }
        }
        if let found, let found { return found }
        return find(needle) != nil
    }

    /// Every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        // Most calls find nothing: the text is returned without being rebuilt.
        guard var range = find(target) else { return String(self) }
        var result = ""
        var position = startIndex
        while true {
            result += self[position..<range.lowerBound]
            result += replacement
            position = range.upperBound
            guard let next = find(target, from: position) else { break }
            range = next
        }
        result += self[position...]
        return result
    }
}

extension StringProtocol {
    /// `hasSuffix` by bytes. The word lists it is used with are folded ASCII, where bytes and
    /// characters agree; it is much cheaper than the character-wise `hasSuffix` of a Substring.
    func endsWithBytes(_ suffix: String) -> Bool {
        let bytes = utf8, suffixBytes = suffix.utf8
        let count = bytes.count, length = suffixBytes.count
        guard length <= count else { return false }
        return bytes.dropFirst(count - length).elementsEqual(suffixBytes)
    }

    /// `hasPrefix` by bytes; see `endsWithBytes`.
    func startsWithBytes(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}

extension StringProtocol {
    /// True when the UTF-8 of the text holds `byte`: memchr over the storage, many bytes at a time.
    /// Most prefilters ask this of every line ("is there a tab, a colon, a §?").
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? utf8.contains(byte)
    }
}
