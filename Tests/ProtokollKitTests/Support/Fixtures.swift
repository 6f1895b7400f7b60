import Foundation
@testable import ProtokollKit

/// The layout fixtures in `Tests/ProtokollKitTests/Fixtures/`, parsed as `protokoll parse` would.
enum Fixtures {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func document(_ name: String) throws -> ProtokollDocument {
        try ProtokollParser.parse(try Data(contentsOf: folder.appendingPathComponent(name)), fileName: name)
    }
}
