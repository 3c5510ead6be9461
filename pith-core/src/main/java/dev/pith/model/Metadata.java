package dev.pith.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page says about itself: every field is empty ({@code ""} or an empty list) when the
 * page does not say it with enough confidence; a wrong value is worse than none.
 *
 * @param title        the headline, without a site-name prefix or suffix
 * @param description  the standfirst or summary
 * @param authors      person names, no "By", roles or dates
 * @param published    ISO 8601 date or date-time, at the precision the page gives
 * @param modified     ISO 8601 date or date-time of the last update
 * @param date         the page's date as a reader sees it: the publication date, else the
 *                     update date the page shows next to its headline; {@code ""} when neither
 * @param site         the site's name
 * @param language     BCP 47 language tag, e.g. {@code en} or {@code pt-BR}
 * @param canonicalUrl the page's canonical URL
 * @param image        the lead image URL
 * @param tags         tags, keywords or categories
 * @param pageType     the kind of page the markup declares (e.g. {@code article}, {@code product})
 */
public record Metadata(
        String title,
        String description,
        List<String> authors,
        String published,
        String modified,
        String date,
        String site,
        String language,
        String canonicalUrl,
        String image,
        List<String> tags,
        String pageType) {

    /** A record with every field empty. */
    public static final Metadata EMPTY = builder().build();

    /** Checks and normalises the components, as the class comment describes. */
    public Metadata {
        title = orEmpty(title);
        description = orEmpty(description);
        authors = authors == null ? List.of() : List.copyOf(authors);
        published = orEmpty(published);
        modified = orEmpty(modified);
        date = orEmpty(date);
        site = orEmpty(site);
        language = orEmpty(language);
        canonicalUrl = orEmpty(canonicalUrl);
        image = orEmpty(image);
        tags = tags == null ? List.of() : List.copyOf(tags);
        pageType = orEmpty(pageType);
    }

    /**
     * The fields under the names Pith's JSON records use ({@code canonical_url}, {@code page_type}...),
     * in their order: a string, or null where the field is empty; a list of strings for
     * {@code authors} and {@code tags}. Unmodifiable; for writers of other record formats.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", nullIfEmpty(title));
        m.put("description", nullIfEmpty(description));
        m.put("authors", authors);
        m.put("published", nullIfEmpty(published));
        m.put("modified", nullIfEmpty(modified));
        m.put("date", nullIfEmpty(date));
        m.put("site", nullIfEmpty(site));
        m.put("language", nullIfEmpty(language));
        m.put("canonical_url", nullIfEmpty(canonicalUrl));
        m.put("image", nullIfEmpty(image));
        m.put("tags", tags);
        m.put("page_type", nullIfEmpty(pageType));
        return Collections.unmodifiableMap(m);
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** This record with another language. */
    public Metadata withLanguage(String newLanguage) {
        return new Metadata(title, description, authors, published, modified, date, site,
                newLanguage, canonicalUrl, image, tags, pageType);
    }

    /** A builder that starts from this record's values. */
    public Builder toBuilder() {
        return new Builder().title(title).description(description).authors(authors)
                .published(published).modified(modified).date(date).site(site).language(language)
                .canonicalUrl(canonicalUrl).image(image).tags(tags).pageType(pageType);
    }

    /** Mutable helper for building a {@link Metadata}; not thread-safe. */
    public static final class Builder {
        private String title;
        private String description;
        private List<String> authors;
        private String published;
        private String modified;
        private String date;
        private String site;
        private String language;
        private String canonicalUrl;
        private String image;
        private List<String> tags;
        private String pageType;

        private Builder() {
        }

        /** Sets {@code title}. */
        public Builder title(String v) { title = v; return this; }
        /** Sets {@code description}. */
        public Builder description(String v) { description = v; return this; }
        /** Sets {@code authors}. */
        public Builder authors(List<String> v) { authors = v; return this; }
        /** Sets {@code published}. */
        public Builder published(String v) { published = v; return this; }
        /** Sets {@code modified}. */
        public Builder modified(String v) { modified = v; return this; }
        /** Sets {@code date}. */
        public Builder date(String v) { date = v; return this; }
        /** Sets {@code site}. */
        public Builder site(String v) { site = v; return this; }
        /** Sets {@code language}. */
        public Builder language(String v) { language = v; return this; }
        /** Sets {@code canonicalUrl}. */
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        /** Sets {@code image}. */
        public Builder image(String v) { image = v; return this; }
        /** Sets {@code tags}. */
        public Builder tags(List<String> v) { tags = v; return this; }
        /** Sets {@code pageType}. */
        public Builder pageType(String v) { pageType = v; return this; }

        /** The record (null fields become empty). */
        public Metadata build() {
            return new Metadata(title, description, authors, published, modified, date, site,
                    language, canonicalUrl, image, tags, pageType);
        }
    }
}
