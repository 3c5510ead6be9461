package dev.pith.classify;

import dev.pith.block.BlockKind;
import dev.pith.block.LineCounts;
import dev.pith.block.TextBlock;
import dev.pith.lang.LanguageData;
import dev.pith.lang.PhraseKind;
import dev.pith.lang.Phrases;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Furniture lines at the edges of a kept block that {@code <br>}s break into lines. Older sites
 * set a whole text in one table cell or in the body, paragraphs separated by {@code <br><br>},
 * and end it in the same run with a link footer ("Home | Contact | Top", "Back to the index") or
 * a copyright line or a "last updated" line, a forum post with its signature under a delimiter
 * line ("_________________"), or open it with a row of links (a breadcrumb) or a
 * "Back" link; kept as one block, those come
 * out with the text. Only edge lines go, and only from a block whose other lines are a longer
 * text of their own: a cell of label and value lines, or a short line between two paragraphs,
 * belongs to the text and stays.
 *
 * <p>The lines cut off are kept as dropped decisions of their own, so {@code --explain} shows them.
 */
final class EdgeFurnitureLines {

    static final String NAME = "edge-furniture";

    /** The lines left must hold at least this many words: a text the furniture was set under. */
    static final int MIN_TEXT_WORDS = 20;
    /** ...and be mostly unlinked: a block of links sheds no line here, the link rules judge it whole. */
    static final double MAX_TEXT_LINK_DENSITY = 0.5;
    /**
     * A line needs this many links to be a row of links (a footer, a breadcrumb); a single linked
     * line is furniture only as a prompt ("Back to the index"), else it may be an item's name.
     */
    static final int MIN_ROW_LINKS = 2;
    /** A line this short, unlinked and with no sentence mark is a label ("Opening hours"), the next line its value. */
    static final int MAX_LABEL_WORDS = 4;

    /** A signature is this many lines under its delimiter at most... */
    static final int MAX_SIGNATURE_LINES = 3;
    /** ...and this many words: a longer run under a rule of dashes is a section of the text. */
    static final int MAX_SIGNATURE_WORDS = 25;
    /** The delimiter marks a signature well enough that a short reply above it ("Thanks, I will wait") will do. */
    static final int MIN_SIGNED_WORDS = 5;
    /** A delimiter has at least this many dashes or underscores ("--"). */
    static final int MIN_DELIMITER_CHARS = 2;

    private EdgeFurnitureLines() {
    }

