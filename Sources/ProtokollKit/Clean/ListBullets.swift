/// "•  Anna Lindgren – Region Norrdalen", "-\tJohan Ek": a list bullet set off by a tab or by several
/// spaces, as Word and PDF exports write it. The gap after the bullet is not a column gap: the
/// line is tightened to "• Anna Lindgren – …", so that every later rule reads one list item.
enum ListBullets {
    /// The line with one space after its bullet, or nil when it has no bullet with a wide gap.
    static func tightened(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard let bulletEnd = bulletEnd(bytes, at: index) else { return nil }
            var gapEnd = bulletEnd
            while gapEnd < bytes.count, bytes[gapEnd] == 0x20 || bytes[gapEnd] == 0x09 { gapEnd += 1 }
            let gap = bytes[bulletEnd..<gapEnd]
            guard gapEnd < bytes.count, gap.count >= 2 || gap.first == 0x09 else { return nil }
            var tightened = Array(bytes[..<bulletEnd])
            tightened.append(0x20)
            tightened.append(contentsOf: bytes[gapEnd...])
            return String(decoding: tightened, as: UTF8.self)
        }
    }

    /// The end of a bullet at `index`: "•", "▪", "·", "–", "-", "*".
    private static func bulletEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x2D, 0x2A: return index + 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xB7: return index + 2
        case 0xE2 where index + 2 < bytes.count:
            let pair = (bytes[index + 1], bytes[index + 2])
            // • U+2022, – U+2013, ▪ U+25AA
            if pair == (0x80, 0xA2) || pair == (0x80, 0x93) || pair == (0x96, 0xAA) { return index + 3 }
            return nil
        default: return nil
        }
    }
}
