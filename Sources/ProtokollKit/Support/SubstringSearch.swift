/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `contains(_:)` on Linux go through
/// CFString with Unicode folding and were most of the parse time; these compare bytes, which is
/// exact for the already folded or literal text the parser searches.
extension StringProtocol {
    /// The first range of `needle` at or after `from`.
    func find(_ needle: String, from: Index? = nil) -> Range<Index>? {
        let bytes = utf8
        var needleBytes = needle.utf8.makeIterator()
        guard let first = needleBytes.next() else { return nil }
        let rest = Array(needle.utf8.dropFirst())
        var i = from ?? startIndex
        let end = endIndex
        while i < end {
            if bytes[i] == first {
                var j = bytes.index(after: i)
                var matched = true
                for byte in rest {
                    guard j < end, bytes[j] == byte else { matched = false; break }
                    j = bytes.index(after: j)
                }
                if matched { return i..<j }
            }
            i = bytes.index(after: i)
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
