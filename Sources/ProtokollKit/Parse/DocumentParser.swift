public enum DocumentParser {
    public static func parse(_ lines: [SourceLine], kind: DocumentKind) -> ProtokollDocument {
        ProtokollDocument(id: "", kind: kind, title: lines.first?.text ?? "", source: SourceInfo(file: "", sha256: "", encoding: "", bytes: 0))
    }
}
