package dev.pith.meta;

import dev.pith.parse.Ancestors;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The writer's signature where the page marks no byline: a short line, anywhere in the body,
 * that opens with a byline word and goes on with a name ("Text: Hans Meier" closing a press
 * release, "<b>Autor:</b> <a>Klausmartin Friedrich</a>" under the article, "（责任编辑：李四）",
 * "posted by John Smith at 10:22 AM" under an old blog post). Older sites and small CMSs print
 * the writer so, without class names or markup a machine reads, and often away from the
 * headline. A last resort: read only when no other source offered an author that names
 * someone, and only when every such line names the same people; lines naming different people
 * are the bylines of a listing or of comments, not the page's.
 */
final class SignedLineSource implements MetadataSource {

    /** Longest signature line: a label, two names and a date; a longer line is prose. */
    static final int MAX_SIGNED_LINE = 100;
    /** Longest label standing alone before its name's element ("Geschrieben von:"); a longer line is no label. */
    static final int MAX_LABEL_LENGTH = 24;
    /** The place before the first element: a page without a headline is read from its start. */
    private static final int NO_HEADLINE_PLACE = -1;
    /** Signature lines read; more are a listing's or a thread's. */
    static final int MAX_LINES = 8;

    /** A line that opens with a byline word and a name ("Von Hans", "Text: Hans", "作者：张三"). */
    private static final Pattern SIGNED = Pattern.compile(
            "[\\p{Ps}\\s]*" + BylineWords.BY + BylineWords.SEPARATOR + "\\s*" + BylineWords.NAME_START,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Text that is a byline word alone or opens with one: the name may follow in the next element. */
    private static final Pattern OPENS_WITH_BY = Pattern.compile(
            "[\\p{Ps}\\s]*" + BylineWords.BY + "(?:" + BylineWords.SEPARATOR + "|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Elements whose text signs nothing for the page ({@link #inControl}). */
    private static final Set<String> CONTROLS = Set.of(
            "blockquote", "a", "nav", "form", "button", "select", "option", "label", "menu");
    /** Opening brackets and white space before a signature. */
    private static final Pattern LEADING_BRACKETS = Pattern.compile("^[\\p{Ps}\\s]+");

    @Override
    public void collect(PageScan page, Candidates out) {
        Element body = page.doc.body();
        // an offered author that names no one (an organisation's "Bund der Energieverbraucher e.V.",
        // a label without its name) leaves the page as unsigned as no author at all
        if (body == null || !out.of(Field.AUTHOR).isEmpty() && !MetadataResolver.authors(out).isEmpty()) {
            return;
        }
        Headline headline = page.headline();
        // the signature follows the headline: what comes before it is the site's header and menus;
        // a page showing no headline (its title set in a styled paragraph, an h2 of another wording)
        // is read whole, the agreement of every signed line standing in for the headline's place
        List<String> lines = headline == null ? linesAfter(null, page, body)
                : isInside(headline.h1, body) ? linesAfter(headline, page, body) : List.of();
        String agreed = agreedLine(lines);
        if (agreed != null) {
            out.add(Field.AUTHOR, agreed, Source.VISIBLE);
        }
    }

    /**
     * The first {@link #MAX_LINES} signature lines in the body after the headline's end, from
     * the texts the page scan kept ({@link PageScan#signatureTexts}).
     */
    private static List<String> linesAfter(Headline headline, PageScan page, Element body) {
        List<String> lines = new ArrayList<>();
        int headlinePlace = headline == null ? NO_HEADLINE_PLACE : page.placeOf(headline);
        Matcher opensWithBy = OPENS_WITH_BY.matcher("");
        for (PlacedText candidate : page.signatureTexts) {
            if (lines.size() == MAX_LINES) {
                break;
            }
            TextNode text = candidate.text();
            if (candidate.elementsBefore() > headlinePlace && (headline == null || !isInside(text, headline.h1))
                    && isInside(text, body)) {
                String line = signedLine(text, page.furniture, opensWithBy);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** True when {@code node} is {@code ancestor} or lies below it. */
    private static boolean isInside(Node node, Element ancestor) {
        for (Node n = node; n != null; n = n.parentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line when every line that names people names the same ones; else null. Only
     * full names count ({@link #isFullName}): far from any byline markup, a byline word before
     * one capitalised word is as often prose or a label ("Von Einheimischen und Gästen", German
     * capitalising its nouns; "Sort by Price").
     */
    static String agreedLine(List<String> lines) {
        String first = null;
        Set<String> people = null;
        for (String line : lines) {
            Set<String> names = new TreeSet<>();
            List<String> cleaned = AuthorNames.clean(line).names();
            if (cleaned.isEmpty() || !cleaned.stream().allMatch(SignedLineSource::isFullName)) {
                continue;
            }
            cleaned.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
            if (names.isEmpty()) {
                continue;
            }
            if (people == null) {
                first = line;
                people = names;
            } else if (!people.equals(names)) {
                return null;
            }
        }
        return first;
    }

    /**
     * Two words or more, or a name in a script written without spaces and without case
     * ("李四", "山田太郎"), where one word is the whole name.
     */
    static boolean isFullName(String name) {
        return name.indexOf(' ') > 0 || Character.getType(name.codePointAt(0)) == Character.OTHER_LETTER;
    }

    /**
     * The signature line a text opens, or null. The byline word may stand alone in an inline
     * label ({@code <strong>Autor:</strong>}) with the name in what follows up to the line's
     * end (a {@code <br>} or a block). The line must start at a line start: a "by" inside a
     * sentence ("Photo <a>…</a> by <a>…</a>") signs nothing.
     */
    static String signedLine(TextNode t) {
        return signedLine(t, Furniture.of(t.ownerDocument()), OPENS_WITH_BY.matcher(""));
    }

    /**
     * As {@link #signedLine(TextNode)}, with the page's furniture and a matcher of
     * {@link #OPENS_WITH_BY} to reuse: a page has dozens of short texts opening with a byline
     * word's first letter, and a new matcher of the long pattern allocates more than its match costs.
     */
    private static String signedLine(TextNode t, Furniture furniture, Matcher opensWithBy) {
        if (!mayOpenSignedLine(t)) {
            return null;
        }
        String text = t.text();
        if (!opensWithBy.reset(text).lookingAt()) {
            return null;
        }
        Element parent = t.parent();
        if (parent == null) {
            return null;
        }
        Node start = !parent.isBlock() && parent.childNodeSize() == 1 ? parent : t;
        if (!opensLine(start)) {
            return null;
        }
        String line = withNameBelowLabel(lineFrom(start), start instanceof Element el ? el : parent);
        if (line == null || !SIGNED.matcher(line).lookingAt() || VisibleSource.isPhotoCredit(line)
                || furniture.containsDate(parent) || inControl(parent)) {
            return null;
        }
        // a signature in brackets ("（责任编辑：李四）"): the bracket is no part of the byline
        return LEADING_BRACKETS.matcher(line).replaceFirst("");
    }

    /**
     * The cheap tests {@link #signedLine} starts with, on the raw text: short, and its first
     * letter may open a byline word. The {@link PageScan} asks them of every text of the page,
     * and keeps only the texts that pass for this source.
     */
    static boolean mayOpenSignedLine(TextNode t) {
        String raw = t.getWholeText();
        return raw.length() <= MAX_SIGNED_LINE * 2 && opensWithBylineInitial(raw);
    }

    /**
     * True inside a quote, a link, a menu or a form control: a quoted post signs for its own
     * writer, and "By Gender", "Sort by Price" label menus and filters, not the page.
     */
    private static boolean inControl(Element e) {
        return Ancestors.closest(e, CONTROLS) != null;
    }

    /** True when the first letter after white space and opening brackets may open a byline phrase. */
    private static boolean opensWithBylineInitial(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (isAsciiSpace(c)) {
                // every text of the page is asked: the indentation between tags is skipped cheaply
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                return BylineWords.mayOpenByline(c);
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.START_PUNCTUATION) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The white space of indented markup: space, tab and line breaks, which are no letters. */
    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** True when nothing but white space stands before the node on its line. */
    private static boolean opensLine(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            for (Node prev = n.previousSibling(); prev != null; prev = prev.previousSibling()) {
                if (prev instanceof Element el && (el.isBlock() || "br".equals(el.normalName()))) {
                    return true;
                }
                if (!(prev instanceof TextNode pt) || !pt.isBlank()) {
                    return false;
                }
            }
            if (!(n.parent() instanceof Element p) || p.isBlock()) {
                return true;
            }
        }
        return true;
    }

    /**
     * The line and the name in the element after the label, when the line is the label alone in
     * its element ({@code <div>Written by</div><div>Jack Shepherd</div>}): an author box closing
     * the article sets the label and the name as two lines. A line that names someone already
     * is no label alone. Else the line as it is.
     */
    private static String withNameBelowLabel(String line, Element label) {
        if (line == null || line.length() > MAX_LABEL_LENGTH || SIGNED.matcher(line).lookingAt() || !line.equals(label.text().strip())) {
            return line;
        }
        Element next = label.nextElementSibling();
        String name = next == null ? null : ShortText.of(next, AuthorNames.MAX_NAME_LENGTH);
        return name == null || name.isBlank() ? line : line + " " + name;
    }

    /** The text from the node to the end of its line (a {@code <br>} or a block), or null when too long. */
    private static String lineFrom(Node start) {
        StringBuilder sb = new StringBuilder();
        for (Node n = start; n != null; n = n.nextSibling()) {
            if (n != start && n instanceof Element el && (el.isBlock() || "br".equals(el.normalName()))) {
                break;
            }
            if (n instanceof TextNode tn) {
                sb.append(tn.getWholeText());
            } else if (n instanceof Element el) {
                String inner = ShortText.of(el, MAX_SIGNED_LINE);
                if (inner == null) {
                    return null;
                }
                sb.append(inner);
            }
            if (sb.length() > MAX_SIGNED_LINE * 2) {
                return null;
            }
        }
        String line = TextMetrics.collapseWhitespace(sb);
        return line.length() <= MAX_SIGNED_LINE ? line : null;
    }
}
