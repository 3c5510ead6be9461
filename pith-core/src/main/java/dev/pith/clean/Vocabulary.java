package dev.pith.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words the phrase rules look for in one document, chosen by its language and built once
 * per language ({@link LanguageData} files): reader appeals and calls to action (found together,
 * {@link Cues}, with photo credits), whole-line buttons, comment-section headings, "related articles"
 * and author-box headings.
 *
 * <p>A document in a language with lists gets that language's entries and the English ones:
 * English furniture ("Share", "Cookie settings", "©") is on pages in every language. A document
 * whose language is unknown, or has no lists of its own, gets the entries of every language.
 */
final class Vocabulary {

    static final String CALL_TO_ACTION = "lines-call-to-action";
    static final String READER_APPEAL = "reader-appeal";
    static final String BUTTON = "button";
    static final String COMMENT_HEADING = "comment-heading";
    static final String RELATED = "lines-related";
    static final String AUTHOR_BOX = "author-box";
    static final String ABOUT_NAME = "author-box-about";
    static final String AUTHOR_ROLE = "lines-author-role";
    static final String PHOTO_CREDIT = "photo-credit";
    static final String COMMENT_COUNT = "comment-count";
    /** Words for cookies, shared with the extraction's cookie-notice rule. */
    static final String COOKIE_WORD = "cookie-word";
    /** In the shared lists, a phrase found inside a word; the cleaner finds every cookie word at a word start. */
    private static final String INSIDE_A_WORD = "~";
    /** The byline lists of the metadata reader; their {@code by:} entries introduce an author's name. */
    static final String BYLINE = "byline";
    private static final String BYLINE_BY = "by: ";

    /** The language whose lists every document gets. */
    static final String SHARED_LANGUAGE = "en";

    /** Vocabularies by {@link StopWords#LANGUAGES} index; the last one is for an unknown language. */
    private static final Vocabulary[] BY_LANGUAGE = buildAll();

    /** Appeal, prompt and credit phrases, lists in the order of {@link Cues}. */
    final PhraseMatcher cues;
    final BareLineSet buttons;
    final BareLineSet commentHeadings;
    /** Words after the count of a comment-section header ("12 Kommentare"). */
    final PhraseMatcher commentCounts;
    /** "Related articles" phrases, matched at the start of a line ({@link AsideHeadingRule}, {@link RelatedLinkRule}). */
    final PhraseMatcher related;
    /** Headings of the box about the author ({@link AsideHeadingRule}). */
    final PhraseMatcher authorBox;
    /** The word of an "About Jane Doe" heading ({@link AboutNameBox}). */
    final PhraseMatcher aboutName;
    /** Words for cookies, each found at a word start as a prefix ({@link ConsentBlockRule}). */
    final PhraseMatcher cookieWords;
    /** Writers' job titles, lower case ({@link BioRole}). */
    final Set<String> authorRoles;
    /** What introduces an author's name in a byline ("by", "von", "written by"), lower case ({@link AuthorBio}). */
    final List<String> bylineWords;

    private Vocabulary(List<String> languages) {
        cues = new PhraseMatcher(List.of(gather(languages, READER_APPEAL), gather(languages, CALL_TO_ACTION),
                gather(languages, PHOTO_CREDIT)));
        buttons = new BareLineSet(new HashSet<>(gather(languages, BUTTON)));
        commentHeadings = new BareLineSet(new HashSet<>(gather(languages, COMMENT_HEADING)));
        commentCounts = new PhraseMatcher(gather(languages, COMMENT_COUNT));
        related = new PhraseMatcher(gather(languages, RELATED));
        authorBox = new PhraseMatcher(gather(languages, AUTHOR_BOX));
        aboutName = new PhraseMatcher(gather(languages, ABOUT_NAME));
        cookieWords = new PhraseMatcher(gather(languages, COOKIE_WORD).stream().map(Vocabulary::asWordStart).toList());
        authorRoles = Set.copyOf(gather(languages, AUTHOR_ROLE));
        bylineWords = gather(languages, BYLINE).stream().filter(e -> e.startsWith(BYLINE_BY))
                .map(e -> e.substring(BYLINE_BY.length()).strip()).filter(e -> !e.isEmpty()).toList();
    }

    /** The vocabulary for a language index of {@link StopWords#LANGUAGES}, -1 when unknown. */
    static Vocabulary of(int language) {
        return language < 0 ? BY_LANGUAGE[BY_LANGUAGE.length - 1] : BY_LANGUAGE[language];
    }

    private static Vocabulary[] buildAll() {
        Vocabulary all = new Vocabulary(LanguageData.CODES);
        Vocabulary[] out = new Vocabulary[StopWords.LANGUAGES.size() + 1];
        for (int i = 0; i < StopWords.LANGUAGES.size(); i++) {
            String code = StopWords.LANGUAGES.get(i);
            out[i] = !LanguageData.CODES.contains(code) ? all
                    : new Vocabulary(code.equals(SHARED_LANGUAGE) ? List.of(code) : List.of(code, SHARED_LANGUAGE));
        }
        out[out.length - 1] = all;
        return out;
    }

    /** A shared-list phrase as a prefix at a word start ("~cookie" and "cookie" both find "Cookie-Einstellungen"). */
    private static String asWordStart(String phrase) {
        String word = phrase.startsWith(INSIDE_A_WORD) ? phrase.substring(INSIDE_A_WORD.length()) : phrase;
        return word.endsWith("*") ? word : word + "*";
    }

    private static List<String> gather(List<String> languages, String kind) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String code : languages) {
            for (String entry : LanguageData.entries(code, kind)) {
                if (seen.add(entry)) {
                    out.add(entry);
                }
            }
        }
        return out;
    }
}
