package dev.pith.meta;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Picks the headline. Documented rule, in order:
 * <ol>
 *   <li>an {@code <h1>} (one of the first three) that agrees with the document title or
 *       {@code og:title}: equal to one of their separator-delimited segments, or their start.
 *       Agreement makes it the headline rather than a logo or a section name; so does being equal
 *       to any og:title or the JSON-LD headline, or being what the title glues the site's name to.
 *       A kicker span opening such an h1 is cut off (not on product pages, where it is the brand),
 *       and so are a date element opening it, a permalink mark ending it and the site's name a
 *       template appends to it;</li>
 *   <li>else {@code og:title}, else the {@code <title>}, with the site name cut off: split at
 *       separators ({@code |}, {@code -}, {@code –}, {@code —}, {@code ·}, {@code »}...), segments
 *       naming the site dropped, the first remaining segment kept; a breadcrumb trail the site
 *       opens ("Site » Blog Archive » Post") gives its last segment; a domain opening the title
 *       before a colon or space, and a first segment of digits alone (a date), are cut. The site's
 *       names are those the markup states and those its address or its home link gives
 *       ({@link SiteHost});</li>
 *   <li>else the JSON-LD headline, a {@code <meta name=title>}-style value, the Twitter title,
 *       or the first {@code <h1>}.</li>
 * </ol>
 */
final class TitleChooser {

    /** Longer h1 text is not a headline (a whole banner or a paragraph marked up as h1). */
    static final int MAX_HEADLINE_LENGTH = 300;
    /** A kicker over a headline is a topic of a few words ("Corona-Pandemie", "Olympische Spiele in Paris"). */
    static final int MAX_KICKER_WORDS = 5;
    /**
     * Elements that open an h1 without being a kicker: a code name heading its documentation
     * ("<code>functools</code> — Higher-order functions"), which is part of the title.
     */
    private static final Set<String> NOT_KICKERS = Set.of("code", "kbd", "samp");
    /** A badge class ("label", "label--blue"): a forum thread's prefix ("Question", "Info"), kept as part of its title. */
    private static final String LABEL = "label";
    /** What remains after a kicker must still read as a headline. */
    static final int MIN_HEADLINE_WORDS = 3;

    private static final Pattern SEPARATORS = Pattern.compile("\\s+[-|–—·•»~/:]{1,2}\\s+|\\s*\\|\\s*|\\s*::\\s*");

    /** The marks of a breadcrumb trail; hyphens and pipes also join a headline to its subtitle. */
    private static final Set<String> TRAIL_MARKS = Set.of("»", "::", "/");

    /** What templates put between a title and what they append to it: a pipe or a spaced ASCII hyphen. */
    private static final Pattern TEMPLATE_SEPARATOR = Pattern.compile("\\s*\\|\\s*|\\s+-\\s+");
    /** The end of a kicker before a headline: a colon, exclamation or question mark, or a spaced dash. */
    private static final Pattern KICKER = Pattern.compile("[:!?]\\s+|\\s+[-–—]\\s+");

    private TitleChooser() {
    }

    static String choose(PageScan page, Candidates c) {
        String docTitle = page.title;
        List<String> stated = statedSiteNames(c);
        List<String> hosts = hostNames(page, c);
        SiteNames siteNames = new SiteNames(stated, hosts);
        List<String> sites = new ArrayList<>(stated);
        sites.addAll(hosts);
        String og = ownOgTitle(c, sites);
        // a "site name" that is the page's whole title (application-name copying it) names no site
        sites.removeIf(site -> site.equals(norm(docTitle)) || site.equals(norm(orEmpty(c.first(Field.TITLE, Source.OPEN_GRAPH)))));
        List<String> statedTitles = new ArrayList<>();
        // the titles written for machines and cards: a second og:title, the JSON-LD headline
        c.of(Field.TITLE).stream().filter(x -> x.source() == Source.OPEN_GRAPH || x.source() == Source.JSON_LD)
                .forEach(x -> statedTitles.add(x.value()));
        Titles titles = new Titles(docTitle, og, sites, statedTitles);
        String agreeing = null;
        int agreeingRank = Integer.MAX_VALUE;
        List<String> h1Texts = cleanedH1s(page);
        for (int i = 0; i < h1Texts.size(); i++) {
            Element h1 = page.h1s.get(i);
            String h = h1Texts.get(i);
            int rank = h.isEmpty() || h.length() > MAX_HEADLINE_LENGTH ? -1 : agreement(h, titles);
            if (rank >= 0 && rank < agreeingRank) {
                // a product page's h1 opens with the brand in its own span ("<span>KALLAX</span> Shelf unit"): part of the name
                agreeing = MetadataResolver.isProductPage(c) ? h : withoutBadge(h1, withoutKicker(h1, h), titles);
                agreeingRank = rank;
            }
        }
        if (agreeing != null) {
            return withoutTrailingSiteName(agreeing, siteNames);
        }
        // no h1 agrees with the titles: the one the address spells may still be the headline ({@link SlugHeadline})
        String slugUrl = page.url.isEmpty() ? MetadataResolver.best(c, Field.CANONICAL_URL) : page.url;
        return ShortenedTitle.fuller(SlugHeadline.prefer(fromTitles(page, c, og, siteNames), h1Texts, slugUrl), h1Texts);
    }

