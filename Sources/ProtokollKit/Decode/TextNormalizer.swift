import Foundation

/// Normalises what Word and PDF exports leave in text: CRLF and CR line ends, non-breaking and
/// other special spaces, soft hyphens, zero-width characters, ligatures, and form feeds (which
/// become page starts on the following line). It reads UTF-8 bytes: this runs over every byte of
/// every file, and scalar-by-scalar appends were a visible share of a parse.
public enum TextNormalizer {
    public static func lines(of text: String) -> [SourceLine] {
        var text = text
        // Decomposed letters ("o" + U+0308 for "ö"), which PDFs made on a Mac and some OCR tools
        // write, are composed first: every later rule compares the composed forms byte by byte.
        if text.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        return text.withUTF8 { lines(ofUTF8: $0) }
    }

    private static let softHyphen: [UInt8] = [0xC2, 0xAD]

    private static func lines(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current: [UInt8] = []
        current.reserveCapacity(256)
        var number = 1
        var pendingPage = false
        var previousWasCR = false
        var lineHasSoftHyphen = false

        func finishLine() {
            while let last = current.last, last == 0x20 || last == 0x09 { current.removeLast() }
            // A soft hyphen that ends a line marks a word broken across lines: make it a visible
            // hyphen so the cleaner joins the halves; anywhere else it is invisible and goes.
            if lineHasSoftHyphen {
                let endsWithSoftHyphen = current.count >= 2 && current[current.count - 2] == 0xC2 && current[current.count - 1] == 0xAD
                if endsWithSoftHyphen { current.removeLast(2) }
                current = removingSoftHyphens(current)
                if endsWithSoftHyphen { current.append(UInt8(ascii: "-")) }
            }
            lines.append(SourceLine(number: number, text: String(decoding: current, as: UTF8.self), startsPage: pendingPage))
            pendingPage = false
            lineHasSoftHyphen = false
            current.removeAll(keepingCapacity: true)
        }

        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            let wasCR = previousWasCR
            previousWasCR = false
            if byte < 0x80 {
                // A run of printable ASCII and tabs, most of any text, is copied at once.
                if byte >= 0x20 && byte < 0x7F || byte == 0x09 {
                    var end = i + 1
                    while end < count, bytes[end] >= 0x20 && bytes[end] < 0x7F || bytes[end] == 0x09 { end += 1 }
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end
                    continue
                }
                i += 1
                switch byte {
                case 0x0A:
                    if wasCR { continue }
                    finishLine()
                    number += 1
                case 0x0D:
                    finishLine()
                    number += 1
                    previousWasCR = true
                case 0x0C:
                    // A form feed starts a new page; text after it on the same line belongs to that page.
                    if !current.isEmpty { finishLine() }
                    pendingPage = true
                case 0x09, 0x20..<0x7F:
                    current.append(byte)
                default:
                    continue  // other control characters
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            guard i + length <= count else {
                current.append(contentsOf: bytes[i..<count])
                break
            }
            var scalar = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
            var k = 1
            while k < length {
                scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F)
                k += 1
            }
            switch scalar {
            case 0x00A0, 0x2007, 0x202F, 0x2002, 0x2003, 0x2009, 0x200A, 0x3000:
                current.append(0x20)
            case 0x00AD:
                lineHasSoftHyphen = true
                current.append(contentsOf: softHyphen)
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060:
                break
            case 0xFB00: current.append(contentsOf: Array("ff".utf8))
            case 0xFB01: current.append(contentsOf: Array("fi".utf8))
            case 0xFB02: current.append(contentsOf: Array("fl".utf8))
            case 0xFB03: current.append(contentsOf: Array("ffi".utf8))
            case 0xFB04: current.append(contentsOf: Array("ffl".utf8))
            case 0x2028, 0x2029:
                finishLine()
            case 0xF000...0xF0FF:
                // Word's Symbol-font bullets ("" U+F0B7) come out in the private use area.
                current.append(contentsOf: Array("•".utf8))
            default:
                current.append(contentsOf: bytes[i..<(i + length)])
            }
            i += length
        }
        if !current.isEmpty || pendingPage { finishLine() }
        return lines
    }

    private static func removingSoftHyphens(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAD {
                i += 2
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
