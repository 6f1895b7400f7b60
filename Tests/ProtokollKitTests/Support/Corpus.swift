import Foundation

/// The repository's `corpus/` folder and its expected outputs.
enum Corpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    static var expectedFolder: URL { root.appendingPathComponent("expected") }

    /// Input documents: every file in corpus/ except the README and the expected folder.
    static var inputs: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted()
            .filter { !$0.hasPrefix(".") && $0 != "README.md" && $0 != "expected" }
            .map { root.appendingPathComponent($0) }
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(name))
    }

    /// The seed whose name starts with `prefix` ("000").
    static func seed(_ prefix: String) throws -> URL {
        guard let url = inputs.first(where: { $0.lastPathComponent.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url
    }
}

/// A line diff that shows where two texts part, for golden-file failures.
enum TextDiff {
    static func describe(expected: String, actual: String, context: Int = 3) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < min(e.count, a.count), e[i] == a[i] { i += 1 }
        var out = "first difference at line \(i + 1):\n"
        let from = max(0, i - context)
        for k in from..<i { out += "  \(e[k])\n" }
        for k in i..<min(e.count, i + context + 3) { out += "- \(e[k])\n" }
        for k in i..<min(a.count, i + context + 3) { out += "+ \(a[k])\n" }
        return out
    }
}
