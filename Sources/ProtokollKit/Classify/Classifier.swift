public struct Classification: Sendable, Equatable {
    public var kind: DocumentKind?
    public var description: String
}

public enum Classifier {
    public static func classify(_ lines: [SourceLine]) -> Classification {
        Classification(kind: .protokoll, description: "protokoll")
    }
}
