import Foundation

/// The one way documents are written and read, so golden files, archive and CLI agree byte for byte.
public enum DocumentJSON {
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func encode(_ document: ProtokollDocument, pretty: Bool = true) throws -> Data {
        try encoder(pretty: pretty).encode(document)
    }

    public static func encode(_ documents: [ProtokollDocument], pretty: Bool = true) throws -> Data {
        try encoder(pretty: pretty).encode(documents)
    }

    public static func decode(_ data: Data) throws -> ProtokollDocument {
        try JSONDecoder().decode(ProtokollDocument.self, from: data)
    }
}
