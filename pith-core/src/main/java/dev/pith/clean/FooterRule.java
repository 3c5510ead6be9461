package dev.pith.clean;

import dev.pith.util.Chars;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copyright notice (with a year, or "all rights reserved"; a bare "© Name" is a photo
 * credit) after the article is the page footer: what follows it (site maps, teaser
 * lists of other stories, legal links) is not the article, however prose-like the teasers read.
 * News dumps put whole "more in World" rivers after the footer line. A caption's credit with a
 * year ("Sylt, Germany | © 2010 Jon Norris") is no footer when the story goes on below it.
 */
final class FooterRule implements ContextRule {

    /** Prose words needed before a notice counts: a notice at the top is a masthead. */
    static final int MIN_WORDS_BEFORE = 50;
    /** A copyright notice is a short line; a long one is prose that mentions copyright, unless it opens with it. */
    static final int MAX_NOTICE_WORDS = 20;

    /**
     * A caption's credit inside the article has at least this share of the prose above it still
     * to come below it ({@link #isCaptionCredit}); a footer is followed by less (teasers, links).
     */
    static final double MIN_PROSE_AFTER_CREDIT = 1.0;

    private static final String RIGHTS_RESERVED = "all rights reserved|alle rechte vorbehalten"
            + "|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
            + "|alle rechten voorbehouden|все права защищены";
    private static final Pattern RIGHTS = Pattern.compile(RIGHTS_RESERVED);
    private static final Pattern NOTICE = Pattern.compile(
            "(©|\\(c\\)|copyright)\\s*(©\\s*)?(\\d{4})|" + RIGHTS_RESERVED);

    /** Words every notice holds one of, in any case: the pattern runs only on lines that have one. */
    private static final String[] ANCHORS = {
        "©", "(c)", "copyright", "reserv", "réserv", "riserv", "vorbehalten", "voorbehouden", "защищены"};

    /**
     * The notice pattern, run only on lines with one of its anchors (regex alternation is slow).
     * A short line holding it is a notice; so is a line of any length that opens with it: site
     * footers glue the company's self-description and trademarks to "© 2004-2020 …".
     */
    private static boolean isNotice(Line line) {
        if (!hasAnchor(line.text())) {
            return false;
        }
        Matcher notice = NOTICE.matcher(line.lower());
        return line.words() <= MAX_NOTICE_WORDS ? notice.find() : notice.lookingAt();
    }

    /**
     * A caption's credit: the year's notice follows other text on the line ("Sylt, Germany | ©
     * 2010 Jon Norris", "Photo … © 2024 …") instead of opening it, claims no rights, and more
     * prose follows it than stands above it: the story goes on below its picture.
     */
    private static boolean isCaptionCredit(Line line, int proseAfter, int proseBefore) {
        Matcher notice = NOTICE.matcher(line.lower());
        return notice.find() && notice.start() > 0 && !RIGHTS.matcher(line.lower()).find()
                && proseAfter >= proseBefore * MIN_PROSE_AFTER_CREDIT;
    }

    /** True when the text holds an anchor in any case; one pass, without a lower-case copy. */
    private static boolean hasAnchor(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = Chars.toLowerCase(text.charAt(i));
            if (c == '©' || c == '(' || c == 'c' || c == 'r' || c == 'v' || c == 'з') {
                for (String anchor : ANCHORS) {
                    if (anchor.charAt(0) == c && text.regionMatches(true, i, anchor, 0, anchor.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "after-footer";
    }

    @Override
    public void apply(List<Line> lines, CleanContext context) {
        int total = 0;
        for (Line line : lines) {
            total += line.label == LineLabel.GOOD ? line.words() : 0;
        }
        int prose = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int proseAfter = total - prose - (line.label == LineLabel.GOOD ? line.words() : 0);
            if (prose >= MIN_WORDS_BEFORE && isNotice(line) && !isCaptionCredit(line, proseAfter, prose)) {
                for (int j = i; j < lines.size(); j++) {
                    lines.get(j).label(LineLabel.BOILERPLATE, name());
                }
                return;
            }
            if (line.label == LineLabel.GOOD) {
                prose += line.words();
            }
        }
    }
}
