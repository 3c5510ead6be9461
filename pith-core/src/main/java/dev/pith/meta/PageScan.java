package dev.pith.meta;

import dev.pith.parse.Ancestors;
import dev.pith.parse.Attrs;
import dev.pith.util.TextMetrics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Everything the metadata sources read, gathered in one walk over the document so that no
 * source runs its own full-document select. Bounded: a hostile page with 100,000 tags still
 * yields short lists.
 */
final class PageScan {

    /** More {@code <meta>} tags than this are ignored; real heads carry fewer than 300. */
    static final int MAX_METAS = 2_000;
    /** JSON-LD blocks read; pages with more are listing pages whose extra blocks describe others. */
    static final int MAX_JSON_LD = 20;
    /**
     * Characters of JSON-LD read in all; a block that would go past it is skipped. Real pages
     * carry at most a few hundred thousand; a page with megabytes of it would be parsed twice
     * (metadata, fallback body) for nothing but time.
     */
    static final int MAX_JSON_LD_CHARS = 1_000_000;
    /** Cap for other element lists (times, itemprops, bylines). */
    static final int MAX_ELEMENTS = 200;
    /** Labelled date lines kept: the article's own comes before those of comments and listings. */
    static final int MAX_LABELLED_DATES = 10;
    /** H1 elements kept: the headline is among the first few. */
    static final int MAX_H1 = 3;
    /** Elements kept after each h1: the byline and date line sit right under the headline. */
    static final int NEAR_HEADLINE_ELEMENTS = 60;
    /** Elements kept before each h1: a date line above the headline is a few elements up, past a row of share buttons. */
    static final int BEFORE_HEADLINE_ELEMENTS = 16;
    /** Elements kept from the start of the first forum post: its header holds the post's date, after the poster's profile box. */
    static final int FIRST_POST_ELEMENTS = 40;
    /** Longest h1 text compared with the document title; longer h1s are not headlines. */
    private static final int MAX_HEADLINE_LENGTH = 500;
    /** White space that indented markup may put around a headline's text. */
    private static final int TITLE_TEXT_SLACK = 40;
    /** The meta name under which a head script of type {@code application/ld+json} is sometimes rendered. */
    private static final String JSON_LD_META = "script:ld+json";
    private static final String POST = "post";