    /**
     * The decisions with the furniture lines of kept blocks cut off, each cut-off run of lines
     * as a dropped decision next to the block it came from.
     */
    static List<Decision> trim(List<Decision> decisions, RuleContext context) {
        List<Decision> out = null;
        for (int d = 0; d < decisions.size(); d++) {
            Decision decision = decisions.get(d);
            TextBlock b = decision.block();
            int[] range = decision.kept() && b.lines().size() > 0 && isTextKind(b.kind()) ? textLines(b, context) : null;
            if (range == null) {
                if (out != null) {
                    out.add(decision);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(decisions.subList(0, d));
            }
            int from = range[0];
            int to = range[1];
            if (from > 0) {
                out.add(new Decision(b.cut(0, from), false, NAME));
            }
            out.add(new Decision(b.cut(from, to), true, ""));
            if (to < b.lines().size()) {
                out.add(new Decision(b.cut(to, b.lines().size()), false, NAME));
            }
        }
        return out == null ? decisions : out;
    }

    /** Text set as paragraphs, in a table cell, or in a {@code <blockquote>} that older pages indent their text with. */
    private static boolean isTextKind(BlockKind kind) {
        return kind == BlockKind.PARAGRAPH || kind == BlockKind.TEXT || kind == BlockKind.TABLE_CELL
                || kind == BlockKind.QUOTE;
    }

    /** The lines {@code [from, to)} of {@code b} that are text, or null when that is all of them. */
    private static int[] textLines(TextBlock b, RuleContext context) {
        LineCounts counts = b.lines();
        String[] lines = b.text().split("\n", -1);
        Phrases prompts = LanguageData.phrases(context.language(), PhraseKind.CALL_TO_ACTION);
        int from = 0;
        while (from < lines.length - 1 && isText(counts, from + 1, lines.length)
                && (isLinkRow(counts, from, lines[from]) || isLinkedPrompt(counts, from, lines[from], prompts))) {
            from++;
        }
        int to = signatureStart(counts, lines, from);
        while (to - 1 > from && isText(counts, from, to - 1) && !isLabel(counts, to - 2, lines[to - 2])
                && isClosingFurniture(counts, to - 1, lines[to - 1], prompts)) {
            to--;
        }
        return from == 0 && to == lines.length ? null : new int[] {from, to};
    }

    /**
     * Where a signature closing the block starts, or the block's end: a delimiter line of dashes or
     * underscores ("-- ", "_________________", as mail and forum software set it) followed by a
     * line or two, under a text of its own.
     */
    private static int signatureStart(LineCounts counts, String[] lines, int from) {
        for (int d = lines.length - 2; d > from && d >= lines.length - 1 - MAX_SIGNATURE_LINES; d--) {
            if (isDelimiter(lines[d])) {
                boolean signed = counts.words(from, d) >= MIN_SIGNED_WORDS
                        && counts.linkWords(from, d) <= MAX_TEXT_LINK_DENSITY * counts.words(from, d);
                return signed && counts.words(d, lines.length) <= MAX_SIGNATURE_WORDS ? d : lines.length;
            }
        }
        return lines.length;
    }

    /** A line of dashes or underscores alone, at least {@link #MIN_DELIMITER_CHARS} of them. */
    private static boolean isDelimiter(String line) {
        String s = line.strip();
        if (s.length() < MIN_DELIMITER_CHARS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** A row of links, a linked prompt, a copyright notice or a date line: what closes a text on older pages. */
    private static boolean isClosingFurniture(LineCounts counts, int i, String line, Phrases prompts) {
        return isLinkRow(counts, i, line) || isLinkedPrompt(counts, i, line, prompts)
                || isCopyrightLine(counts, i, line) || isDateLine(counts, i, line);
    }

    /**
     * "Last updated 12 May 2001", "Published 2003-05-12", "Actualizado el 12/05/2003": a date line,
     * as {@link BylineRule} tells one or opening with a date label of any language ({@link DateLineLabels}).
     */
    private static boolean isDateLine(LineCounts counts, int i, String line) {
        return counts.words(i) <= BylineRule.MAX_WORDS
                && (BylineRule.isDateLine(line) || DateLineLabels.opens(Phrases.normalize(line)));
    }

    /** A short unlinked line that names what the next line gives: the line after it is a value, not furniture. */
    private static boolean isLabel(LineCounts counts, int i, String line) {
        return counts.links(i) == 0 && counts.words(i) <= MAX_LABEL_WORDS && TextMetrics.count(line).stops() == 0;
    }

    /** Lines {@code from} to {@code to} are a text of their own: long enough, mostly unlinked. */
    private static boolean isText(LineCounts counts, int from, int to) {
        int words = counts.words(from, to);
        return words >= MIN_TEXT_WORDS && counts.linkWords(from, to) <= MAX_TEXT_LINK_DENSITY * words;
    }

    /**
     * Two or more links and little else: a footer, a breadcrumb or a menu set as a line. Written-out
     * addresses ("Sources: https://…, https://…") are the text's references, not a row of links.
     */
    private static boolean isLinkRow(LineCounts counts, int i, String line) {
        return counts.links(i) >= MIN_ROW_LINKS && isLinkLine(counts, i) && !holdsAddress(line);
    }

    /**
     * One link that is a prompt of the page's language ("Back to the index", "Read more"), also
     * when set in brackets or arrows ("[ Back ]", "« Zurück").
     */
    private static boolean isLinkedPrompt(LineCounts counts, int i, String line, Phrases prompts) {
        return isLinkLine(counts, i) && prompts.matches(Phrases.normalize(withoutFrame(line)));
    }

    /** The line without the brackets, arrows and other marks around its words. */
    private static String withoutFrame(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && !Character.isLetterOrDigit(line.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    /**
     * A line that opens with a copyright mark and names a year: the site's notice. A photo credit
     * closing an article names the picture first ("Photo: … © Agency 2024") and stays.
     */
    private static boolean isCopyrightLine(LineCounts counts, int i, String line) {
        if (counts.words(i) > CopyrightNoticeRule.MAX_WORDS) {
            return false;
        }
        String text = Phrases.normalize(line);
        return (text.startsWith("©") || text.startsWith("(c)") || text.startsWith("copyright"))
                && CopyrightNoticeRule.isNotice(text);
    }

    /** Mostly link text, and short, as {@link LinkListRule} judges a block of links. */
    private static boolean isLinkLine(LineCounts counts, int i) {
        return counts.words(i) > 0 && counts.words(i) <= LinkListRule.MAX_WORDS
                && counts.linkDensity(i) > LinkListRule.MAX_LINK_DENSITY;
    }

    private static boolean holdsAddress(String line) {
        return line.contains("://") || line.contains("www.");
    }
}
