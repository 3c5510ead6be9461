package dev.pith.classify;

import dev.pith.block.TextBlock;
import dev.pith.lang.Language;
import dev.pith.lang.LanguageData;
import dev.pith.lang.Phrases;
import dev.pith.util.Chars;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of a post's or an item's controls, set as a block of their own inside the region:
 * a thread marks the poster's posts ("Original Poster", "Thread starter"), heads each code box
 * ("Code: Select all") and sets buttons under each post ("Reply With Quote", "12 Likes",
 * "Report"); a shop sets its widgets beside the description ("Add to cart", "In stock",
 * "Compare"). The software writes them, not the poster or the shop, and pruning by class cannot
 * reach them where the template gives them no telling class. Only a whole block matches, its
 * figures and punctuation aside ("Reply #3", "Code: Select all"): a sentence that mentions a
 * cart is the text's. The labels are per-language data ({@code control-label.txt}), chosen for
 * the page's language as every list is ({@link LanguageData#codesFor}).
 */
final class ControlLabelRule implements BlockRule {

    /** A control's label is a few words; a longer block is something someone wrote. */
    static final int MAX_WORDS = 5;
    /** The data kind. */
    static final String KIND = "control-label";
    /** Labels per choice of languages ({@link LanguageData#codesFor}), read once. */
    private static final Map<List<String>, Set<String>> LABELS = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "control-label";
    }

    @Override
    public boolean drops(TextBlock block, int i, RuleContext context) {
        if (block.words() == 0 || block.words() > MAX_WORDS || !isLabelKind(block)) {
            return false;
        }
        return labels(context.language()).contains(key(context.phraseText(i)));
    }

    /**
     * A line of text, also in a quotation (a quoted post brings its code box's header along); a
     * heading only with a figure, a count's label ("11 Answers"): a heading of words alone names a
     * section ("Compare"). A table cell is a value, code is read as code.
     */
    private static boolean isLabelKind(TextBlock block) {
        return switch (block.kind()) {
            case PARAGRAPH, TEXT, LIST_ITEM, QUOTE -> true;
            case HEADING -> Chars.hasDigit(block.text());
            default -> false;
        };
    }

    /**
     * The words of a {@link Phrases#normalize normalized} text, figures and punctuation left out
     * and one space between them: "Code: Select all" and "12 likes" read "code select all" and
     * "likes".
     */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (Character.isLetter(c)) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static Set<String> labels(Language language) {
        return LABELS.computeIfAbsent(LanguageData.codesFor(language), ControlLabelRule::load);
    }

    private static Set<String> load(List<String> codes) {
        Set<String> labels = new HashSet<>();
        for (String c : codes) {
            for (String entry : LanguageData.entries(c, KIND)) {
                labels.add(key(Phrases.normalize(entry)));
            }
        }
        return Set.copyOf(labels);
    }
}