    /** The title the markup states: og:title, else the document title, else another source's title, without the site's name. */
    private static String fromTitles(PageScan page, Candidates c, String og, SiteNames siteNames) {
        String docTitle = page.title;
        // no h1 and no og:title (older sites): the segment the page shows as its headline
        String shown = page.shownLaterTitleSegment();
        if (og.isEmpty() && !shown.isEmpty()) {
            return shown;
        }
        if (!og.isEmpty() && OgTitleReading.cutAtQuote(og, docTitle)) {
            // the og:title broke at the headline's quotation mark: the document title holds the headline
            return withoutSiteName(docTitle, siteNames, false);
        }
        if (!og.isEmpty() && OgTitleReading.heldWhole(og, docTitle)) {
            // the document title appends the site to the whole og:title: its hyphens are the headline's own,
            // a pipe still ends it ("Cloudflare CDN | Content Delivery Network")
            return withoutTrailingSiteName(beforePipe(og), siteNames);
        }
        String base = !og.isEmpty() ? og : docTitle;
        if (!base.isEmpty()) {
            return withoutSiteName(base, siteNames, !og.isEmpty());
        }
        for (Source s : new Source[] {Source.JSON_LD, Source.META_NAME, Source.MICRODATA, Source.TWITTER,
                Source.JSON_LD_PAGE}) {
            String v = c.first(Field.TITLE, s);
            if (v != null) {
                return withoutSiteName(v, siteNames, false);
            }
        }
        return page.h1s.isEmpty() ? "" : TextMetrics.collapseWhitespace(page.h1s.get(0).text());
    }

    /** The h1s' texts without a date opening them or a permalink mark ending them. */
    private static List<String> cleanedH1s(PageScan page) {
        List<String> out = new ArrayList<>();
        for (Element h1 : page.h1s) {
            out.add(withoutAnchorMark(withoutDateline(h1, TextMetrics.collapseWhitespace(h1.text()), page.dates)));
        }
        return out;
    }

    /**
     * The page's titles as compared with its h1s: document title, og:title, their segments, the
     * site's names, and every title a markup source states (a second og:title, the JSON-LD headline).
     */
    private record Titles(String doc, String og, List<String> segments, List<String> ogSegments,
            List<String> headlinesAfterKickers, List<String> sites, List<String> stated) {
        Titles(String doc, String og, List<String> sites, List<String> stated) {
            this(norm(doc), norm(og), normalised(TitleChooser.segments(doc), TitleChooser.segments(og)),
                    normalised(TitleChooser.segments(og)), normalised(afterKicker(doc), afterKicker(og)), sites,
                    normalised(stated));
        }
    }

    /**
     * The h1's text without the kicker element that opens it: news and magazine templates set a
     * topic line in its own span inside the headline ({@code <h1><span class="kicker">Corona-Pandemie</span>
     * <span>„Es kommt …“</span></h1>}), styled apart, and readers take the rest for the headline.
     * A first element holding most of the text, or a link wrapping it all, is no kicker, nor one
     * without a class (emphasis on the headline's first word).
     */
    static String withoutKicker(Element h1, String text) {
        Element first = openingElement(h1);
        // a kicker is styled apart: a class of its own; bare <em>The</em> or <span>10</span> opens the headline itself
        if (first == null || first.className().isBlank() || first.text().chars().noneMatch(Character::isLetter)
                || NOT_KICKERS.contains(first.normalName()) || first.className().contains(LABEL)) {
            return text;
        }
        String kicker = TextMetrics.collapseWhitespace(first.text());
        String rest = text.startsWith(kicker) ? text.substring(kicker.length()).strip() : "";
        rest = rest.replaceFirst("^[-–—:|·]\\s*", "");
        if (kicker.isEmpty() || rest.isEmpty() || words(kicker) > MAX_KICKER_WORDS || words(rest) < MIN_HEADLINE_WORDS
                || kicker.length() * 2 > text.length()) {
            return text;
        }
        return rest;
    }

