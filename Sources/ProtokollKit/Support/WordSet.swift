/// A fixed set of words, looked up by their UTF-8 bytes without making a String of each word.
/// Prefilters ask "does this sentence hold any of these words?" for every sentence of a document;
/// a `Set<String>` lookup per word allocated a String and hashed it with SipHash, which made the
/// prefilters as costly as the checks they guard.
struct WordSet: Sendable {
    /// Open addressing: a slot holds an index into `words` plus one, or 0 when empty.
    private let slots: [Int32]
    private let words: [[UInt8]]
    private let mask: Int
    private let shortest: Int
    private let longest: Int

    init<S: Sequence>(_ words: S) where S.Element == String {
        let unique = Array(Set(words)).map { Array($0.utf8) }.filter { !$0.isEmpty }
        var capacity = 16
        while capacity < unique.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, word) in unique.enumerated() {
            var slot = Int(truncatingIfNeeded: word.withUnsafeBufferPointer(FNV1a.hash)) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        self.words = unique
        self.mask = capacity - 1
        shortest = unique.map(\.count).min() ?? 0
        longest = unique.map(\.count).max() ?? 0
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8(contains)
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        var slot = Int(truncatingIfNeeded: FNV1a.hash(word)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            if words[entry - 1].elementsEqual(word) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// True when `text` ends with one of the words, compared byte by byte: "kommundirektor" ends
    /// with "direktor". One lookup per possible length instead of a comparison per word.
    func containsSuffix<S: StringProtocol>(of text: S) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(containsSuffix) { return found }
        var copy = String(text)
        return copy.withUTF8(containsSuffix)
    }

    private func containsSuffix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard shortest > 0 else { return false }
        var length = shortest
        while length <= longest, length <= bytes.count {
            if contains(UnsafeBufferPointer(rebasing: bytes[(bytes.count - length)...])) { return true }
            length += 1
        }
        return false
    }

    /// True when one of the runs of word bytes in `text` (as `isWordByte` draws them), at least
    /// `minimumLength` bytes long, is in the set.
    func containsAnyWord(of text: String, minimumLength: Int = 1, isWordByte: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            var index = 0
            let count = bytes.count
            while index <= count {
                if index < count, isWordByte(bytes[index]) {
                    index += 1
                    continue
                }
                if index - start >= minimumLength, contains(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return true }
                index += 1
                start = index
            }
            return false
        }
    }
}
