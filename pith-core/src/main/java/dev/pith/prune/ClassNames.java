package dev.pith.prune;

import dev.pith.util.Chars;
import dev.pith.util.Stems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id tell the prune stage: a reader-comment section, the article
 * body, page furniture. One scan of each value answers all three, which matters because every
 * element of the page is asked. The {@link PageSurvey} asks before pruning and keeps the
 * elements named as furniture, so that the {@link BoilerplateClassRule} asks that set instead
 * of scanning the names again.
 *
 * <p>One instance judges one page, and remembers its answer for each class value: templates
 * repeat a few class values over hundreds of elements (on the benchmark pages some 800 elements
 * with a class share about 200 values), and a lookup costs less than a scan. Ids are
 * remembered too, though each is asked about once or twice.
 */
final class ClassNames {

    /** Named as a reader-comment section ({@link CommentSections#STEMS}). */
    static final int COMMENTS = 1;
    /** Named as the article body ({@link BoilerplateClassRule#CONTENT_STEMS}). */
    static final int CONTENT = 1 << 1;
    /** Named as page furniture ({@link BoilerplateClassRule#FURNITURE_STEMS} or a furniture part). */
    static final int FURNITURE = 1 << 2;
    /**
     * A class value that hides the element ({@link HiddenElementRule#hidesByClass}); judged for
     * class values only, and remembered with the others because that rule asks of every element.
     */
    static final int HIDDEN = 1 << 3;
    /**
     * A comment stem stands in the value with no qualifier after it ({@link
     * CommentSections#namesSection}): judged with the others so that the page's walk asks a
     * remembered bit instead of lower-casing and searching the element's names again.
     */
    static final int SECTION = 1 << 4;

    /** The families in bit order: comments, content, furniture. */
    private static final Stems STEMS = Stems.families(List.of(
            CommentSections.STEMS, BoilerplateClassRule.CONTENT_STEMS, BoilerplateClassRule.FURNITURE_STEMS));
    /** The content family alone, for the second scan of names written with underscores. */
    private static final Stems CONTENT_STEMS = Stems.of(BoilerplateClassRule.CONTENT_STEMS);
    /** Words that negate the name part after them. */
    private static final List<String> NEGATING_WORDS = List.of("no", "not", "non", "without");
    /** The longest of {@link #NEGATING_WORDS}: a longer word before a hyphen is none of them. */
    private static final int LONGEST_NEGATING_WORD = NEGATING_WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /**
     * A name part negated by the word before it says the thing is absent: a theme's
     * {@code wsite-not-footer} wraps the page's content, {@code no-sidebar} a layout without one.
     */
    private static final Pattern NEGATED_PART = Pattern.compile("(?i)(?<![a-z0-9])(?:" + String.join("|", NEGATING_WORDS) + ")-[a-z0-9]+");

    /**
     * Initial table sizes of {@link #byClass} and {@link #byId}: the benchmark pages carry some
     * 200 distinct class values and 100 ids, which tables growing from 16 entries would be
     * rebuilt four or five times to hold.
     */
    private static final int CLASSES_CAPACITY = 512;
    private static final int IDS_CAPACITY = 256;

    /** The bits of each class value judged on this page. */
    private final Map<String, Integer> byClass = new HashMap<>(CLASSES_CAPACITY);
    /**
     * The bits of each id judged on this page. Ids are meant to be unique, so this saves few
     * judgements; it is kept for what {@link #ofClass} says about compiled code.
     */
    private final Map<String, Integer> byId = new HashMap<>(IDS_CAPACITY);

    /**
     * The bits for the element's class and id together ({@link #HIDDEN} from the class only; an
     * id that is a heading's anchor adds none). The values are judged as written:
     * white space around them changes no answer, as no stem or part holds white space.
     */
    int of(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        Attributes attributes = e.attributes();
        String id = attributes.get("id");
        return ofClass(attributes.get("class")) | ofId(e, id);
    }

