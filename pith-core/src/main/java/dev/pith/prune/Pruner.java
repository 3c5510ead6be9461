package dev.pith.prune;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * The prune stage: removes in place the subtrees that are never main content, so that later
 * stages see only candidate text. Rules run in the order listed here; each removal is reported
 * with the rule that made it.
 */
public final class Pruner {

    /**
     * A furniture rule never removes an element holding more than this share of the page's
     * text: when the "sidebar" holds most of the words, the class name lied.
     */
    static final double MAX_PRUNED_SHARE = 0.5;

    /**
     * ...nor one holding more than this share of the text outside the page's other furniture
     * ({@link PruneContext#holdsRestOfPage}).
     */
    static final double MAX_REST_SHARE = 0.5;

    /** ...nor one holding more than this share of the page's paragraph text. */
    static final double MAX_PRUNED_PROSE_SHARE = 0.4;

    /**
     * Comments are dropped only when the page keeps at least this share of its text outside
     * them; below it, the comments are the page (a forum thread, a Q&A).
     */
    static final double MIN_SHARE_OUTSIDE_COMMENTS = 0.3;

    /** Matched elements repeated this often are judged as a group (see {@link #repeatedContent}). */
    static final int MIN_REPEATS = 3;

    private static final String NON_CONTENT_TAG = new NonContentTagRule().name();

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static final List<PruneRule> INSIDE_SPARED = List.of(new ChoiceListRule());

    private static final List<PruneRule> ALWAYS = List.of(
            new NonContentTagRule(),
            new HiddenElementRule(),
            new InteractionCountRule(),
            new NavigationRule(),
            new BoilerplateClassRule());

    private Pruner() {
    }

    /**
     * Prunes the document's body in place, reporting the removals or not: a report measures
     * and describes every removed subtree, work that only {@code --explain} reads.
     *
     * @param doc              the parsed page; modified
     * @param includeComments  keep reader comment sections
     * @param report           describe each removal; when false the result is empty
     * @return what was removed and why: the matched elements in document order, then the
     *         pickers inside structures spared as repeated content
     */
    public static List<Removal> prune(Document doc, boolean includeComments, boolean report) {
        Element body = doc.body();
        PageSurvey survey = PageSurvey.of(body);
        TextSizes sizes = new TextSizes(body, survey);
        PruneContext context = new PruneContext(sizes, body, survey);
        List<PruneRule> rules = new ArrayList<>(ALWAYS);
        if (!includeComments) {
            List<Element> comments = survey.commentSections();
            if (areSeparable(comments, context)) {
                rules.add(new KnownElementsRule(CommentSections.RULE_NAME, comments));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        collect(body, rules, context, candidates);
        Set<String> spared = repeatedContent(candidates, context);
        candidates.addAll(pickersInside(candidates, spared, context));
        List<Removal> removals = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.isSpared(spared)) {
                c.element().remove();
                if (report) {
                    removals.add(new Removal(c.rule(), describe(c.element()), sizes.of(c.element())));
                }
            }
        }
        return removals;
    }

    /** Adds the outermost elements under {@code root} that a rule matches, in document order. */
    private static void collect(Element root, List<PruneRule> ruleList, PruneContext context, List<Candidate> into) {
        // an array: a list's iterator, made for each element of the page, escapes the compiler
        PruneRule[] rules = ruleList.toArray(PruneRule[]::new);
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                for (PruneRule rule : rules) {
                    if (rule.matches(e, context)) {
                        into.add(new Candidate(e, rule.name()));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
    }

    /**
     * The pickers inside the matched elements that are spared as repeated content: sparing a
     * structure keeps its text, not the 250 options of the country picker in a spared newsletter
     * box. (Formulas in {@code <math>} stay: a spared structure may be the page's equations.)
     */
    private static List<Candidate> pickersInside(List<Candidate> candidates, Set<String> spared,
                                                    PruneContext context) {
        List<Candidate> inside = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.isSpared(spared)) {
                collect(c.element(), INSIDE_SPARED, context, inside);
            }
        }
        return inside;
    }

    /** An element a rule matched, and the rule. */
    private record Candidate(Element element, String rule) {
        /** Elements with the same rule, tag and classes are one repeated structure. */
        String signature() {
            return rule + ' ' + element.normalName() + '.' + element.className();
        }

        /** Whether the candidate belongs to a structure spared as repeated content; most pages spare none. */
        boolean isSpared(Set<String> spared) {
            return !spared.isEmpty() && spared.contains(signature());
        }
    }

    /**
     * Signatures of matched elements that together hold the page's content: furniture occurs
     * once or twice a page, but fifty "meta" blocks are the items of a listing. Tags that never
     * hold readable text are never spared: three country pickers of 250 options each are a lot
     * of text, and none of it is the page's.
     */
    private static Set<String> repeatedContent(List<Candidate> candidates, PruneContext context) {
        Map<String, List<Element>> groups = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.rule().equals(NON_CONTENT_TAG)) {
                groups.computeIfAbsent(c.signature(), k -> new ArrayList<>()).add(c.element());
            }
        }
        Set<String> spared = new HashSet<>();
        groups.forEach((signature, elements) -> {
            if (elements.size() >= MIN_REPEATS && context.holdsMainContent(elements)) {
                spared.add(signature);
            }
        });
        return spared;
    }

    /**
     * The outermost reader-comment sections of a page, for callers that keep comments and
     * want them in the main content.
     */
    public static List<Element> commentSections(Element body) {
        return PageSurvey.of(body).commentSections();
    }

    private static boolean areSeparable(List<Element> comments, PruneContext context) {
        long inComments = 0;
        for (Element e : comments) {
            inComments += context.sizes().of(e);
        }
        long outside = context.pageChars() - inComments;
        return inComments > 0 && outside >= MIN_SHARE_OUTSIDE_COMMENTS * context.pageChars();
    }

    /** An element as {@code tag.class#id}, for reports. */
    public static String describe(Element e) {
        StringBuilder sb = new StringBuilder(e.normalName());
        if (!e.className().isEmpty()) {
            sb.append('.').append(WHITE_SPACE.matcher(e.className().trim()).replaceAll("."));
        }
        if (!e.id().isEmpty()) {
            sb.append('#').append(e.id());
        }
        return sb.length() > 120 ? sb.substring(0, 120) : sb.toString();
    }
}
