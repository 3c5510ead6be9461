package dev.pith.meta;

/** The metadata fields a source can offer a candidate value for. */
enum Field {
    TITLE, DESCRIPTION, AUTHOR, PUBLISHED, MODIFIED, SITE, LANGUAGE, CANONICAL_URL, IMAGE, TAG, PAGE_TYPE
}
