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
        var headCounts: [UInt64: Int] = [:]
        var footCounts: [UInt64: Int] = [:]
        var heads: [[Int]] = []
        var foots: [[Int]] = []
        // Each line's shape is made once: the windows overlap on short pages, and the recurring
        // test below asks again.
        var shapes: [Int: UInt64] = [:]
        func shapeOf(_ index: Int) -> UInt64 {
            if let known = shapes[index] { return known }
            let made = shape(lines[index].text)
            shapes[index] = made
            return made
        }
        for page in pages {
            let nonBlank = page.filter { !lines[$0].isBlank && !alreadyDropped.contains($0) }
            let head = Array(nonBlank.prefix(headWindow))
            let foot = Array(nonBlank.suffix(footWindow))
            heads.append(head)
            foots.append(foot)
            for key in Set(head.map(shapeOf)) { headCounts[key, default: 0] += 1 }
            for key in Set(foot.map(shapeOf)) { footCounts[key, default: 0] += 1 }
        }
        // Page splits found from blank lines can be many more than the printed pages, so a share of
        // the pages is a weak test. A block of two or more lines that recurs at the top (or bottom) of
        // two pages is furniture; so is one recurring line that ends in a page number. A single
        // recurring line otherwise must recur on half of the pages.
        let threshold = max(2, pages.count / 2)
        var drop = Set<Int>()
        for pageNumber in pages.indices where pageNumber > 0 {
            // "Justerandes sign   Utdragsbestyrkande" / "Box 654, 831 27 Östersund · 063-14 70 00": the
            // strip closes a page, so the address under it stands alone as a page of one line; on
            // three such pages it is the footer.
            // (Only right under a strip that was dropped: a Dnr or "Paragrafen förklaras omedelbart
            // justerad." alone between blank lines recurs too, and is text.)
            if heads[pageNumber].count == 1, let only = heads[pageNumber].first,
               let above = (lines.startIndex..<only).last(where: { !lines[$0].isBlank }), alreadyDropped.contains(above),
               isRecurring(lines[only].text, shape: shapeOf(only), counts: headCounts, threshold: 3),
               heads.filter({ $0.count == 1 && $0.first.map(shapeOf) == shapeOf(only) }).count >= 3 {
                drop.insert(only)
                continue
            }
            drop.formUnion(recurringBlock(heads[pageNumber], lines: lines, shape: shapeOf, counts: headCounts, threshold: threshold,
                                          singleLineAllowed: pages.count > 2))
            let foot = recurringBlock(foots[pageNumber].reversed(), lines: lines, shape: shapeOf, counts: footCounts,
                                      threshold: threshold, singleLineAllowed: pages.count > 2)
            // "Expedieras" / "Förvaltningsrätten i Norrstad" / "Akten" at the end of two §§: the lines under
            // a recipients rubric are its list, however alike, not a footer. (A "Beslut" left alone at a
            // page's foot is followed by the real footer.)
            let above = foots[pageNumber].reversed().dropFirst(foot.count).first
            // ("Beslut:" / "Förslaget godkändes." closing a page, as pages end on a §'s decision: the
            // decision, however alike the last lines of other pages.)
            if !foot.isEmpty, let above, let role = SectionHeading.parse(lines[above].text)?.role, role == .recipients || role == .decision { continue }
            drop.formUnion(foot)
        }
        // "Kommunstyrelsen⇥§ 46⇥18.03.2024" atop a page heads the § that starts there, however alike the
        // lines that head the others; so, in minutes laid out so, does the line of the case's earlier
        // handling or of this meeting's part.
        if !drop.isEmpty, OrganDatedHeading.isLayout(of: lines) {
            drop = drop.filter { OrganDatedHeading.parse(lines[$0].text) == nil }
        }
        return drop
    }

    /// The run of recurring lines from the page edge; it stops at the first line that does not
    /// recur, so a repeated rubric further down is kept.
    private static func recurringBlock(
        _ indexes: [Int], lines: [SourceLine], shape: (Int) -> UInt64, counts: [UInt64: Int], threshold: Int, singleLineAllowed: Bool
    ) -> [Int] {
        var block: [Int] = []
        for index in indexes {
            guard isRecurring(lines[index].text, shape: shape(index), counts: counts, threshold: 2) else { break }
            block.append(index)
        }
        if block.count >= 2 { return block }
        guard let only = block.first else { return [] }
        let text = lines[only].text
        // ("44        Den 15 mars 1948.": a printed book's even page has its number first.)
        let columns = text.layoutColumns
        let endsInPageNumber = columns.count >= 2 && (columns.last.map(PageFurniture.isPageNumber) == true || columns.first.map(isMarginNumber) == true)
        if endsInPageNumber || singleLineAllowed && isRecurring(text, shape: shape(only), counts: counts, threshold: threshold) { return block }
        return []
    }

    /// "42" before a column gap: a page number in the margin of a printed page.
    private static func isMarginNumber(_ column: String) -> Bool {
        (1...4).contains(column.count) && column.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isRecurring(_ text: String, shape key: UInt64, counts: [UInt64: Int], threshold: Int) -> Bool {
        guard let count = counts[key], count >= threshold else { return false }
        // § headings and rubrics recur at the top of pages because pages often start with them, and a
        // rubric in a left column ("Beslut        Se sekretessbilaga.") as well.
        // ("42        Den 15 mars 1948.": a page number in the margin is no rubric.)
        return !SectionHeading.isKnownHeading(text) && ParagraphHeading.parse(text) == nil
            && (ParagraphParser.splittingHangingRubric(SourceLine(number: 0, text: text)).count == 1
                || text.layoutColumns.first.map(isMarginNumber) == true)
    }

    /// The comparable shape of a line: folded, spaces collapsed, digits replaced, so that
    /// "Sida 3 (41)" and "Sida 4 (41)" or a tab and a space count as the same line. Kept as a 64-bit
    /// FNV-1a hash of those bytes: lines are only counted and compared, and a String per line was
    /// most of the cost (a collision, ~1e-17 per pair, would only make two lines look alike).
    static func shape(_ text: String) -> UInt64 {
        var hash = FNV1a()
        var lastWasDigit = false
        var pendingSpace = false
        var started = false
        for byte in text.folded.utf8 {
            if byte == 0x20 || byte == 0x09 {
                // Runs of spaces and tabs are one space; none at the ends.
                pendingSpace = started
                lastWasDigit = false
                continue
            }
            if pendingSpace { hash.add(0x20) }
            pendingSpace = false
            started = true
            if byte >= 0x30 && byte <= 0x39 {
                if !lastWasDigit { hash.add(UInt8(ascii: "#")) }
                lastWasDigit = true
                continue
            }
            lastWasDigit = false
            hash.add(byte)
        }
        return hash.value
    }
}
