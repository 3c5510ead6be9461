package dev.pith.meta;

/** The metadata fields a source can offer a candidate value for. */
enum Field {
    TITLE, DESCRIPTION, AUTHOR, PUBLISHED, MODIFIED,
    /** The bare date line right under the headline: what a reader takes for the page's date. */
    SHOWN_DATE,
    SITE, LANGUAGE, CANONICAL_URL, IMAGE, TAG, PAGE_TYPE
}