    /**
     * The bits of the element's id; none when the id is a heading's anchor ({@link HeadingAnchors}),
     * whose words are the heading's and name no role. Asked only of the few ids that hold a
     * furniture or comment stem.
     */
    private int ofId(Element e, String id) {
        if (id.isEmpty()) {
            return 0;
        }
        int found = byId.computeIfAbsent(id, ClassNames::judge);
        return (found & (FURNITURE | COMMENTS)) == 0 || !HeadingAnchors.isAnchor(e, id) ? found : 0;
    }

    /**
     * The bits of a class value, judged at its first sight on the page. Through
     * {@link Map#computeIfAbsent}, which the JIT compiler does not inline: the judging (stems,
     * the negation regex) then stays compiled once in its own method instead of being copied
     * into every hot caller's compiled code ({@link PageSurvey}'s walk, the hidden-element rule).
     */
    private int ofClass(String value) {
        return byClass.computeIfAbsent(value, ClassNames::judgeClass);
    }

    private static int judgeClass(String value) {
        return judge(value) | (HiddenElementRule.hidesByClass(value) ? HIDDEN : 0);
    }

    /** True when a class value hides its element, as {@link HiddenElementRule#hidesByClass} says. */
    boolean hides(String classValue) {
        return has(ofClass(classValue), HIDDEN);
    }

    /**
     * The bits for one class or id value, judged afresh (not remembered), for rules that judge a
     * name with a part cut out ({@link IndexedHeadings}).
     */
    static int judgeValue(String raw) {
        return judge(raw);
    }

    /**
     * The bits for one class or id value. No stem holds white space, so searching the whole
     * value answers as searching each of its class names would.
     */
    private static int judge(String raw) {
        if (raw.isEmpty()) {
            return 0;
        }
        String value = withoutNegatedParts(raw);
        int found = STEMS.familiesInLowerCased(value);
        if (!has(found, CONTENT)) {
            // a second scan can only add the content bit
            found |= contentNamedWithUnderscores(value);
        }
        if ((found & (CONTENT | FURNITURE)) == 0
                && BoilerplateClassRule.hasFurniturePartLowerCased(value)) {
            found |= FURNITURE;
        }
        // the raw value names a section only where it holds a comment stem: where the comments
        // bit says so, unless a negated part ("no-comments") was cut before the search
        if ((has(found, COMMENTS) || !value.equals(raw)) && CommentSections.namesSection(raw)) {
            found |= SECTION;
        }
        return found;
    }

    private static String withoutNegatedParts(String value) {
        return mayHoldNegation(value) ? NEGATED_PART.matcher(value).replaceAll("") : value;
    }

    /**
     * True when a negating word stands before a hyphen: ids are not remembered, and most values
     * hold hyphens but no negation, so the regex runs only on the few that do.
     */
    private static boolean mayHoldNegation(String value) {
        for (int i = value.indexOf('-'); i >= 0; i = value.indexOf('-', i + 1)) {
            int start = i;
            // no further back than one character past the longest negating word: class values
            // run long words between their hyphens ("elementor-widget-container")
            while (start > 0 && i - start <= LONGEST_NEGATING_WORD && isAsciiLetterOrDigit(value.charAt(start - 1))) {
                start--;
            }
            for (String word : NEGATING_WORDS) {
                if (word.length() == i - start && value.regionMatches(true, start, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The regex's {@code [a-z0-9]} under case folding. */
    private static boolean isAsciiLetterOrDigit(char c) {
        return c < Chars.ASCII_END && Chars.isLetterOrDigit(c);
    }

    /**
     * Content names written with underscores ({@code hs_cos_wrapper_post_body}, {@code entry_content}):
     * some CMSs join words so, and the body they name must not be taken for the furniture its
     * other parts name ({@code meta_field}). Only the content family is read this way: furniture
     * stems like {@code -nav} would also match inside unrelated names ({@code lm_navSource}).
     */
    private static int contentNamedWithUnderscores(String value) {
        return value.indexOf('_') >= 0 && CONTENT_STEMS.foundInLowerCased(value.replace('_', '-')) ? CONTENT : 0;
    }

    static boolean has(int names, int bit) {
        return (names & bit) != 0;
    }

    /**
     * Named as furniture and not as the article body: a content name wins over furniture
     * beside it ("article-body share-enabled").
     */
    static boolean furniture(int names) {
        return has(names, FURNITURE) && !has(names, CONTENT);
    }
}