    /**
     * The h1's text without a forum thread's prefix badge ({@code <span class="label">Player</span>
     * Squad 2024 - 2025}) when a title written for machines (the JSON-LD headline) states the
     * thread's title without it: the badge is a category the forum sets before threads so
     * labelled, which the document title and og:title repeat ("Player - Squad 2024 - 2025").
     * Kept when no such title leaves it out ("Info - Ultimate Graphics Card Comparison Guide").
     */
    private static String withoutBadge(Element h1, String text, Titles t) {
        Element first = openingElement(h1);
        if (first == null || !first.className().contains(LABEL)) {
            return text;
        }
        String badge = TextMetrics.collapseWhitespace(first.text());
        if (badge.isEmpty() || badge.length() >= text.length() || !text.startsWith(badge)) {
            return text;
        }
        String rest = text.substring(badge.length()).strip();
        String n = norm(rest);
        return !n.isEmpty() && t.stated().contains(n) ? rest : text;
    }

    /**
     * The h1's text without a date opening it in an element of its own
     * ({@code <h1><span class="topline"><span class="date">27.01.2022</span></span>MineralölINFO …</h1>}):
     * the day the item was posted, styled over the headline, and glued to it in the text.
     */
    static String withoutDateline(Element h1, String text, DateParser dates) {
        Element first = openingElement(h1);
        if (first == null) {
            return text;
        }
        String date = TextMetrics.collapseWhitespace(first.text());
        if (date.isEmpty() || date.chars().anyMatch(Character::isLetter) || !text.startsWith(date)
                || dates.parse(date).isEmpty()) {
            return text;
        }
        String rest = text.substring(date.length()).replaceFirst("^[\\s\\-–—:|·]+", "");
        return rest.isEmpty() ? text : rest;
    }

    /**
     * The h1's text without the permalink mark documentation generators append to headings
     * ({@code <a class="headerlink">¶</a>}: "Middleware¶"), which is no part of the title.
     */
    static String withoutAnchorMark(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == PILCROW || text.charAt(end - 1) == SECTION_SIGN
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end == 0 ? text : text.substring(0, end);
    }

    private static final char PILCROW = '¶';
    private static final char SECTION_SIGN = '§';

    /**
     * The element opening the h1's text: the first child of the innermost link or span wrapping the
     * whole headline, when nothing but white space precedes it; else null.
     */
    private static Element openingElement(Element h1) {
        Element holder = h1;
        while (onlyChild(holder) != null) {
            holder = onlyChild(holder);
        }
        return firstChildElement(holder);
    }

    /** The element's single element child when it has no text of its own beside it, else null. */
    private static Element onlyChild(Element e) {
        return e.childrenSize() == 1 && e.ownText().isBlank() ? e.child(0) : null;
    }