    final Document doc;
    final String url;
    final DateParser dates;
    /** Read ambiguous {@code 09/10/2022} as month first: the page is US English or says no language. */
    boolean monthFirst;
    final List<Element> metas = new ArrayList<>();
    final List<String> jsonLd = new ArrayList<>();
    private int jsonLdChars;
    /** Other inline scripts (framework state such as {@code __NEXT_DATA__}), in document order. */
    final List<String> scripts = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** Every h1, in document order, one past {@link Furniture#MAX_LISTED_H1} at most: for {@link #furniture}. */
    private final List<Element> everyH1 = new ArrayList<>();
    /** What of the page is furniture, set once the walk has found every h1. */
    Furniture furniture;
    final List<Element> bylines = new ArrayList<>();
    final List<Element> dateLines = new ArrayList<>();
    /** Elements whose text starts with a date label ("Posted on", "Last updated:"), wherever they are. */
    final List<Element> labelledDates = new ArrayList<>();
    /** Elements whose text an update label opens ("Aktualisiert am 17.01.2021."), anywhere. */
    final List<Element> updateLines = new ArrayList<>();
    /**
     * The first element whose id names a post ({@code post2017066}, {@code p2270718},
     * {@code post-735}) and the elements after it: forum software anchors each post so.
     */
    final List<Element> firstPost = new ArrayList<>();
    /** The first h1s with the elements around each. */
    final List<Headline> headlines = new ArrayList<>();
    /**
     * The text nodes that may open a signature line ({@link SignedLineSource#mayOpenSignedLine}),
     * in document order, with their places: the last-resort author source reads them only
     * after the headline, and gathering them here spares it a second walk over the body. As
     * long as the page's short texts that open with a byline word's first letter, a few
     * references each.
     */
    final List<PlacedText> signatureTexts = new ArrayList<>();
    /** Elements visited so far: the place of the next element in document order. */
    private int elementsVisited;
    /** The places of the elements a {@link Headline} was made for ({@link #placeOf}). */
    private final Map<Element, Integer> headlinePlaces = new IdentityHashMap<>();
    /**
     * On a page without an h1 before it, the first element whose text is the document title's
     * headline (its first segment) with the elements around it: site builders style the
     * headline as a paragraph. Stands in for the h1 when the page has none, and when it is a
     * lower heading above every h1 while no h1 reads as the title ({@link #headline()}).
     */
    private Headline titleLine;
    /** The document title's segments ("Site - Headline" gives two), once the title is known. */
    private List<String> titleSegments = List.of();
    /** The title segment {@link #titleLine} shows, or "". */
    private String shownSegment = "";
    /** True once the title line shows the title's first segment: no later element replaces it. */
    private boolean titleFirstSegmentShown;
    /** The headings below h1 a theme may set the article's headline in. */
    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Where a site shows its own name rather than a headline ({@link #inLinkOrMenu}). */
    private static final Set<String> LOGO_PLACES = Set.of("a", "nav", "header", "button", "label", "option");
    /**
     * The initial table size for {@link #mayMarkByName}: the benchmark pages carry some 300
     * distinct class values and ids, which a table growing from 16 entries would be rebuilt
     * five times to hold.
     */
    private static final int NAMES_CAPACITY = 512;
    /** The last elements visited, oldest first: what precedes the next h1. */
    private final ArrayDeque<Element> recent = new ArrayDeque<>();
    /**
     * {@link ClassHints#mayMark} for each class value and id of the page: templates repeat a few
     * class values over hundreds of elements. Ids are asked here too, though they repeat less:
     * {@link Map#computeIfAbsent} is not inlined by the JIT compiler, so the stem scan stays
     * compiled once in its own method instead of being copied into this hot walk.
     */
    private final Map<String, Boolean> mayMarkByName = new HashMap<>(NAMES_CAPACITY);
    /**
     * What each class value and id, read together, mark ({@link #BYLINE_MARK}, {@link
     * #DATE_MARK}), for the pairs {@link ClassHints#mayMark} lets through: listings and threads
     * repeat the same byline and date classes per item. Asked through {@link Map#computeIfAbsent}
     * for the reason {@link #mayMarkByName} is: the lower-casing and the stem scans stay compiled
     * in their own methods, out of this hot walk.
     */
    private final Map<Names, Integer> marksByNames = new HashMap<>();
    /** The class names or id mark a byline. */
    private static final int BYLINE_MARK = 1;
    /** The class names or id mark a date line. */
    private static final int DATE_MARK = 1 << 1;
    String title = "";
    String htmlLang = "";

    private PageScan(Document doc, String url, DateParser dates) {
        this.doc = doc;
        this.url = url == null ? "" : url;
        this.dates = dates;
    }

    /** Walks the document once and keeps what the sources need. */
    static PageScan of(Document doc, String url, DateParser dates) {
        PageScan scan = new PageScan(doc, url, dates);
        Element html = rootElement(doc);
        if (html != null) {
            scan.htmlLang = html.attr("lang").isEmpty() ? html.attr("xml:lang") : html.attr("lang");
        }
        String lang = scan.htmlLang.toLowerCase(Locale.ROOT);
        scan.monthFirst = lang.isEmpty() || "en".equals(lang) || lang.startsWith("en-us") || lang.startsWith("en_us");
        doc.traverse(new Visitor(scan));
        scan.furniture = Furniture.withHeadings(scan.everyH1);
        return scan;
    }

    private void visit(Element e) {
        String tag = e.normalName();
        for (Headline h : headlines) {
            if (h.after.size() < NEAR_HEADLINE_ELEMENTS) {
                h.after.add(e);
            }
        }
        if (titleLine != null && titleLine.after.size() < NEAR_HEADLINE_ELEMENTS) {
            titleLine.after.add(e);
        }
        if (h1s.isEmpty() && !titleSegments.isEmpty() && !titleFirstSegmentShown) {
            readTitleLine(e);
        }
        if (!firstPost.isEmpty() && firstPost.size() < FIRST_POST_ELEMENTS) {
            firstPost.add(e);
        }
        if ("h1".equals(tag) && headlines.size() < MAX_H1) {
            headlines.add(headlineAt(e));
        }
        elementsVisited++;
        if (recent.size() == BEFORE_HEADLINE_ELEMENTS) {
            recent.removeFirst();
        }
        recent.addLast(e);
        switch (tag) {
            case "link" -> addCapped(links, e, MAX_ELEMENTS);
            case "time" -> addCapped(times, e, MAX_ELEMENTS);
            case "h1" -> {
                addCapped(h1s, e, MAX_H1);
                addCapped(everyH1, e, Furniture.MAX_LISTED_H1 + 1);
            }
            default -> visitOtherTag(e, tag);
        }
        if (e.attributesSize() != 0) {
            visitAttributes(e, tag);
        }
        // One call for elements with and without attributes: the compiler copies the label test
        // into this method once. Without class, id, itemprop or rel, only the text marks a date line.
        addIfLabelledDate(e);
    }

    /**
     * The metas, the title, the scripts and timestamp components. Kept out of {@link #visit},
     * and larger than the launcher's inlining limit for frequent calls ({@code
     * -XX:FreqInlineSize=100}), because their rare outcomes (JSON-LD in a meta, a title inside
     * an svg, a timestamp component) come late in a run, after the JIT compiler has left them out of the compiled
     * code: each such first outcome recompiles the method it lands in, and this small one
     * costs a fraction of the large walk with everything inlined into it.
     */
    private void visitOtherTag(Element e, String tag) {
        switch (tag) {
            case "meta" -> {
                addCapped(metas, e, MAX_METAS);
                addJsonLdMeta(e);
            }
            case "title" -> {
                if (title.isEmpty() && !inSvg(e)) {
                    title = TextMetrics.collapseWhitespace(e.text());
                    titleSegments = TitleChooser.segments(title);
                }
            }
            case "script" -> {
                if (Attrs.value(e, "type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    addJsonLd(scriptText(e));
                } else if (scripts.size() < MAX_ELEMENTS && !Attrs.has(e, "src")) {
                    scripts.add(scriptText(e));
                }
            }
            default -> {
                if (isTimestampComponent(e, tag)) {
                    addCapped(times, e, MAX_ELEMENTS);
                }
            }
        }
    }

    /** What an element's class, id, itemprop and rel mark: a post, a microdata item, a byline, a date line. */
    private void visitAttributes(Element e, String tag) {
        // read the attributes straight, without asking their count again per key
        Attributes attributes = e.attributes();
        String className = attributes.get("class").trim();
        String id = attributes.get("id");
        if (firstPost.isEmpty() && isPostId(id)) {
            firstPost.add(e);
        }
        if (!"meta".equals(tag) && (attributes.hasKey("itemprop") || attributes.hasKey("property"))) {
            addCapped(itemprops, e, MAX_ELEMENTS);
        }
        boolean mayMark = mayMarkByName.computeIfAbsent(className, ClassHints::mayMark)
                || mayMarkByName.computeIfAbsent(id, ClassHints::mayMark);
        int marks = mayMark ? marksByNames.computeIfAbsent(new Names(className, id), PageScan::marks) : 0;
        if ((marks & BYLINE_MARK) != 0 || "author".equalsIgnoreCase(attributes.get("rel"))) {
            addCapped(bylines, e, MAX_ELEMENTS);
        }
        // "article-byline__pub-dates" is both: the date line inside the byline block
        if ((marks & DATE_MARK) != 0) {
            addCapped(dateLines, e, MAX_ELEMENTS);
        }
    }

    /**
     * An element's class value (trimmed) and id. equals and hashCode are written out: a record's
     * generated ones are bootstrapped through java.lang.runtime.ObjectMethods on first use, which
     * spins ~10 classes at run time and costs a one-page run ~10 ms.
     */
    private record Names(String className, String id) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Names other && className.equals(other.className) && id.equals(other.id);
        }

        @Override
        public int hashCode() {
            return 31 * className.hashCode() + id.hashCode();
        }
    }

    /** What the class value and id mark, read together ({@link ClassHints#of}). */
    private static int marks(Names names) {
        String hints = ClassHints.of(names.className(), names.id());
        return (ClassHints.byline(hints) ? BYLINE_MARK : 0) | (!hints.isEmpty() && ClassHints.date(hints) ? DATE_MARK : 0);
    }

    /** A headline made of the element and the recent elements before it, its place remembered. */
    private Headline headlineAt(Element e) {
        List<Element> before = new ArrayList<>(recent);
        Collections.reverse(before);
        headlinePlaces.put(e, elementsVisited);
        return new Headline(e, before);
    }

    private void visitText(TextNode t) {
        if (SignedLineSource.mayOpenSignedLine(t)) {
            signatureTexts.add(new PlacedText(t, elementsVisited));
        }
    }

    /**
     * The place in document order of an element a {@link Headline} was made for: how many
     * elements come before it. A text whose {@link PlacedText#elementsBefore} is greater starts
     * after the element's start tag.
     */
    int placeOf(Headline headline) {
        return headlinePlaces.get(headline.h1);
    }

    /**
     * A web component that renders a timestamp ("3 hours ago"): a custom element, named for
     * time ({@code <relative-time>}, {@code <local-time>}, {@code <faceplate-timeago>}), that
     * carries the instant in {@code datetime} or {@code ts}. Read as a {@code <time>}.
     */
    private static boolean isTimestampComponent(Element e, String tag) {
        return tag.indexOf('-') > 0 && tag.contains("time") && (Attrs.has(e, "datetime") || Attrs.has(e, "ts"));
    }

    /**
     * The script's text, as {@link Element#data()} gives it. The parser leaves a script's text in
     * one data node, whose string is the script's text as it is: {@code data()} would copy it
     * through a builder, and framework state scripts run to hundreds of kilobytes.
     */
    private static String scriptText(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data) {
            return data.getWholeData();
        }
        return script.data();
    }

    /**
     * JSON-LD carried in a {@code <meta name="script:ld+json" content="{...}">}: some frameworks
     * render their head scripts as meta tags, leaving the page's only schema.org block there.
     */
    private void addJsonLdMeta(Element meta) {
        if (JSON_LD_META.equalsIgnoreCase(meta.attr("name"))) {
            addJsonLd(meta.attr("content"));
        }
    }

    /** Keeps a JSON-LD block while the count and character caps allow. */
    private void addJsonLd(String json) {
        if (jsonLd.size() < MAX_JSON_LD && jsonLdChars + json.length() <= MAX_JSON_LD_CHARS) {
            jsonLd.add(json);
            jsonLdChars += json.length();
        }
    }

    private void addIfLabelledDate(Element e) {
        DateLabels opening = DateLabels.opening(e);
        if (opening == DateLabels.PUBLICATION) {
            addCapped(labelledDates, e, MAX_LABELLED_DATES);
        } else if (opening == DateLabels.UPDATE) {
            addCapped(updateLines, e, MAX_LABELLED_DATES);
        }
    }

    /** True for a post anchor id: "p" or "post", an optional "-" or "_", then digits only. */
    static boolean isPostId(String id) {
        int at = id.startsWith(POST) ? POST.length() : id.startsWith("p") ? 1 : -1;
        if (at < 0) {
            return false;
        }
        if (at < id.length() && (id.charAt(at) == '-' || id.charAt(at) == '_')) {
            at++;
        }
        if (at == id.length()) {
            return false;
        }
        for (int i = at; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The article's headline among the first h1s: the first one the document title contains
     * (a site-name h1 in the page header is not in the title), else a lower heading above
     * every h1 showing the title's headline, else the first h1 with text; on a page without
     * h1, the element showing the title's headline, or null.
     */
    Headline headline() {
        if (headlines.isEmpty()) {
            return titleLine;
        }
        String docTitle = TitleChooser.norm(title);
        Headline firstWithText = null;
        for (Headline h : headlines) {
            String text = ShortText.of(h.h1, MAX_HEADLINE_LENGTH);
            String norm = text == null ? "" : TitleChooser.norm(text);
            if (norm.isEmpty()) {
                continue;
            }
            if (readsInTitle(docTitle, norm)) {
                return h;
            }
            firstWithText = firstWithText == null ? h : firstWithText;
        }
        if (titleLine != null && SUBHEADINGS.contains(titleLine.h1.normalName())) {
            // a theme sets the headline in an h2 and its h1s further down label widgets ("€5"
            // on a donation form); an h2 below the h1 restates it, so only one above every h1 counts
            return titleLine;
        }
        return firstWithText != null ? firstWithText : headlines.get(0);
    }

    /**
     * True when the normalised title holds the h1's text as whole words: an h1 "€5" on a
     * donation form is not in "… catastrophe - DiEM25". Text in a script written without
     * spaces (Chinese, Japanese) has no word boundaries to match, so any containment counts.
     */
    static boolean readsInTitle(String docTitle, String h1) {
        int at = docTitle.indexOf(h1);
        if (at < 0) {
            return false;
        }
        if (Character.getType(h1.codePointAt(0)) == Character.OTHER_LETTER) {
            return true;
        }
        return (" " + docTitle + " ").contains(" " + h1 + " ");
    }

    /**
     * Makes the element the title line when its text is a segment of the document title: the
     * first segment, which no later element replaces (the headline usually opens the title),
     * or else the longest segment shown so far. Older sites and portals put their name first
     * ("Heimatblatt - Nachrichten - Gemeinderat beschließt Haushalt") and show the headline
     * in bold or a font tag without an h1: the segment the page shows as a line of its own is
     * the headline, the longest one when the site's name is shown too.
     */
    private void readTitleLine(Element e) {
        for (int i = 0; i < titleSegments.size(); i++) {
            String segment = titleSegments.get(i);
            boolean first = i == 0;
            // the text test first: it is cheap and fails on nearly every element, while the
            // link-or-menu test walks up to the root
            if (isTitleText(e, segment) && (first || segment.length() > shownSegment.length() && !inLinkOrMenu(e))) {
                titleLine = headlineAt(e);
                shownSegment = segment;
                titleFirstSegmentShown = first;
                return;
            }
        }
    }

    /**
     * True inside a link, a menu or the page header: a site shows its name there (the logo
     * link, "Hacker News"), while the headline of an older page is a line of its own.
     */
    private static boolean inLinkOrMenu(Element e) {
        return Ancestors.closest(e, LOGO_PLACES) != null;
    }

    /**
     * The title segment the page shows as a line of its own when it is not the title's first
     * one ("Gemeinderat beschließt Haushalt" under "Heimatblatt - Gemeinderat beschließt
     * Haushalt"), else "": a first segment is what a title's reader takes anyway.
     */
    String shownLaterTitleSegment() {
        return titleFirstSegmentShown ? "" : shownSegment;
    }

    /** True when the element's only child is a text that reads as the given title segment. */
    private static boolean isTitleText(Element e, String segment) {
        if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode t)) {
            return false;
        }
        String text = t.getWholeText();
        // lengths first: this runs on every element of a page until its first h1
        return text.length() >= segment.length() && text.length() <= segment.length() + TITLE_TEXT_SLACK
                && TextMetrics.collapsesTo(text, segment);
    }

    /** The {@code <html>} element: the parser always makes it the document's element child. */
    private static Element rootElement(Document doc) {
        for (int i = 0; i < doc.childNodeSize(); i++) {
            if (doc.childNode(i) instanceof Element child && child.normalName().equals("html")) {
                return child;
            }
        }
        return null;
    }

    private static boolean inSvg(Element e) {
        Element p = e.parent();
        return p != null && "svg".equals(p.normalName());
    }

    private static void addCapped(List<Element> list, Element e, int cap) {
        if (list.size() < cap) {
            list.add(e);
        }
    }

    private record Visitor(PageScan scan) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                scan.visit(e);
            } else if (node instanceof TextNode t) {
                scan.visitText(t);
            }
        }
    }
}
