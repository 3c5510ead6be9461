package dev.pith.meta;

import dev.pith.model.Metadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns candidates into one {@link Metadata}. The rules, field by field:
 * <ul>
 *   <li>title: {@link TitleChooser};</li>
 *   <li>dates: {@link DateResolver} (precedence weights plus agreement by day);</li>
 *   <li>authors: the strongest source that names at least one person, after cleaning
 *       ({@link AuthorNames}); generic credits ("Staff", an organisation) only when no source
 *       names a person, never the site's own name; none on product pages. Microdata and
 *       visible bylines count their first element only (forums repeat them per post);</li>
 *   <li>tags: the union over sources, in precedence order, without duplicates;</li>
 *   <li>every other field: the first value of the strongest source.</li>
 * </ul>
 */
final class MetadataResolver {

    /** More names than this from one source is a contributor list or a listing page. */
    static final int MAX_AUTHORS = 6;
    /**
     * A source's list longer than {@link #MAX_AUTHORS} still names the page's writers when no other
     * source names anyone: a desk of eight signing a report ("M&A Updates"), as many as the
     * JSON-LD reader takes.
     */
    static final int MAX_TEAM_AUTHORS = 8;
    /** Visible bylines naming more people than this come from a listing of several articles. */
    static final int MAX_VISIBLE_AUTHORS = 3;
    /** Tags kept. */
    static final int MAX_TAGS = 30;
    /** Longest tag kept; longer "keywords" are sentences. */
    static final int MAX_TAG_LENGTH = 60;

    /** The page type whose pages carry neither authors nor a publication date. */
    private static final String PRODUCT = "product";

    /** Sources whose every byline element is a candidate; only the first one names the page's author. */
    private static final Set<Source> FIRST_BYLINE_ONLY = EnumSet.of(Source.MICRODATA, Source.VISIBLE);
    /** The sources whose author value comes from a field meant for it, not from a line of visible text. */
    private static final Set<Source> MARKUP_AUTHOR_FIELDS = EnumSet.of(Source.JSON_LD, Source.OPEN_GRAPH, Source.META_NAME,
            Source.MICRODATA, Source.TWITTER);

    /**
     * A login handle: lower-case words joined by dots or underscores ("andrew.keaveney"), the
     * account a CMS stamps into the markup, which may be the editor's who posted the story.
     */
    private static final Pattern LOGIN_HANDLE = Pattern.compile("[\\p{Ll}\\d]+(?:[._][\\p{Ll}\\d]+)+");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*");

    private static final Map<String, String> PAGE_TYPES = Map.ofEntries(
            Map.entry("article", "article"), Map.entry("newsarticle", "article"), Map.entry("blogposting", "article"),
            Map.entry("reportagenewsarticle", "article"), Map.entry("analysisnewsarticle", "article"),
            Map.entry("reviewnewsarticle", "article"), Map.entry("backgroundnewsarticle", "article"),
            Map.entry("askpublicnewsarticle", "article"), Map.entry("satiricalarticle", "article"),
            Map.entry("advertisercontentarticle", "article"), Map.entry("medicalscholarlyarticle", "article"),
            Map.entry("apireference", "article"),
            Map.entry("opinionnewsarticle", "article"), Map.entry("techarticle", "article"),
            Map.entry("scholarlyarticle", "article"), Map.entry("liveblogposting", "article"),
            Map.entry("report", "article"), Map.entry("review", "article"), Map.entry("howto", "article"),
            Map.entry("recipe", "recipe"), Map.entry("product", "product"), Map.entry("og:product", "product"),
            Map.entry("product.item", "product"), Map.entry("discussionforumposting", "forum"),
            Map.entry("socialmediaposting", "forum"), Map.entry("qapage", "forum"), Map.entry("question", "forum"),
            Map.entry("faqpage", "faq"), Map.entry("videoobject", "video"), Map.entry("video.other", "video"),
            Map.entry("video.movie", "video"), Map.entry("event", "event"), Map.entry("profile", "profile"),
            Map.entry("profilepage", "profile"), Map.entry("book", "book"), Map.entry("books.book", "book"),
            Map.entry("course", "course"), Map.entry("jobposting", "job"), Map.entry("music.song", "music"));

