package dev.pith.block;

import dev.pith.parse.Attrs;
import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The segment stage: cuts a pruned DOM into text blocks, one per run of inline content inside
 * a block-level element, in document order. Walks the tree iteratively, so depth is no risk.
 */
public final class Segmenter {

    /** Elements that start a new block; inline elements (a, span, b…) join their parent's. */
    public static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
            "p", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
            "caption", "legend", "dialog", "frame", "noscript", "picture");

    /**
     * Marks a {@code <br>} in the text buffer. The HTML parser drops or replaces NUL in text, and
     * should one slip through it merely breaks a line.
     */
    static final char BREAK = '\0';

    /** Images smaller than this (icons, spacers, tracking pixels) are not body images. */
    private static final int MIN_IMAGE_SIDE = 50;

    /** Characters of the first text buffer a walk allocates: most blocks are shorter. */
    private static final int INITIAL_SCRATCH = 1024;

    private Segmenter() {
    }

    /** Segments everything below {@code root}. */
    public static List<TextBlock> segment(Element root) {
        Walker walker = new Walker();
        root.filter(walker);
        walker.flush();
        return walker.blocks;
    }

    private static final class Walker implements NodeFilter {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder linkText = new StringBuilder();
        private int linkDepth;
        private int links;
        private int quoteDepth;
        private int captionDepth;
        private int listItemDepth;
        /**
         * Where {@link #normalizeLines} writes, reused by every flush of the page instead of a new
         * array per block; grown when a block's raw text is longer.
         */
        private char[] scratch = new char[INITIAL_SCRATCH];
        /** Where the {@code <br>}s of the current block fall, for its {@link LineCounts}. */
        private final Breaks breaks = new Breaks();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                // Source line breaks are white space like any other; BREAK in the buffer marks a <br>.
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linkText.append(s).append(' ');
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            boolean bodyImage = tag.equals("img") && isBodyImage(e);
            boolean startsBlock = BLOCK_TAGS.contains(tag);
            if (startsBlock || bodyImage || tag.equals("pre")) {
                // one call for all three: the compiler copies what it calls into this hot method per call
                flush();
            }
            switch (tag) {
                case "pre" -> {
                    addCode(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                case "img" -> {
                    if (bodyImage) {
                        blocks.add(new TextBlock(blocks.size(), e, BlockKind.IMAGE, 0, "", 0, 0, 0, 0, 0,
                                LineCounts.ONE_LINE));
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                case "br" -> {
                    breaks.add(text.length(), linkText.length(), links);
                    text.append(BREAK);
                }
                case "a" -> {
                    linkDepth++;
                    links++;
                }
                default -> { }
            }
            if (startsBlock) {
                owners.push(e);
                adjustContext(tag, 1);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    owners.pop();
                    adjustContext(tag, -1);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void adjustContext(String tag, int delta) {
            switch (tag) {
                case "blockquote" -> quoteDepth += delta;
                case "figcaption", "caption" -> captionDepth += delta;
                case "li", "dd", "dt" -> listItemDepth += delta;
                default -> { }
            }
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            if (scratch.length < text.length()) {
                scratch = new char[Math.max(text.length(), scratch.length * 2)];
            }
            String normalized = normalizeLines(text, scratch);
            LineCounts lines = breaks.isEmpty() ? LineCounts.ONE_LINE : breaks.lineCounts(text, linkText, links, normalized);
            breaks.clear();
            text.setLength(0);
            String linked = linkText.toString();
            linkText.setLength(0);
            // Text inside a link opened in an earlier block (a card wrapped in one <a>) counts that link.
            int blockLinks = links == 0 && !linked.isBlank() ? 1 : links;
            links = 0;
            if (normalized.isEmpty() || owners.isEmpty()) {
                return;
            }
            Element owner = owners.peek();
            String tag = owner.normalName();
            BlockKind kind = kindOf(tag);
            int level = kind == BlockKind.HEADING ? tag.charAt(1) - '0' : 0;
            TextMetrics.Counts counts = TextMetrics.count(normalized);
            int linkWords = Math.min(counts.words(), TextMetrics.words(linked));
            blocks.add(new TextBlock(blocks.size(), owner, kind, level, normalized, counts.words(),
                    linkWords, blockLinks, counts.stops(), counts.commas(), lines));
        }

        private BlockKind kindOf(String tag) {
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return BlockKind.HEADING;
            }
            if (captionDepth > 0) {
                return BlockKind.CAPTION;
            }
            if (quoteDepth > 0) {
                return BlockKind.QUOTE;
            }
            return switch (tag) {
                case "li", "dd", "dt" -> BlockKind.LIST_ITEM;
                case "td", "th" -> BlockKind.TABLE_CELL;
                case "p" -> listItemDepth > 0 ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
                default -> listItemDepth > 0 ? BlockKind.LIST_ITEM : BlockKind.TEXT;
            };
        }

        private void addCode(Element pre) {
            String code = stripBlankEdges(pre.wholeText());
            if (code.isBlank() || owners.isEmpty()) {
                return;
            }
            TextMetrics.Counts counts = TextMetrics.count(code);
            blocks.add(new TextBlock(blocks.size(), pre, BlockKind.CODE, 0, code,
                    counts.words(), 0, 0, counts.stops(), counts.commas(), LineCounts.ONE_LINE));
        }

        /**
         * True for an image with a source of its own that is no icon: a body image block. The
         * attributes are read by their lower-case keys ({@link Attrs}), as the parser writes them:
         * jsoup's {@code attr()} would compare every key ignoring case.
         */
        private static boolean isBodyImage(Element img) {
            // The raw attribute decides; resolving it against the base URL is the assembler's job.
            String src = Attrs.value(img, "src").trim();
            return !src.isEmpty() && !src.startsWith("data:") && !isTiny(img);
        }

        private static boolean isTiny(Element img) {
            return side(Attrs.value(img, "width")) < MIN_IMAGE_SIDE || side(Attrs.value(img, "height")) < MIN_IMAGE_SIDE;
        }

        private static int side(String value) {
            // the common cases without the copies: no attribute, or plain digits ("300")
            if (value.isEmpty()) {
                return Integer.MAX_VALUE;
            }
            if (value.length() <= MAX_PLAIN_DIGITS && isAsciiDigits(value)) {
                return Integer.parseInt(value);
            }
            return writtenSide(value);
        }

        /**
         * A side written otherwise ("300px", " 80 ", "auto"), or {@link Integer#MAX_VALUE} when
         * it is no number. A method of its own: this walk runs on every node of every page, and
         * the compiler then keeps the copies and the case-folding out of the walk's compiled code
         * instead of compiling them into it for the few images whose sides are written so.
         */
        private static int writtenSide(String value) {
            String digits = value.trim().toLowerCase(Locale.ROOT).replace("px", "");
            if (digits.isEmpty()) {
                return Integer.MAX_VALUE;
            }
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
    }

    /** Digits that always parse as an int: a longer number may overflow it. */
    private static final int MAX_PLAIN_DIGITS = 9;

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The positions of a block's {@code <br>}s in its raw text and link text, and the links
     * before each, from which {@link #lineCounts} counts each line the breaks make. Most blocks
     * have no break and cost nothing here.
     */
    private static final class Breaks {
        /** Per break: position in the text, position in the link text, links opened before it. */
        private int[] marks = new int[3 * 8];
        private int size;

        void add(int textAt, int linkTextAt, int linksBefore) {
            if (size + 3 > marks.length) {
                marks = java.util.Arrays.copyOf(marks, marks.length * 2);
            }
            marks[size++] = textAt;
            marks[size++] = linkTextAt;
            marks[size++] = linksBefore;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            size = 0;
        }

        /**
         * The counts of each line of the raw {@code text}: the stretches between breaks with
         * visible text, as {@link #normalizeLines} keeps them. {@link LineCounts#ONE_LINE} when
         * that makes one line, or when the stretches do not match the normalised lines.
         */
        LineCounts lineCounts(CharSequence text, CharSequence linkText, int links, String normalized) {
            int stretches = size / 3 + 1;
            int[] words = new int[stretches];
            int[] linkWords = new int[stretches];
            int[] linkCounts = new int[stretches];
            int n = 0;
            for (int k = 0; k < stretches; k++) {
                int from = k == 0 ? 0 : marks[3 * (k - 1)];
                int to = k == stretches - 1 ? text.length() : marks[3 * k];
                if (!hasVisible(text, from, to)) {
                    continue;
                }
                int linkFrom = k == 0 ? 0 : marks[3 * (k - 1) + 1];
                int linkTo = k == stretches - 1 ? linkText.length() : marks[3 * k + 1];
                int linksFrom = k == 0 ? 0 : marks[3 * (k - 1) + 2];
                int linksTo = k == stretches - 1 ? links : marks[3 * k + 2];
                words[n] = TextMetrics.words(text.subSequence(from, to));
                linkWords[n] = Math.min(words[n], TextMetrics.words(linkText.subSequence(linkFrom, linkTo)));
                // text inside a link opened on an earlier line counts that link
                linkCounts[n] = Math.max(linksTo - linksFrom, linkWords[n] > 0 ? 1 : 0);
                n++;
            }
            if (n < 2 || n != lineCount(normalized)) {
                return LineCounts.ONE_LINE;
            }
            return new LineCounts(java.util.Arrays.copyOf(words, n), java.util.Arrays.copyOf(linkWords, n),
                    java.util.Arrays.copyOf(linkCounts, n));
        }

        private static boolean hasVisible(CharSequence s, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c != BREAK && TextMetrics.isVisible(c)) {
                    return true;
                }
            }
            return false;
        }

        private static int lineCount(String normalized) {
            int lines = 1;
            for (int k = normalized.indexOf('\n'); k >= 0; k = normalized.indexOf('\n', k + 1)) {
                lines++;
            }
            return lines;
        }
    }

    /** The absolute image URL, or the attribute as written when there is no base URL. */
    public static String imageSource(Element img) {
        if (img.baseUri().isEmpty()) {
            // Without a base there is nothing to resolve against, and jsoup would try and fail.
            return img.attr("src").trim();
        }
        String abs = img.absUrl("src");
        return abs.isEmpty() ? img.attr("src").trim() : abs;
    }

    /**
     * Collapses white space within the lines that {@link #BREAK} marks, dropping empty lines and
     * zero-width characters; lines are joined with {@code '\n'}. One pass: this runs on all text.
     * The raw text is copied into {@code in}, at least as long, and normalised there.
     */
    static String normalizeLines(StringBuilder raw, char[] in) {
        int length = raw.length();
        raw.getChars(0, length, in, 0);
        // The output is never longer than the input, so it is written over the input in place.
        int n = 0;
        boolean lineHasText = false;
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = in[i];
            if (Chars.isVisibleAscii(c)) {
                // Printable ASCII, the bulk of all text: inside a line it is kept as it is.
                if (lineHasText && !pendingSpace) {
                    in[n++] = c;
                    continue;
                }
            } else if (c == BREAK) {
                lineHasText = false;
                pendingSpace = false;
                continue;
            } else if (TextMetrics.isSpace(c)) {
                pendingSpace = lineHasText;
                continue;
            } else if (TextMetrics.isInvisible(c)) {
                continue;
            }
            // A visible character that starts a line, follows a space, or is not ASCII.
            if (!lineHasText) {
                if (n > 0) {
                    in[n++] = '\n';
                }
                lineHasText = true;
            } else if (pendingSpace) {
                in[n++] = ' ';
            }
            pendingSpace = false;
            in[n++] = c;
        }
        return new String(in, 0, n);
    }

    private static String stripBlankEdges(String s) {
        String[] lines = s.split("\n", -1);
        int from = 0;
        int to = lines.length;
        while (from < to && lines[from].isBlank()) {
            from++;
        }
        while (to > from && lines[to - 1].isBlank()) {
            to--;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to)).stripTrailing();
    }
}
