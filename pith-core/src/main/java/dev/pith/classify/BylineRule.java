package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.TextBlock;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Bylines and date lines ("By Jane Doe", "Published 28 September 2022", "Updated 5 mins ago",
 * and in every language with data "Letzte Aktualisierung: 20.03.2004", see {@link DateLineLabels}):
 * metadata fields, not body text. Only short blocks qualify.
 */
final class BylineRule implements BlockRule {

    static final int MAX_WORDS = 12;

    /** "By" must be followed by a capitalised name: "by the way" is prose. */
    private static final String BY_NAME =
            "^(?iu:by|von|par|por|door|di|written by|posted by|reviewed by|words by|photos? by)\\s+\\p{Lu}";
    private static final String DATE_LABEL =
            "^(?iu:published|updated|posted|last updated|last modified|modified|veröffentlicht|aktualisiert|publié|mis à jour)\\b";
    /** A date alone: "12 May 2001", "May 12, 2001", "2001-05-12", and day first in figures, "27.10.2021" or "27/10/2021 14:35". */
    private static final String DATE =
            "^(?iu:\\d{1,2}(st|nd|rd|th)? \\p{L}+ \\d{4}|\\p{L}+\\.? \\d{1,2},? \\d{4})$|^\\d{4}-\\d{2}-\\d{2}"
            + "|^\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?(?:\\d{4}|\\d{2})(?:,?\\s*\\d{1,2}:\\d{2}(?:\\s*(?iu:uhr|h))?)?$";
    private static final String READING_TIME = "^(?iu:\\d+ (min|mins|minutes?|hours?|days?) (ago|read))$";

    /** Every alternative is anchored at the start, so it is tried there only ({@code lookingAt}). */
    static final Pattern BYLINE = Pattern.compile(BY_NAME + "|" + DATE_LABEL + "|" + DATE + "|" + READING_TIME);

    /**
     * Dates and labelled dates only ("Last updated 12 May 2001", "2003-05-12"), not bylines: a
     * name after "By" may close a text as its signature.
     */
    private static final Pattern DATE_LINE = Pattern.compile(DATE_LABEL + ".*\\d|" + DATE);

    private static final Pattern NAME_LINE = Pattern.compile(BY_NAME);

    /** Whether {@code line} opens with "By" and a name ("By Jane Doe • Dec. 19, 2025"), see {@link #BY_NAME}. */
    static boolean opensWithName(String line) {
        return NAME_LINE.matcher(line.strip()).lookingAt();
    }

    /** Whether {@code line} is a date or a labelled date, see {@link #DATE_LINE}. */
    static boolean isDateLine(String line) {
        return mayMatch(line) && DATE_LINE.matcher(line.strip()).lookingAt();
    }

    /** The rule's name in a decision, which {@link EntryBylineRule} looks for. */
    static final String NAME = "byline";

    @Override
    public String name() {
        return NAME;
    }

    /** A list page whose region holds this many bylines or date lines gives them per entry: they are the entries' own. */
    static final int MIN_ENTRY_BYLINES = 3;

    /** How many blocks of the region read as bylines or date lines. */
    static int countInRegion(RuleContext context) {
        int n = 0;
        for (TextBlock b : context.blocks()) {
            if (b.words() <= MAX_WORDS && context.region().contains(b.owner()) && mayMatch(b.text())
                    && BYLINE.matcher(b.text().strip()).lookingAt()) {
                n++;
            }
        }
        return n;
    }

    /** Cells of a row have company: "7 May 1856" beside a name is a value of the table, not the page's date. */
    static final int MIN_DATA_ROW_CELLS = 2;

    /** A table cell in a row of at least {@link #MIN_DATA_ROW_CELLS} cells, with no table inside the row. */
    private static boolean isDataCell(TextBlock block) {
        if (block.kind() != BlockKind.TABLE_CELL) {
            return false;
        }
        Element row = block.owner().parent();
        if (row == null || !row.normalName().equals("tr")) {
            return false;
        }
        int cells = 0;
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            if (RegionSelector.isCell(cell)) {
                cells++;
            }
        }
        // a row that holds a table lays out the page (a forum's author and message columns), it is no data
        return cells >= MIN_DATA_ROW_CELLS && row.getElementsByTag("table").isEmpty();
    }

    /**
     * Letters a label alternative of {@link #BYLINE} can start with ("by", "von", "posted",
     * "updated", "last", "modified", "aktualisiert", "written", "reviewed"...), lower case.
     */
    private static final String LABEL_INITIALS = "abdlmpruvw";

    /** NEL, a line terminator to {@code $}. */
    private static final char NEXT_LINE = '\u0085';

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        // a line of code that opens with "by" or a date is code; a date in a row of cells is data
        if (block.words() > MAX_WORDS || block.kind() == BlockKind.CODE) {
            return false;
        }
        boolean dateLine = mayMatch(block.text()) && BYLINE.matcher(block.text().strip()).lookingAt()
                || DateLineLabels.opens(context.phraseText(i));
        return dateLine && !isDataCell(block) && !(context.region().kind() != Region.Kind.ARTICLE && context.inListOfEntries());
    }

    /**
     * A cheap necessary condition for {@link #BYLINE}: the label alternatives need one of a few
     * initials; the date alternatives open with a digit, but for a month's name first
     * ("May 12, 2001"), which closes with the year's digits. Most short blocks (menu items,
     * headings) fail it and never reach the regex.
     */
    static boolean mayMatch(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return false;
        }
        char first = text.charAt(start);
        if (first >= 0x80 || LABEL_INITIALS.indexOf(Character.toLowerCase(first)) >= 0) {
            return true;
        }
        if (isAsciiDigit(first)) {
            return true;
        }
        int end = text.length();
        // '$' also matches before a closing line terminator, which NEL is without being white space
        while (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == NEXT_LINE) {
            end--;
        }
        return Character.isLetter(first) && isAsciiDigit(text.charAt(end - 1));
    }

    /** The digits {@code \d} matches: the patterns do not ask for Unicode classes. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
