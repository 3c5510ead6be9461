package dev.pith.meta;

import org.jsoup.nodes.Element;

/** OpenGraph ({@code og:*}) and {@code article:*} properties, written for social previews. */
final class OpenGraphSource implements MetadataSource {

    @Override
    public void collect(PageScan page, Candidates out) {
        for (Element meta : page.metas) {
            String key = MetaTags.key(meta);
            if (!key.startsWith("og:") && !key.startsWith("article:")) {
                continue;
            }
            String v = MetaTags.content(meta);
            Source s = Source.OPEN_GRAPH;
            switch (key) {
                case "og:title" -> out.add(Field.TITLE, v, s);
                case "og:description" -> out.add(Field.DESCRIPTION, v, s);
                case "og:site_name" -> out.add(Field.SITE, v, s);
                case "og:url" -> out.add(Field.CANONICAL_URL, v, s);
                case "og:image", "og:image:url", "og:image:secure_url" -> out.add(Field.IMAGE, v, s);
                case "og:locale" -> out.add(Field.LANGUAGE, v, s);
                case "og:type" -> out.add(Field.PAGE_TYPE, v, s);
                case "article:published_time", "article:published", "og:published_time", "og:pubdate" ->
                        MetaTags.date(page, out, Field.PUBLISHED, v, s);
                case "article:modified_time", "article:modified", "og:updated_time", "og:modified_time" ->
                        MetaTags.date(page, out, Field.MODIFIED, v, s);
                case "article:author", "og:article:author" -> out.add(Field.AUTHOR, v, s);
                case "article:tag", "article:section" -> out.add(Field.TAG, v, s);
                default -> { }
            }
        }
    }
}
