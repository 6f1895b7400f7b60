import Foundation

/// The one way documents are written and read, so golden files, archive and CLI agree byte for byte.
public enum DocumentJSON {
    /// Foundation's encoder with the contract's options: the reference `encode` is tested against.
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The document as `encoder(pretty:)` would write it, from a writer of its own (see `JSONOutput`).
    public static func encode(_ document: ProtokollDocument, pretty: Bool = true) throws -> Data {
        var output = JSONOutput(pretty: pretty)
        document.write(to: &output)
        return Data(output.bytes)
    }

    public static func encode(_ documents: [ProtokollDocument], pretty: Bool = true) throws -> Data {
        var output = JSONOutput(pretty: pretty)
        output.beginArray()
        for document in documents {
            output.item()
            document.write(to: &output)
        }
        output.endArray()
        return Data(output.bytes)
    }

    public static func decode(_ data: Data) throws -> ProtokollDocument {
        try JSONDecoder().decode(ProtokollDocument.self, from: data)
    }
}
