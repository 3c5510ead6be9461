package dev.pith.clean;

/**
 * What the rules know about the whole document.
 *
 * @param language   index into {@link StopWords#LANGUAGES} of the detected language, -1 when none
 * @param title      the document's title (site name removed), empty when unknown
 * @param fullTitle  the first line as given, with any site name
 * @param titleKey   {@code title} reduced to lower-case letters and digits, for comparisons
 * @param fullTitleKey {@code fullTitle} reduced the same way
 * @param site       the site the document belongs to, for corpus statistics; may be empty
 * @param options    the caller's options
 * @param vocabulary the phrase lists for {@code language}
 */
record CleanContext(int language, String title, String fullTitle, String titleKey, String fullTitleKey,
                    String site, CleanOptions options, Vocabulary vocabulary) {
}
