package dev.pith.classify;

import dev.pith.util.Chars;
import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the author cards of a thread: beside each post, a definition list of the poster's
 * figures ("Joined / Oct 28, 2023", "Messages / 267", "Reaction score / 38"). The same labels
 * recur in every post, each with the poster's own value, so no single text repeats enough for
 * {@link RepeatedTextRule}; what marks them is the labels recurring in lists that stand beside
 * much more text of the post's own, and giving figures (dates, counts). A listing's product
 * cards hold lists with recurring labels too ("Brand / Price / Rating"), but there the list is
 * most of the card: it is the entry.
 */
final class AuthorCards {

    /** Fewer posts with the same labels are a chance likeness, not a thread. */
    static final int MIN_CARDS = 3;
    /** A card's list is a few labelled figures; a longer list is a glossary or a specification. */
    static final int MAX_LIST_WORDS = 12;
    /**
     * At least this share of a label's lists give a figure (a date, a count): a member's record is
     * figures, where a documentation page's lists of labelled terms ("signature: task-sent(uuid)") are not.
     */
    static final double MIN_FIGURE_SHARE = 0.5;
    /** The posts beside the cards hold at least this many times the words of their lists: the card is a margin note. */
    static final double MIN_POST_TO_CARD = 2.0;

    private static final String TOOLTIP = "title";
    private static final String ACCESSIBLE_NAME = "aria-label";
    /** Where an icon label keeps its name, on the label or inside it. */
    private static final String ICON_NAMES = "[" + TOOLTIP + "], [" + ACCESSIBLE_NAME + "]";

    private AuthorCards() {
    }

    /** The definition lists in {@code region} that are author cards; empty on most pages. */
    static Set<Element> find(Region region) {
        Map<String, List<Element>> byLabels = new HashMap<>();
        for (Element root : region.roots()) {
            for (Element dl : root.getElementsByTag("dl")) {
                String labels = labels(dl);
                if (!labels.isEmpty() && TextMetrics.words(dl.text()) <= MAX_LIST_WORDS) {
                    byLabels.computeIfAbsent(labels, k -> new ArrayList<>()).add(dl);
                }
            }
        }
        List<List<Element>> candidates = new ArrayList<>();
        for (List<Element> lists : byLabels.values()) {
            if (lists.size() >= MIN_CARDS && standBesidePosts(lists)) {
                candidates.add(lists);
            }
        }
        return recordsOfMembers(candidates);
    }

    /**
     * The candidate lists that make a member's record: those of a label that gives figures
     * ("Joined", "Messages"), and the lists set beside one of those in the same card ("Member
     * type", "Location"). A page whose labelled lists give no figures is no thread.
     */
    private static Set<Element> recordsOfMembers(List<List<Element>> candidates) {
        Set<Element> cards = new HashSet<>();
        Set<Element> cardBoxes = new HashSet<>();
        for (List<Element> lists : candidates) {
            if (holdFigures(lists)) {
                cards.addAll(lists);
                lists.forEach(dl -> cardBoxes.add(dl.parent()));
            }
        }
        for (List<Element> lists : candidates) {
            for (Element dl : lists) {
                if (cardBoxes.contains(dl.parent())) {
                    cards.add(dl);
                }
            }
        }
        return cards;
    }

    /** The list's labels (its {@code dt} texts) in lower case, joined; empty when it has none or a term is a link. */
    private static String labels(Element dl) {
        StringBuilder labels = new StringBuilder();
        for (Element child : dl.children()) {
            if (child.normalName().equals("dt")) {
                // a linked term names someone (the poster, in a card that opens with the name), it labels nothing
                if (child.selectFirst("a[href]") != null) {
                    return "";
                }
                labels.append(labelOf(child).toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return labels.toString().strip();
    }

    /**
     * A label's text, or where it shows an icon instead ("Joined" as a calendar), the icon's
     * tooltip or accessible name: the same label in every card all the same.
     */
    private static String labelOf(Element dt) {
        String text = dt.text().strip();
        if (!text.isEmpty()) {
            return text;
        }
        Element named = dt.selectFirst(ICON_NAMES);
        return named == null ? "" : named.hasAttr(TOOLTIP) ? named.attr(TOOLTIP).strip() : named.attr(ACCESSIBLE_NAME).strip();
    }

    /** Whether at least {@link #MIN_FIGURE_SHARE} of the lists hold a digit in their values ({@code dd}). */
    private static boolean holdFigures(List<Element> lists) {
        int figures = 0;
        for (Element dl : lists) {
            if (Chars.hasDigit(dl.getElementsByTag("dd").text())) {
                figures++;
            }
        }
        return figures >= MIN_FIGURE_SHARE * lists.size();
    }

    /**
     * Whether the items the lists stand in (each list's widest ancestor that holds no other of
     * them) hold, outside their definition lists, {@link #MIN_POST_TO_CARD} times the lists' words.
     */
    private static boolean standBesidePosts(List<Element> lists) {
        Set<Element> all = new HashSet<>(lists);
        int cardWords = 0;
        int postWords = 0;
        for (Element dl : lists) {
            Element item = itemOf(dl, all);
            int listWords = TextMetrics.words(item.getElementsByTag("dl").text());
            cardWords += listWords;
            postWords += TextMetrics.words(item.text()) - listWords;
        }
        return postWords >= MIN_POST_TO_CARD * cardWords;
    }

    /** The widest ancestor of {@code dl} (or the list itself) that holds none of the {@code others}. */
    private static Element itemOf(Element dl, Set<Element> others) {
        Element item = dl;
        for (Element up = dl.parent(); up != null && !holdsAnother(up, dl, others); up = up.parent()) {
            item = up;
        }
        return item;
    }

    private static boolean holdsAnother(Element container, Element dl, Set<Element> others) {
        for (Element inner : container.getElementsByTag("dl")) {
            if (inner != dl && others.contains(inner)) {
                return true;
            }
        }
        return false;
    }
}
