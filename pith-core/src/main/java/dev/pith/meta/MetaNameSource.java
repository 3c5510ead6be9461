package dev.pith.meta;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * {@code <meta name>} conventions: plain HTML (author, description, keywords), Dublin Core
 * ({@code dc.*}, {@code dcterms.*}), Highwire/Google Scholar ({@code citation_*}), Parse.ly
 * ({@code parsely-*}), Sailthru ({@code sailthru.*}), assorted CMS date names and namespaced
 * ones ({@code ms.date}). Microdata {@code <meta itemprop>} in the head is read here too, as
 * {@link Source#MICRODATA}.
 */
final class MetaNameSource implements MetadataSource {

    /** A platform's namespaced date name: one word, a dot or colon, then "date". */
    private static final Pattern NAMESPACED_DATE = Pattern.compile("[a-z]+[.:]date");

    private static final Map<String, Field> NAMES = Map.ofEntries(
            Map.entry("author", Field.AUTHOR), Map.entry("dc.creator", Field.AUTHOR),
            Map.entry("dcterms.creator", Field.AUTHOR), Map.entry("citation_author", Field.AUTHOR),
            Map.entry("parsely-author", Field.AUTHOR), Map.entry("sailthru.author", Field.AUTHOR),
            Map.entry("byl", Field.AUTHOR), Map.entry("article.author", Field.AUTHOR),
            Map.entry("dc.creator.personalname", Field.AUTHOR),
            Map.entry("description", Field.DESCRIPTION), Map.entry("dc.description", Field.DESCRIPTION),
            Map.entry("dcterms.description", Field.DESCRIPTION), Map.entry("sailthru.description", Field.DESCRIPTION),
            Map.entry("title", Field.TITLE), Map.entry("dc.title", Field.TITLE), Map.entry("dcterms.title", Field.TITLE),
            Map.entry("citation_title", Field.TITLE), Map.entry("parsely-title", Field.TITLE),
            Map.entry("sailthru.title", Field.TITLE), Map.entry("headline", Field.TITLE),
            Map.entry("date", Field.PUBLISHED), Map.entry("pubdate", Field.PUBLISHED),
            Map.entry("publishdate", Field.PUBLISHED), Map.entry("publish-date", Field.PUBLISHED),
            Map.entry("publish_date", Field.PUBLISHED), Map.entry("published_date", Field.PUBLISHED),
            Map.entry("publication_date", Field.PUBLISHED), Map.entry("article.published", Field.PUBLISHED),
            Map.entry("article_date_original", Field.PUBLISHED), Map.entry("original-publish-date", Field.PUBLISHED),
            Map.entry("originalpublicationdate", Field.PUBLISHED), Map.entry("dc.date", Field.PUBLISHED),
            Map.entry("dc.date.issued", Field.PUBLISHED), Map.entry("dc.date.created", Field.PUBLISHED),
            Map.entry("dcterms.date", Field.PUBLISHED), Map.entry("dcterms.issued", Field.PUBLISHED),
            Map.entry("dcterms.created", Field.PUBLISHED), Map.entry("citation_publication_date", Field.PUBLISHED),
            Map.entry("citation_date", Field.PUBLISHED), Map.entry("citation_online_date", Field.PUBLISHED),
            Map.entry("parsely-pub-date", Field.PUBLISHED), Map.entry("sailthru.date", Field.PUBLISHED),
            Map.entry("datepublished", Field.PUBLISHED), Map.entry("datecreated", Field.PUBLISHED),
            Map.entry("release_date", Field.PUBLISHED), Map.entry("live_date", Field.PUBLISHED),
            Map.entry("last-modified", Field.MODIFIED), Map.entry("lastmod", Field.MODIFIED),
            Map.entry("dc.date.modified", Field.MODIFIED), Map.entry("dcterms.modified", Field.MODIFIED),
            Map.entry("article.updated", Field.MODIFIED), Map.entry("datemodified", Field.MODIFIED),
            Map.entry("revised", Field.MODIFIED), Map.entry("updated_time", Field.MODIFIED),
            Map.entry("keywords", Field.TAG), Map.entry("news_keywords", Field.TAG),
            Map.entry("parsely-tags", Field.TAG), Map.entry("sailthru.tags", Field.TAG),
            Map.entry("citation_keywords", Field.TAG),
            Map.entry("language", Field.LANGUAGE), Map.entry("dc.language", Field.LANGUAGE),
            Map.entry("content-language", Field.LANGUAGE), Map.entry("inlanguage", Field.LANGUAGE),
            Map.entry("application-name", Field.SITE), Map.entry("apple-mobile-web-app-title", Field.SITE));

    /**
     * The field a name gives: the table's, else the one its date words say ({@link DateKeys}),
     * else publication for a platform's namespaced "date" ({@code ms.date}, {@code cludo:date}):
     * its own {@code dc.date} or {@code sailthru.date}, the document's date. Names that
     * qualify the date ({@code event.start.date}, {@code event_date}) are not one.
     */
    static Field field(String key) {
        Field known = NAMES.get(key);
        if (known != null) {
            return known;
        }
        Field named = DateKeys.field(key);
        return named == null && key.endsWith("date") && NAMESPACED_DATE.matcher(key).matches() ? Field.PUBLISHED : named;
    }

    @Override
    public void collect(PageScan page, Candidates out) {
        Set<String> inverted = InvertedNames.invertedKeys(page.metas);
        for (Element meta : page.metas) {
            String itemprop = meta.attr("itemprop");
            String key = itemprop.isEmpty() ? MetaTags.key(meta) : itemprop.strip().toLowerCase(java.util.Locale.ROOT);
            if (key.startsWith("og:") || key.startsWith("article:") || key.startsWith("twitter:")) {
                // read by their own sources; counting them here too would double their vote
                continue;
            }
            Field field = field(key);
            if (field == null) {
                continue;
            }
            Source s = itemprop.isEmpty() ? Source.META_NAME : Source.MICRODATA;
            if (!itemprop.isEmpty() && page.furniture.contains(meta)) {
                continue;
            }
            String v = MetaTags.content(meta);
            switch (field) {
                case PUBLISHED, MODIFIED -> MetaTags.date(page, out, field, v, s);
                case TAG -> MetaTags.tags(out, v, s);
                default -> out.add(field, inverted.contains(key) ? InvertedNames.turned(v) : v, s);
            }
        }
    }
}
