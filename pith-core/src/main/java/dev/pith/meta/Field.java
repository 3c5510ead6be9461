package dev.pith.meta;

/** The metadata fields a source can offer a candidate value for. */
enum Field {
    TITLE, DESCRIPTION, AUTHOR, PUBLISHED, MODIFIED,
    /** The bare date line right under the headline: what a reader takes for the page's date. */
    SHOWN_DATE,
    /** The bare date line just above the headline, when none is under it: a kicker row ("Original Research · 7 April 2020"). */
    DATE_ABOVE_HEADLINE,
    /** A date the page says it was first published on ("originally published on 26 Sep 2019"). */
    ORIGINAL_DATE,
    /** A date an update label introduces anywhere on the page ("Aktualisiert am 17.01.2021."). */
    UPDATE_LINE,
    SITE, LANGUAGE, CANONICAL_URL, IMAGE, TAG, PAGE_TYPE
}
