package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.util.Chars;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the stamps a Q&A template sets in one slot of every post, with a verb that changes from
 * post to post: "asked Jun 29, 2012 at 10:51" on the question, "answered Jul 7, 2012 at 3:07" on
 * each answer, "edited Jan 28, 2013 at 19:38" beside the answers someone edited. Taken together
 * the slot names no one label ({@link PostFigures} asks most lines to share one), and a post with
 * both an "edited" and an "answered" stamp makes each stamp's item the small card it sits in, not
 * the post. Split by their opening word, the stamps of one verb are a thread's figure lines as
 * {@link PostFigures} judges them, each beside a post of its own; when those make up most of the
 * slot, the slot's other stamps (the question's "asked", the "edited" ones) go with them.
 */
final class PostStamps {

    /** A slot of stamps has a verb or two, three at most: asked, answered, edited. */
    static final int MAX_VERBS = 3;

    /** The stamps of the verbs found as figure lines make at least this share of the slot: the rest are the same stamp. */
    static final double MIN_FOUND_SHARE = 0.5;

    private PostStamps() {
    }

    /** The indexes of the blocks that are posts' stamps, from the region's blocks {@link PostFigures#byShape}; empty on most pages. */
    static Set<Integer> find(Collection<List<TextBlock>> byShape) {
        Set<Integer> stamps = new HashSet<>();
        for (List<TextBlock> slot : byShape) {
            if (slot.size() < PostFigures.MIN_POSTS) {
                continue;
            }
            Map<String, List<TextBlock>> byVerb = byOpeningWord(slot);
            if (byVerb == null || byVerb.size() < 2 || byVerb.size() > MAX_VERBS) {
                // one verb: PostFigures judges the slot as it is
                continue;
            }
            Set<Integer> found = PostFigures.find(byVerb.values());
            if (!found.isEmpty() && found.size() >= MIN_FOUND_SHARE * slot.size()) {
                slot.forEach(b -> stamps.add(b.index()));
            }
        }
        return stamps;
    }

    /**
     * The lines grouped by their opening verb, in lower case; null unless every line is a stamp:
     * a word of letters, a space, then words that hold a figure ("answered Jul 7, 2012"). A label
     * and its value ("Price: $75", "Memory: 2.5GB") are an item's data, and a line that opens with
     * a figure ("400 lumens") or holds none ("Free updates") is no stamp.
     */
    private static Map<String, List<TextBlock>> byOpeningWord(List<TextBlock> lines) {
        Map<String, List<TextBlock>> byWord = new LinkedHashMap<>();
        for (TextBlock b : lines) {
            String verb = openingVerb(b.text().strip());
            if (verb == null) {
                return null;
            }
            byWord.computeIfAbsent(verb, k -> new ArrayList<>()).add(b);
        }
        return byWord;
    }

    /** The line's opening word of letters in lower case, when a space and words with a figure follow it; else null. */
    private static String openingVerb(String line) {
        int end = 0;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        if (end == 0 || end == line.length() || line.charAt(end) != ' ' || !Chars.hasDigit(line.substring(end))) {
            return null;
        }
        return line.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
