package dev.pith.meta;

/**
 * Where a candidate value was read, with the weight its word carries when sources disagree.
 * The order of the constants is the precedence order (strongest first); the weights are chosen
 * so that two weak sources agreeing never outvote one strong source.
 */
enum Source {
    /** schema.org JSON-LD of the page's main entity: written for machines, rarely wrong. */
    JSON_LD(16),
    /** OpenGraph and {@code article:*} properties: written for social cards, usually right. */
    OPEN_GRAPH(14),
    /** {@code <meta name>}: author, dc.*, citation_*, parsely-*, sailthru.*. */
    META_NAME(12),
    /** microdata {@code itemprop} and RDFa {@code property} in the body. */
    MICRODATA(10),
    /** Twitter card tags: copies of OpenGraph more often than not. */
    TWITTER(9),
    /** JSON-LD of a secondary entity (WebPage, WebSite) when no article entity exists. */
    JSON_LD_PAGE(8),
    /** {@code <time datetime>} elements of the article (not of comments or teasers). */
    TIME_ELEMENT(6),
    /** The page's visible byline and date line near the headline, {@code rel=author}. */
    VISIBLE(5),
    /** The document {@code <title>}, the {@code <h1>}, {@code <html lang>}, {@code <link>}. */
    DOCUMENT(5),
    /** A date in the URL path, like {@code /2022/09/28/}. */
    URL(4),
    /** Framework state in inline scripts ({@code "publishedAt": ...}): also describes related items. */
    SCRIPT_DATA(3);

    private final int weight;

    Source(int weight) {
        this.weight = weight;
    }

    int weight() {
        return weight;
    }
}
