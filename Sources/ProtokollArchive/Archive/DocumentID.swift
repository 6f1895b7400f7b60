/// Document ids become file names, so only what the parser derives from the SHA-256 of the source
/// is accepted: lower-case hex. Nothing from input text can put a "/" or ".." into a path.
public enum DocumentID {
    public static func isValid(_ id: String) -> Bool {
        id.utf8.count == 16 && isHex(id)
    }

    /// A prefix typed by a person (`protokoll show d13e`).
    public static func isValidPrefix(_ text: String) -> Bool {
        (4...16).contains(text.utf8.count) && isHex(text)
    }

    static func isHex(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The id the parser gives a source: the first 16 hex digits of its SHA-256.
    public static func of(sha256 hex: String) -> String {
        String(hex.prefix(16))
    }

    /// A source's file extension, reduced to what is safe in a file name.
    public static func safeExtension(_ ext: String) -> String {
        let cleaned = String(ext.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.prefix(8).map(Character.init))
        return cleaned.isEmpty ? "bin" : cleaned
    }
}
