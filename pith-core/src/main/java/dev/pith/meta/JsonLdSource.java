package dev.pith.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pith.util.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * schema.org JSON-LD: the page's main entity (an Article, Product, forum posting...) found
 * among top-level objects, arrays, {@code @graph} lists and {@code mainEntity} links. Real
 * pages ship broken JSON (comments, trailing commas, raw newlines, HTML comment wrappers):
 * the mapper tolerates what it can, and a last-resort pattern reads dates from what it cannot.
 */
final class JsonLdSource implements MetadataSource {

    /** Deeper JSON is not metadata; the cap keeps hostile nesting cheap. */
    private static final int MAX_NESTING = 64;
    /** Objects examined per page; listing pages list hundreds of items nobody needs. */
    private static final int MAX_NODES = 300;
    /** Names taken from one author field; more is a list of contributors, not a byline. */
    private static final int MAX_AUTHORS = 8;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build();

    /**
     * Types whose fields describe the page's own content, in rank order: an Article beats an
     * FAQPage block on the same page, whichever comes first in the markup. Article kinds are named
     * as schema.org spells them ("ReportageNewsArticle"): a kind missing here leaves its page's
     * JSON-LD author and dates unread.
     */
    private static final List<Set<String>> CONTENT_TYPES = List.of(
            Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
                    "satiricalarticle", "advertisercontentarticle", "techarticle", "apireference",
                    "scholarlyarticle", "medicalscholarlyarticle", "report", "liveblogposting"),
            Set.of("discussionforumposting", "socialmediaposting", "posting", "qapage", "question"),
            Set.of("product", "recipe", "review", "howto", "videoobject", "podcastepisode", "event", "course",
                    "book", "jobposting"),
            Set.of("faqpage", "creativework", "medicalwebpage"));
    /** Types describing the page or site as a whole. */
    private static final Set<String> PAGE_TYPES = Set.of(
            "webpage", "itempage", "collectionpage", "aboutpage", "contactpage", "profilepage", "searchresultspage");
    private static final Set<String> SITE_TYPES = Set.of("website", "organization", "newsmediaorganization",
            "corporation", "localbusiness", "educationalorganization");

    /** Last resort for unparseable blocks: the date fields, read as text. */
    private static final Pattern RAW_DATE = Pattern.compile(
            "\"(datePublished|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");

    @Override
    public void collect(PageScan page, Candidates out) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String block : page.jsonLd) {
            String json = unwrap(block);
            if (json.isEmpty()) {
                continue;
            }
            if (!parse(json, nodes)) {
                rawDates(json, page, out);
            }
        }
        if (nodes.isEmpty()) {
            return;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        List<JsonNode> flat = new ArrayList<>();
        for (JsonNode n : nodes) {
            flatten(n, flat, byId, 0);
        }
        JsonNode main = null;
        for (Set<String> rank : CONTENT_TYPES) {
            main = main == null ? firstOfType(flat, rank) : main;
        }
        if (main != null) {
            entity(main, page, out, Source.JSON_LD, byId);
        }
        JsonNode webPage = firstOfType(flat, PAGE_TYPES);
        if (webPage != null) {
            entity(webPage, page, out, Source.JSON_LD_PAGE, byId);
        }
        JsonNode site = firstOfType(flat, SITE_TYPES);
        if (site != null) {
            out.add(Field.SITE, text(site.get("name")), Source.JSON_LD_PAGE);
        }
    }

    private static String unwrap(String block) {
        String s = block.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("//<![CDATA[", "").replace("<![CDATA[", "").replace("//]]>", "").replace("]]>", "");
        return s.strip();
    }

    /** Parses one block, possibly several concatenated values; false when nothing could be read. */
    private static boolean parse(String json, List<JsonNode> into) {
        int before = into.size();
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonNode value = JsonTrees.readValue(parser); value != null; value = JsonTrees.readValue(parser)) {
                into.add(value);
            }
        } catch (IOException | RuntimeException e) {
            // malformed JSON-LD is common; keep whatever values were read before the error
        }
        return into.size() > before;
    }

    private static void rawDates(String json, PageScan page, Candidates out) {
        Matcher m = RAW_DATE.matcher(json);
        while (m.find()) {
            Field f = "datePublished".equals(m.group(1)) ? Field.PUBLISHED : Field.MODIFIED;
            page.dates.parse(m.group(2)).ifPresent(d -> out.add(f, d, Source.JSON_LD));
        }
    }

    private static void flatten(JsonNode n, List<JsonNode> flat, Map<String, JsonNode> byId, int depth) {
        if (n == null || depth > 3 || flat.size() >= MAX_NODES) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, flat, byId, depth + 1);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        flat.add(n);
        String id = text(n.get("@id"));
        if (!id.isEmpty()) {
            byId.putIfAbsent(id, n);
        }
        flatten(n.get("@graph"), flat, byId, depth + 1);
        JsonNode mainEntity = n.get("mainEntity");
        if (mainEntity != null && mainEntity.isContainerNode()) {
            flatten(mainEntity, flat, byId, depth + 1);
        }
    }

    private static JsonNode firstOfType(List<JsonNode> nodes, Set<String> types) {
        for (JsonNode n : nodes) {
            for (String t : types(n)) {
                if (types.contains(t)) {
                    return n;
                }
            }
        }
        return null;
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(localType(x.asText(""))));
        } else {
            out.add(localType(t.asText("")));
        }
        return out;
    }

    private static String localType(String t) {
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return t.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static void entity(JsonNode n, PageScan page, Candidates out, Source source, Map<String, JsonNode> byId) {
        String headline = text(n.get("headline"));
        out.add(Field.TITLE, headline.isEmpty() ? text(n.get("name")) : headline, source);
        out.add(Field.DESCRIPTION, text(n.get("description")), source);
        date(n, "datePublished", Field.PUBLISHED, page, out, source);
        // creation and upload are the publication date only when the entity names none:
        // beside one, dateCreated is when a draft was started
        if (text(n.get("datePublished")).isEmpty()) {
            date(n, "dateCreated", Field.PUBLISHED, page, out, source);
            date(n, "uploadDate", Field.PUBLISHED, page, out, source);
        }
        date(n, "dateModified", Field.MODIFIED, page, out, source);
        out.add(Field.LANGUAGE, text(n.get("inLanguage")), source);
        out.add(Field.IMAGE, image(n.get("image"), 0), source);
        JsonNode publisher = resolve(n.get("publisher"), byId);
        if (publisher != null) {
            out.add(Field.SITE, text(publisher.get("name")), source);
        }
        if (source == Source.JSON_LD) {
            List<String> types = types(n);
            out.add(Field.PAGE_TYPE, types.isEmpty() ? "" : types.get(0), source);
            authors(n.get("author"), out, byId);
            tags(n.get("keywords"), out);
            tags(n.get("articleSection"), out);
        }
    }

    private static void date(JsonNode n, String key, Field field, PageScan page, Candidates out, Source source) {
        String v = text(n.get(key));
        if (!v.isEmpty()) {
            page.dates.parse(v, page.monthFirst).ifPresent(d -> out.add(field, d, source));
        }
    }

    private static void authors(JsonNode a, Candidates out, Map<String, JsonNode> byId) {
        if (a == null) {
            return;
        }
        List<JsonNode> list = new ArrayList<>();
        if (a.isArray()) {
            a.forEach(list::add);
        } else {
            list.add(a);
        }
        int taken = 0;
        for (JsonNode x : list) {
            if (taken++ >= MAX_AUTHORS) {
                break;
            }
            JsonNode r = resolve(x, byId);
            if (r == null) {
                continue;
            }
            if (r.isTextual()) {
                out.add(Field.AUTHOR, r.asText(), Source.JSON_LD);
                continue;
            }
            // an Organization credited as author is a weaker claim than a Person
            boolean organization = types(r).stream().anyMatch(SITE_TYPES::contains);
            String name = organization ? text(r.get("name")) : FullNameInBio.of(text(r.get("name")), text(r.get("description")));
            out.add(Field.AUTHOR, name, organization ? Source.JSON_LD_PAGE : Source.JSON_LD);
        }
    }

    /** Follows an {@code {"@id": ...}} reference to the object it names in the graph. */
    private static JsonNode resolve(JsonNode x, Map<String, JsonNode> byId) {
        if (x == null) {
            return null;
        }
        if (x.isObject() && !x.has("name") && x.has("@id")) {
            JsonNode target = byId.get(x.get("@id").asText(""));
            return target == null ? x : target;
        }
        if (x.isArray() && !x.isEmpty()) {
            return resolve(x.get(0), byId);
        }
        return x;
    }

    private static void tags(JsonNode k, Candidates out) {
        if (k == null) {
            return;
        }
        if (k.isArray()) {
            k.forEach(x -> out.add(Field.TAG, x.isTextual() ? x.asText() : text(x.get("name")), Source.JSON_LD));
        } else if (k.isTextual()) {
            for (String t : k.asText().split(",")) {
                out.add(Field.TAG, t, Source.JSON_LD);
            }
        }
    }

    private static String image(JsonNode img, int depth) {
        if (img == null || depth > 2) {
            return "";
        }
        if (img.isTextual()) {
            return img.asText();
        }
        if (img.isArray()) {
            return img.isEmpty() ? "" : image(img.get(0), depth + 1);
        }
        String url = text(img.get("url"));
        return url.isEmpty() ? text(img.get("contentUrl")) : url;
    }

    /** The text of a scalar node (or of the first element of an array), or "". */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            return n.isEmpty() ? "" : text(n.get(0));
        }
        if (n.isObject()) {
            JsonNode v = n.get("@value");
            return v == null ? "" : text(v);
        }
        return n.asText("");
    }
}
