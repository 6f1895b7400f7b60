/// Finds running headers and footers: lines that recur at the top or bottom of many pages.
/// Repetition is detected from the text itself, not from a list of known header texts.
enum RunningHeaders {
    /// How many non-blank lines at the top (and bottom) of a page may be furniture.
    static let headWindow = 9
    static let footWindow = 4

    /// Line indexes to drop. `pages` are index ranges into `lines`; `alreadyDropped` (page numbers,
    /// signature strips) are passed over. The first page keeps its header, since the front page
    /// carries the title, organisation and meeting data. With only two pages a single recurring line
    /// is too weak a sign; a header block of two lines or more is needed.
    static func furnitureIndexes(lines: [SourceLine], pages: [Range<Int>], alreadyDropped: Set<Int> = []) -> Set<Int> {
        guard pages.count >= 2 else { return [] }
        var headCounts: [String: Int] = [:]
        var footCounts: [String: Int] = [:]
        var heads: [[Int]] = []
        var foots: [[Int]] = []
        for page in pages {
            let nonBlank = page.filter { !lines[$0].isBlank && !alreadyDropped.contains($0) }
            let head = Array(nonBlank.prefix(headWindow))
            let foot = Array(nonBlank.suffix(footWindow))
            heads.append(head)
            foots.append(foot)
            for key in Set(head.map { shape(lines[$0].text) }) { headCounts[key, default: 0] += 1 }
            for key in Set(foot.map { shape(lines[$0].text) }) { footCounts[key, default: 0] += 1 }
        }
        let threshold = max(2, pages.count / 2)
        let minimumBlock = pages.count == 2 ? 2 : 1
        var drop = Set<Int>()
        for pageNumber in pages.indices where pageNumber > 0 {
            // The header is the run of recurring lines from the top of the page; it stops at the first
            // line that is not recurring, so a repeated rubric further down is kept.
            var block: [Int] = []
            for index in heads[pageNumber] {
                guard isRecurring(lines[index].text, counts: headCounts, threshold: threshold) else { break }
                block.append(index)
            }
            if block.count >= minimumBlock { drop.formUnion(block) }
            block = []
            for index in foots[pageNumber].reversed() {
                guard isRecurring(lines[index].text, counts: footCounts, threshold: threshold) else { break }
                block.append(index)
            }
            if block.count >= minimumBlock { drop.formUnion(block) }
        }
        return drop
    }

    private static func isRecurring(_ text: String, counts: [String: Int], threshold: Int) -> Bool {
        let key = shape(text)
        guard let count = counts[key], count >= threshold else { return false }
        // § headings and rubrics recur at the top of pages because pages often start with them.
        return !SectionHeading.isKnownHeading(text) && ParagraphHeading.parse(text) == nil
    }

    /// The comparable shape of a line: folded, spaces collapsed, digits replaced, so that
    /// "Sida 3 (41)" and "Sida 4 (41)" or a tab and a space count as the same line.
    static func shape(_ text: String) -> String {
        var out = ""
        var lastWasDigit = false
        for character in text.collapsedWhitespace.folded {
            if character.isNumber {
                if !lastWasDigit { out.append("#") }
                lastWasDigit = true
            } else {
                out.append(character)
                lastWasDigit = false
            }
        }
        return out
    }
}