    /** The first child element when nothing but white space precedes it, else null. */
    private static Element firstChildElement(Element e) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof Element el) {
                return "br".equals(el.normalName()) ? null : el;
            }
            if (!(n instanceof org.jsoup.nodes.TextNode t) || !t.isBlank()) {
                return null;
            }
        }
        return null;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /**
     * What follows a kicker in each segment of a title: "Chronik: Lotte Tobisch ist tot",
     * "Pressemitteilung: Endlich …", "Trails! Ischgl" give the headline the h1 shows alone.
     */
    private static List<String> afterKicker(String title) {
        List<String> out = new ArrayList<>();
        for (String segment : segments(title)) {
            String[] parts = KICKER.split(segment, 2);
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                out.add(parts[1]);
            }
        }
        return out;
    }

    /**
     * How well an h1 agrees with the titles: 0 when it starts one of them (the headline comes
     * first) or ends one after a kicker ("Chronik: Lotte Tobisch ist tot" over the h1 "Lotte
     * Tobisch ist tot"), 1 when it equals a later segment, -1 when it does not agree. An h1 that
     * names the site (a blog's name over its posts) never agrees, nor one that only the document
     * title holds before an og:title that says otherwise ("Blog Name: Post" beside og "Post").
     */
    private static int agreement(String h1, Titles t) {
        String n = norm(h1);
        if (n.isEmpty() || t.sites().contains(n) || isTitlePrefixOf(n, t)) {
            return -1;
        }
        // a one-word h1 that merely starts the title is too weak ("News" vs "News about...")
        boolean multiWord = n.indexOf(' ') > 0;
        if (startsWithWords(t.doc(), n) && (multiWord || t.doc().equals(n))
                || startsWithWords(t.og(), n) && (multiWord || t.og().equals(n))) {
            return 0;
        }
        if (t.headlinesAfterKickers().contains(n) || t.stated().contains(n)
                || multiWord && gluedToSiteName(t.doc(), n, t.sites())) {
            return 0;
        }
        // with an og:title of its own, the page's headline agrees with it: a later segment of the
        // document title alone is a section or page-type word ("Konrad-Adenauer-Stiftung - detail")
        for (String s : t.og().isEmpty() ? t.segments() : t.ogSegments()) {
            if (s.equals(n)) {
                return 1;
            }
        }
        return -1;
    }

    /**
     * True when the title is the h1 with the site's name glued to it, no separator between them
     * ("Truckwash A31Das etwas andere Branchenbuch | …"): a template that forgot its separator.
     */
    private static boolean gluedToSiteName(String title, String h1, List<String> sites) {
        if (!title.startsWith(h1) || title.length() == h1.length()) {
            return false;
        }
        String rest = title.substring(h1.length()).strip();
        return sites.stream().anyMatch(site -> !site.isEmpty() && (rest.equals(site) || rest.startsWith(site + " ")));
    }

    /** True when the document title is the h1 followed by the og:title: the h1 is the site's name. */
    private static boolean isTitlePrefixOf(String h1, Titles t) {
        return !t.og().isEmpty() && !t.og().contains(h1) && t.doc().startsWith(h1 + " ")
                && t.doc().substring(h1.length() + 1).equals(t.og());
    }

    private static List<String> normalised(List<String> first, List<String> second) {
        List<String> out = normalised(first);
        out.addAll(normalised(second));
        return out;
    }

    private static List<String> normalised(List<String> titles) {
        List<String> out = new ArrayList<>();
        titles.forEach(x -> out.add(norm(x)));
        return out;
    }

    /**
     * The og:title: the first one, or when it is just the site's name and the page states
     * another (a theme's og:title beside the article's), that other one.
     */
    private static String ownOgTitle(Candidates c, List<String> sites) {
        String first = orEmpty(c.first(Field.TITLE, Source.OPEN_GRAPH));
        if (!sites.contains(norm(first))) {
            return first;
        }
        for (Candidate x : c.of(Field.TITLE)) {
            if (x.source() == Source.OPEN_GRAPH && !sites.contains(norm(x.value()))) {
                return x.value();
            }
        }
        return first;
    }

    /** The site's names the markup states ({@code og:site_name}, the publisher, {@code application-name}). */
    private static List<String> statedSiteNames(Candidates c) {
        List<String> sites = new ArrayList<>();
        for (Candidate s : c.of(Field.SITE)) {
            sites.add(norm(s.value()));
        }
        return sites;
    }

    /** The site's names its address spells (page URL, canonical link, og:url) and its home link names ({@link SiteHost}). */
    private static List<String> hostNames(PageScan page, Candidates c) {
        List<String> hosts = new ArrayList<>(SiteHost.names(page.url));
        hosts.addAll(SiteHost.homeLinkNames(page.h1s));
        for (Candidate u : c.of(Field.CANONICAL_URL)) {
            SiteHost.names(u.value()).stream().filter(n -> !hosts.contains(n)).forEach(hosts::add);
        }
        return hosts;
    }

    /**
     * The site's names as a title may hold them: stated in the markup, or spelled by the address.
     * A domain name opens a title ("BAFA - …", "Disfunctions.de » …") as often as it ends one, but
     * a title ending in it keeps its usual cut: the first segment.
     */
    record SiteNames(List<String> stated, List<String> hosts) {
        boolean contains(String normalised) {
            return stated.contains(normalised) || hosts.contains(normalised);
        }
    }

    private static boolean startsWithWords(String title, String prefix) {
        return title.equals(prefix) || title.startsWith(prefix + " ");
    }

    /**
     * Drops the site's name from a title. When the first or last segment names the site, the
     * rest is kept as written, separators and all ("Office 365 – HBDI – die Dritte | Blog",
     * "Deux ans et demi en Macronie : une condamnation … - regards.fr"); otherwise the first
     * segment is kept, as the site name usually ends a title. A pipe still ends the headline.
     */
    static String withoutSiteName(String fullTitle, SiteNames sites, boolean social) {
        String title = withoutLeadingNumber(fullTitle);
        List<String> segs = segments(title);
        if (segs.size() <= 1) {
            return withoutLeadingDomain(title.strip(), sites.hosts());
        }
        List<MatchResult> cuts = SEPARATORS.matcher(title).results().toList();
        MatchResult firstCut = cuts.get(0);
        MatchResult lastCut = cuts.get(cuts.size() - 1);
        String head = title.substring(0, firstCut.start()).strip();
        String tail = title.substring(lastCut.end()).strip();
        if (sites.stated().contains(norm(tail)) && !head.isEmpty()) {
            return beforePipe(title.substring(0, lastCut.start()));
        }
        if (sites.contains(norm(head)) && !tail.isEmpty()) {
            return isTrail(cuts) ? tail : beforePipe(title.substring(firstCut.end()));
        }
        if (social) {
            // An og:title is cut only where templates append a site name or subtitle, a pipe or a
            // spaced hyphen; typographic dashes, colons and guillemets are the writer's own.
            return TEMPLATE_SEPARATOR.split(title, 2)[0].strip();
        }
        for (String seg : segs) {
            if (!sites.contains(norm(seg))) {
                return seg;
            }
        }
        return segs.get(0);
    }

    /**
     * The headline without the site's name its template appends to the h1 as to the title
     * ("Catering Tips | Cookshack", "Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst").
     */
    static String withoutTrailingSiteName(String headline, SiteNames sites) {
        List<MatchResult> cuts = SEPARATORS.matcher(headline).results().toList();
        if (cuts.isEmpty()) {
            return headline;
        }
        MatchResult last = cuts.get(cuts.size() - 1);
        String head = headline.substring(0, last.start()).strip();
        return !head.isEmpty() && sites.contains(norm(headline.substring(last.end()))) ? head : headline;
    }

    /**
     * The title without a first segment of digits alone ("23.01.2022 - Dorothea Wierer darf …"):
     * a news item's date or number set before its headline, which no headline is.
     */
    private static String withoutLeadingNumber(String title) {
        Matcher m = LEADING_NUMBER.matcher(title);
        return m.lookingAt() && m.end() < title.length() ? title.substring(m.end()) : title;
    }

    /** Digits and the marks between them, then a separator. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*\\d[\\d./]*\\s+[-|–—·•:]{1,2}\\s+");

    /**
     * The title without the site's domain name opening it before a colon or a space
     * ("davidbau.com Vibe Coding", "Site.de: Headline"), which the separators do not cut.
     * Only a name written as a domain, with its dot: a bare word may start the headline itself.
     */
    private static String withoutLeadingDomain(String title, List<String> hosts) {
        Matcher m = LEADING_DOMAIN.matcher(title);
        if (m.lookingAt() && hosts.contains(norm(m.group(1))) && m.end() < title.length()) {
            return title.substring(m.end()).strip();
        }
        return title;
    }

    /** A domain name opening a title, then a colon or a space. */
    private static final Pattern LEADING_DOMAIN = Pattern.compile("([\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,})(?::\\s*|\\s+)");

    /**
     * True when the title is a trail of three segments or more joined by one breadcrumb mark
     * ("Site » Blog Archive » Post", "Site :: Section :: Page"): it goes from the site to the page,
     * so once the site opens it, the page's own title is the last segment.
     */
    private static boolean isTrail(List<MatchResult> cuts) {
        if (cuts.size() < 2) {
            return false;
        }
        String mark = cuts.get(0).group().strip();
        return TRAIL_MARKS.contains(mark) && cuts.stream().allMatch(m -> m.group().strip().equals(mark));
    }

    /** A pipe separates a headline from the section or subtitle after it ("IAM overview | Identity and Access …"). */
    private static String beforePipe(String title) {
        int pipe = title.indexOf('|');
        return (pipe > 0 ? title.substring(0, pipe) : title).strip();
    }

    static List<String> segments(String title) {
        List<String> out = new ArrayList<>();
        if (title == null || title.isBlank()) {
            return out;
        }
        for (String s : SEPARATORS.split(title)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Lower-cased letters and digits, words separated by one space: how titles are compared. */
    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toLowerCase(ch));
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
