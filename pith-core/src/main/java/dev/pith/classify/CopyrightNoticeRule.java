package dev.pith.classify;

import dev.pith.block.TextBlock;
import java.util.regex.Pattern;

/**
 * A short line with a copyright mark and a year ("© 2004 Anna Berger", "(c) 1998 Bill Smith",
 * "Copyright 2021 Example Media") is the page's legal notice, in every language and script. Sites
 * built without {@code <footer>} or footer classes — old table layouts above all — leave it in the
 * same container as the text, where nothing else tells it apart.
 */
final class CopyrightNoticeRule implements BlockRule {

    /** Longer blocks are prose that mentions a copyright, or a licence to keep. */
    static final int MAX_WORDS = 25;

    /** On the block's phrase text, which is lower case. */
    private static final Pattern MARK_AND_YEAR = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\D{0,40}?\\b(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\s*(?:©|\\(c\\))");

    @Override
    public String name() {
        return "copyright";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (block.words() > MAX_WORDS) {
            return false;
        }
        // lower case and NFKC already, computed once per block for the phrase rules
        return isNotice(context.phraseText(i));
    }

    /** Whether the lower-case {@code text} holds a copyright mark and a year. */
    static boolean isNotice(String text) {
        // most blocks hold no mark at all: the regex runs only on those that do
        boolean hasMark = text.indexOf('©') >= 0 || text.contains("(c)") || text.contains("copyright");
        return hasMark && MARK_AND_YEAR.matcher(text).find();
    }
}
