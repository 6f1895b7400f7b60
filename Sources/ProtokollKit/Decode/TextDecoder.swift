import Foundation

/// Bytes → normalised lines. Detection order: BOM, strict UTF-8, UTF-16 without BOM, Windows-1252,
/// ISO-8859-1; the encoding used is recorded, and double-encoded UTF-8 is repaired with a warning.
public enum TextDecoder {
    public struct Result: Sendable {
        public var lines: [SourceLine]
        public var encoding: SourceEncoding
        public var warnings: [Warning]
    }

    public static func decode(_ data: Data, fileName: String) throws(ParseError) -> Result {
        let bytes = [UInt8](data)
        guard bytes.contains(where: { !isWhitespaceByte($0) }) else { throw .empty(file: fileName) }
        var warnings: [Warning] = []
        guard let (rawText, encoding) = decodeText(bytes) else { throw .binary(file: fileName) }
        var text = rawText
        if looksBinary(text) { throw .binary(file: fileName) }
        if encoding == .utf8 || encoding == .utf8BOM, let repaired = repairDoubleEncoding(text) {
            text = repaired
            warnings.append(Warning(
                code: "double-encoded-utf8",
                message: "the text was UTF-8 encoded twice (\"Ã¤\" for \"ä\"); it was repaired", line: nil))
        } else if containsMojibake(text) {
            warnings.append(Warning(
                code: "mojibake", message: "the text contains double-encoded characters that could not be repaired",
                line: nil))
        }
        return Result(lines: TextNormalizer.lines(of: text), encoding: encoding, warnings: warnings)
    }

    static func decodeText(_ bytes: [UInt8]) -> (String, SourceEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes.dropFirst(3)
            if let text = String(validating: body, as: UTF8.self) { return (text, .utf8BOM) }
            return (String(decoding: body, as: UTF8.self), .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return containsZero(bytes) ? utf16WithoutBOM(bytes) : (text, .utf8)
        }
        if let guess = utf16WithoutBOM(bytes) { return guess }
        if containsZero(bytes) { return nil }
        if let text = String(data: Data(bytes), encoding: .windowsCP1252) { return (text, .windows1252) }
        // ISO-8859-1 maps every byte to the scalar of the same value, so it never fails: the last resort.
        return (String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })), .isoLatin1)
    }

    private static func containsZero(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    /// UTF-16 without a BOM shows as text with a zero byte in every other position.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> (String, SourceEncoding)? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(4096)
        var evenZeros = 0, oddZeros = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 } }
        let pairs = sample.count / 2
        if oddZeros * 10 >= pairs * 6 && evenZeros * 10 < pairs { return (utf16(bytes[...], littleEndian: true), .utf16LE) }
        if evenZeros * 10 >= pairs * 6 && oddZeros * 10 < pairs { return (utf16(bytes[...], littleEndian: false), .utf16BE) }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func isWhitespaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Text with many control characters is not a document, whatever it decoded as.
    private static func looksBinary(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // The first 8192 characters, counted as scalars: every byte that does not continue one.
            var controls = 0, total = 0
            var index = 0
            let count = bytes.count
            while index < count, total < 8192 {
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 {
                    total += 1
                    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
                    // U+FFFD, the replacement character: EF BF BD.
                    if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { controls += 1 }
                }
                index += 1
            }
            return total > 0 && controls * 20 > total
        }
    }

    /// Double-encoded UTF-8 shows as "Ã" (C3 83) followed by a character from C2 80–BF or E2 80 xx
    /// ("Ã¤", "Ã¥", "Ã¶", "Ã„"): a search for C3 83 finds it.
    static func containsMojibake(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 3, let base = bytes.baseAddress else { return false }
            var index = 0
            while index + 2 < count {
                guard let hit = memchr(base + index, 0xC3, count - 2 - index) else { return false }
                index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let next = bytes[index + 1], third = bytes[index + 2]
                if next == 0x83, third == 0xC2 || third == 0xE2 || third == 0xC5 { return true }
                index += 1
            }
            return false
        }
    }

    /// "Ã¤" is "ä" whose UTF-8 bytes were read as Windows-1252 and encoded again; reverse that.
    static func repairDoubleEncoding(_ text: String) -> String? {
        guard containsMojibake(text) else { return nil }
        guard let once = text.data(using: .windowsCP1252) ?? text.data(using: .isoLatin1),
              let repaired = String(data: once, encoding: .utf8) else { return nil }
        return containsMojibake(repaired) ? nil : repaired
    }
}
