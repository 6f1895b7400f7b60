/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `contains(_:)` on Linux go through
/// CFString with Unicode folding and were most of the parse time; these compare bytes, which is
/// exact for the already folded or literal text the parser searches.
extension StringProtocol {
    /// The first range of `needle` at or after `from`.
    func find(_ needle: String, from: Index? = nil) -> Range<Index>? {
        let start = from ?? startIndex
        let needleBytes = Array(needle.utf8)
        guard let first = needleBytes.first else { return nil }
        let haystack = utf8
        let startOffset = haystack.distance(from: haystack.startIndex, to: start)
        // Native strings expose their UTF-8 storage: scan it as a buffer.
        let found: Int?? = haystack.withContiguousStorageIfAvailable { buffer -> Int? in
            let count = buffer.count, length = needleBytes.count
            guard length <= count else { return nil }
            var i = startOffset
            let last = count - length
            while i <= last {
                if buffer[i] == first {
                    var k = 1
                    while k < length, buffer[i + k] == needleBytes[k] { k += 1 }
                    if k == length { return i }
                }
                i += 1
            }
            return nil
        }
        if let found {
            guard let offset = found else { return nil }
            let lower = haystack.index(haystack.startIndex, offsetBy: offset)
            return lower..<haystack.index(lower, offsetBy: needleBytes.count)
        }
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

    func includes(_ needle: String) -> Bool { find(needle) != nil }

    /// Every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var position = startIndex
        while let range = find(target, from: position) {
            result += self[position..<range.lowerBound]
            result += replacement
            position = range.upperBound
        }
        result += self[position...]
        return result
    }
}
