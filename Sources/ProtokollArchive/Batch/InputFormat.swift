import Foundation

/// What a file is, decided by its extension and checked against its first bytes, so that a PDF saved
/// as ".txt" is not parsed as text and a photo is named as a photo in the report.
public enum InputFormat: Sendable, Hashable, CustomStringConvertible {
    case text
    case markdown
    case docx
    case pdf
    /// Not a minutes format: `type` says what it is ("image/png", "unsupported extension .xlsx").
    case unsupported(type: String)

    public var description: String {
        switch self {
        case .text: "text"
        case .markdown: "markdown"
        case .docx: "docx"
        case .pdf: "pdf"
        case .unsupported(let type): type
        }
    }

    /// The external program this format needs, if any.
    public var tool: ExternalTool.Requirement? {
        switch self {
        case .docx: .unzip
        case .pdf: .pdftotext
        default: nil
        }
    }

    /// How many leading bytes `detect` looks at.
    public static let sniffLength = 16

    public static func detect(fileExtension: String, head: some Collection<UInt8>) -> InputFormat {
        let magic = Magic(head)
        switch fileExtension {
        case "txt", "text", "md", "markdown":
            // Content wins over a wrong name for formats that are certainly not text.
            if magic == .pdf { return .pdf }
            if let type = magic.mediaType { return .unsupported(type: "\(type) named .\(fileExtension)") }
            return fileExtension == "md" || fileExtension == "markdown" ? .markdown : .text
        case "docx":
            if magic == .zip { return .docx }
            if magic == .oleCompound { return .unsupported(type: "old Word format (.doc) named .docx") }
            return .unsupported(type: "not a ZIP file although named .docx")
        case "pdf":
            return magic == .pdf ? .pdf : .unsupported(type: "not a PDF file although named .pdf")
        case "":
            // No extension: text unless the first bytes say otherwise (minutes exported by old systems).
            if magic == .pdf { return .pdf }
            if let type = magic.mediaType { return .unsupported(type: "\(type) without an extension") }
            return .text
        default:
            if magic == .pdf { return .pdf }
            // Pictures are named by content (scans often carry odd extensions); anything else by extension.
            if magic.isImage, let type = magic.mediaType { return .unsupported(type: type) }
            if fileExtension == "doc" { return .unsupported(type: "old Word format .doc (save it as .docx)") }
            return .unsupported(type: "unsupported extension .\(fileExtension)")
        }
    }

    /// Signatures of the formats an archive folder typically holds besides minutes.
    enum Magic: Equatable {
        case pdf, zip, png, jpeg, gif, tiff, oleCompound, none

        init(_ head: some Collection<UInt8>) {
            let bytes = Array(head.prefix(InputFormat.sniffLength))
            func starts(_ signature: [UInt8]) -> Bool { bytes.starts(with: signature) }
            if starts(Array("%PDF-".utf8)) {
                self = .pdf
            } else if starts([0x50, 0x4B, 0x03, 0x04]) {
                self = .zip
            } else if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
                self = .png
            } else if starts([0xFF, 0xD8, 0xFF]) {
                self = .jpeg
            } else if starts(Array("GIF8".utf8)) {
                self = .gif
            } else if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
                self = .tiff
            } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                self = .oleCompound
            } else {
                self = .none
            }
        }

        var isImage: Bool { [.png, .jpeg, .gif, .tiff].contains(self) }

        var mediaType: String? {
            switch self {
            case .pdf: "application/pdf"
            case .zip: "application/zip"
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .gif: "image/gif"
            case .tiff: "image/tiff"
            case .oleCompound: "application/x-ole-storage (old Office format)"
            case .none: nil
            }
        }
    }
}