    private MetadataResolver() {
    }

    static Metadata resolve(PageScan page, Candidates c) {
        String pageType = pageType(c);
        // a product page is not published on a day: its dates belong to reviews, offers and stock updates
        boolean undated = isProductPage(c);
        String published = undated ? "" : DateResolver.published(c.of(Field.PUBLISHED), c.of(Field.MODIFIED),
                c.of(Field.SHOWN_DATE), c.of(Field.DATE_ABOVE_HEADLINE), c.of(Field.ORIGINAL_DATE));
        String modified = DateResolver.modified(c.of(Field.MODIFIED), published);
        return Metadata.builder()
                .title(Mojibake.repaired(TitleChooser.choose(page, c)))
                .description(best(c, Field.DESCRIPTION))
                .authors(authors(c))
                .published(published)
                .modified(modified)
                .date(undated ? "" : shownDate(published, c))
                .site(best(c, Field.SITE))
                .language(language(c))
                .canonicalUrl(url(page, best(c, Field.CANONICAL_URL)))
                .image(url(page, best(c, Field.IMAGE)))
                .tags(tags(c))
                .pageType(pageType)
                .build();
    }

    /** The date a reader sees ({@link DateResolver}'s corrections of the publication date for the date field). */
    private static String shownDate(String published, Candidates c) {
        String date = DateResolver.shown(published, c.of(Field.PUBLISHED), c.of(Field.MODIFIED));
        date = DateResolver.shownLineOverHiddenPublication(date, c.of(Field.PUBLISHED), c.of(Field.MODIFIED),
                c.of(Field.SHOWN_DATE));
        return DateResolver.dayInMonth(date, c.of(Field.UPDATE_LINE));
    }

    /** The first value of the strongest source. */
    static String best(Candidates c, Field field) {
        Candidate best = null;
        for (Candidate x : c.of(field)) {
            if (best == null || x.source().ordinal() < best.source().ordinal()) {
                best = x;
            }
        }
        return best == null ? "" : best.value();
    }


    static List<String> authors(Candidates c) {
        Map<Source, List<String>> names = new LinkedHashMap<>();
        List<String> generic = new ArrayList<>();
        Set<String> sites = new java.util.HashSet<>();
        c.of(Field.SITE).forEach(x -> sites.add(TitleChooser.norm(x.value())));
        List<String> written = new ArrayList<>();
        // a forum repeats each poster's byline over every post (up to PageScan.MAX_ELEMENTS of
        // them): each distinct byline is cleaned once, cleaning being a function of the text alone
        Map<String, AuthorNames.Cleaned> cleanedBylines = new HashMap<>();
        Map<Source, List<String>> lowerCase = new EnumMap<>(Source.class);
        for (Candidate x : c.of(Field.AUTHOR)) {
            if (x.source() == Source.JSON_LD_PAGE) {
                // an organisation credited as author names no person: a last resort, like "Staff"
                generic.addAll(AuthorNames.organisation(x.value()));
                continue;
            }
            List<String> list = names.computeIfAbsent(x.source(), s -> new ArrayList<>());
            AuthorNames.Cleaned cleaned = cleanedBylines.computeIfAbsent(x.value(), AuthorNames::clean);
            if (cleaned.names().isEmpty() && cleaned.generic().isEmpty() && MARKUP_AUTHOR_FIELDS.contains(x.source())) {
                lowerCase.computeIfAbsent(x.source(), s -> new ArrayList<>()).addAll(AuthorNames.lowerCaseName(x.value()));
            }
            written.addAll(cleaned.names());
            if (FIRST_BYLINE_ONLY.contains(x.source()) && !list.isEmpty()) {
                // forums and listings repeat bylines per post: the first one is the page's own
                continue;
            }
            for (String raw : cleaned.names()) {
                String n = withoutTrailingSite(raw, sites);
                if (list.stream().noneMatch(n::equalsIgnoreCase)) {
                    list.add(n);
                }
            }
            generic.addAll(cleaned.generic());
        }
        addLowerCaseNames(names, lowerCase);
        if (isProductPage(c)) {
            // names on a product page belong to reviewers, not to an author of the page
            return List.of();
        }
        List<String> chosen = strongestNaming(names, sites, false, MAX_AUTHORS);
        if (chosen.isEmpty()) {
            chosen = strongestNaming(names, sites, true, MAX_AUTHORS);
        }
        if (chosen.isEmpty()) {
            chosen = strongestNaming(names, sites, false, MAX_TEAM_AUTHORS);
        }
        if (!chosen.isEmpty()) {
            return WrittenNames.spelledOut(chosen, written);
        }
        for (String g : generic) {
            // the site credited as its own author says nothing the site field does not
            if (!sites.contains(TitleChooser.norm(g))) {
                return List.of(g);
            }
        }
        return List.of();
    }

    /**
     * The name without the site's name a byline row sets right after it ("Brian Truitt USA TODAY":
     * the writer, then the publication in a span of its own, glued in the text), when a full name
     * of two words or more remains, each starting with a letter; else the name as it is.
     */
    static String withoutTrailingSite(String name, Set<String> sites) {
        String[] words = name.split(" ");
        for (String site : sites) {
            int siteWords = site.isEmpty() ? 0 : site.split(" ").length;
            if (siteWords == 0 || words.length - siteWords < MIN_NAME_WORDS_BEFORE_SITE) {
                continue;
            }
            String[] head = Arrays.copyOfRange(words, 0, words.length - siteWords);
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - siteWords, words.length));
            // every word left must be a name's ("Laura / House Plant House" credits the site, it names no writer before it)
            if (TitleChooser.norm(tail).equals(site)
                    && Arrays.stream(head).allMatch(w -> Character.isLetter(w.codePointAt(0)))) {
                return String.join(" ", head);
            }
        }
        return name;
    }

    /** A name left before a site's name must be a full name: first and last. */
    static final int MIN_NAME_WORDS_BEFORE_SITE = 2;

    /**
     * An author field of the markup holds a name even typed in lower case ("kirstin boatto"), when
     * its source names nobody else: beside a writer's name it is a brand's ("Denis Dilba", "heise online").
     */
    private static void addLowerCaseNames(Map<Source, List<String>> names, Map<Source, List<String>> lowerCase) {
        lowerCase.forEach((source, lower) -> {
            if (names.getOrDefault(source, List.of()).isEmpty() && !lower.isEmpty()) {
                names.put(source, lower.stream().distinct().toList());
            }
        });
    }

    /**
     * The names of the strongest source that names someone. Unless {@code siteAsAuthor}, a source
     * naming only the site (or only login handles, "andrew.keaveney") is passed over, and then a
     * weaker source counts only when it names writers: the publication credited as author
     * ("L'Opinion" in JSON-LD) gives way to the byline naming the writer, while on a personal site
     * the site's name is the author's. A source naming more than {@code maxAuthors} people (the
     * visible bylines more than {@link #MAX_VISIBLE_AUTHORS}) is a list, not a byline.
     */
    private static List<String> strongestNaming(Map<Source, List<String>> names, Set<String> sites,
            boolean siteAsAuthor, int maxAuthors) {
        boolean passedSite = false;
        for (Source s : Source.values()) {
            List<String> list = names.getOrDefault(s, List.of());
            int max = s == Source.VISIBLE ? MAX_VISIBLE_AUTHORS : maxAuthors;
            if (list.isEmpty() || list.size() > max) {
                continue;
            }
            if (!siteAsAuthor && list.stream().allMatch(n -> sites.contains(TitleChooser.norm(n)) || isLoginHandle(n))) {
                // the site's name, or accounts' handles: a weaker source naming writers in full names them better
                passedSite = true;
            } else if (siteAsAuthor || !passedSite || namesWriters(list, sites)) {
                return list;
            }
        }
        return List.of();
    }

    /** True when the name is a login handle ({@link #LOGIN_HANDLE}), not a name as a byline writes it. */
    static boolean isLoginHandle(String name) {
        return LOGIN_HANDLE.matcher(name).matches();
    }

    /**
     * True when a list names writers rather than the publication: full names (two words or
     * more, a one-word credit is as often a section or a label) that do not contain the site's name.
     */
    private static boolean namesWriters(List<String> list, Set<String> sites) {
        for (String name : list) {
            String n = TitleChooser.norm(name);
            if (n.indexOf(' ') < 0 || sites.stream().anyMatch(site -> !site.isEmpty() && n.contains(site))) {
                return false;
            }
        }
        return true;
    }

    static List<String> tags(Candidates c) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Source s : Source.values()) {
            for (Candidate x : c.of(Field.TAG)) {
                String t = x.value();
                if (x.source() == s && out.size() < MAX_TAGS && t.length() <= MAX_TAG_LENGTH
                        && seen.add(t.toLowerCase(Locale.ROOT))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    static String language(Candidates c) {
        for (Source s : new Source[] {Source.DOCUMENT, Source.META_NAME, Source.OPEN_GRAPH, Source.JSON_LD,
                Source.MICRODATA, Source.JSON_LD_PAGE}) {
            for (Candidate x : c.of(Field.LANGUAGE)) {
                if (x.source() == s) {
                    String tag = x.value().split("[,;\\s]")[0];
                    if (LANGUAGE_TAG.matcher(tag).matches()) {
                        return normaliseLanguage(tag);
                    }
                }
            }
        }
        return "";
    }

    /** {@code EN_us} → {@code en-US}: BCP 47 casing, hyphen separated. */
    static String normaliseLanguage(String tag) {
        String[] parts = tag.split("[-_]");
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            sb.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT)
                    : p.length() == 4 ? Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(Locale.ROOT)
                    : p.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * A product page: its schema.org type says product, unless its OpenGraph type says article
     * and the page shows a date. A review describes the product in JSON-LD while OpenGraph
     * presents the page as the article it is, dated and signed.
     */
    static boolean isProductPage(Candidates c) {
        if (!PRODUCT.equals(pageType(c))) {
            return false;
        }
        String og = c.first(Field.PAGE_TYPE, Source.OPEN_GRAPH);
        boolean ogArticle = og != null && "article".equals(PAGE_TYPES.get(og.toLowerCase(Locale.ROOT)));
        // shops label product pages og:type article too: an article also shows its date
        boolean showsDate = c.of(Field.PUBLISHED).stream()
                .anyMatch(x -> x.source() == Source.TIME_ELEMENT || x.source() == Source.VISIBLE);
        return !(ogArticle && showsDate);
    }

    static String pageType(Candidates c) {
        for (Source s : new Source[] {Source.JSON_LD, Source.OPEN_GRAPH}) {
            for (Candidate x : c.of(Field.PAGE_TYPE)) {
                if (x.source() == s) {
                    String t = PAGE_TYPES.get(x.value().toLowerCase(Locale.ROOT));
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return "";
    }

    /** An absolute http(s) URL, resolved against the page URL, or "". */
    private static String url(PageScan page, String value) {
        if (value.isEmpty()) {
            return "";
        }
        String v = value.strip();
        if (v.startsWith("//")) {
            v = "https:" + v;
        }
        if (!v.startsWith("http://") && !v.startsWith("https://")) {
            if (page.url.isEmpty()) {
                return "";
            }
            try {
                v = java.net.URI.create(page.url).resolve(v).toString();
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return v;
    }
}
