package dev.pith.prune;

import dev.pith.parse.HtmlParser;
import dev.pith.util.TextMetrics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One walk over the page before pruning, doing four jobs that would otherwise take a walk each:
 * it parses the markup inside {@code <noscript>} (see {@link NoscriptUnwrapper}) before going
 * into it, measures the page's text and paragraph text, finds the outermost reader-comment
 * sections (those that do not hold the page's headline, see {@link CommentSections}), and
 * finds the elements whose class or id names furniture ({@link ClassNames}).
 *
 * @param chars           characters of text below the root, white space collapsed
 * @param prose           of those, characters inside {@code <p>} elements
 * @param commentSections outermost elements named as comment sections, in document order
 * @param furnitureSizes  text sizes of the elements named or tagged as furniture, measured in
 *                        passing: the furniture rules ask each whether it holds the main content;
 *                        a mutable map, which the page's {@link TextSizes} takes over
 * @param namedFurniture  the elements whose class or id names furniture, by identity: the
 *                        {@link BoilerplateClassRule} asks this set instead of judging the names
 *                        again (a set, not a jsoup user-data mark: a mark allocates a map per
 *                        element and adds a hidden attribute that every later read of the
 *                        element's attributes steps over)
 * @param classNames      the page's class values as judged in the walk, for the rules that
 *                        ask about them again
 */
record PageSurvey(int chars, int prose, List<Element> commentSections, Map<Element, TextSizes.Sizes> furnitureSizes,
                  Set<Element> namedFurniture, ClassNames classNames) {

    PageSurvey {
        commentSections = List.copyOf(commentSections);
    }

    /** Surveys everything below {@code root}; the root itself is neither a paragraph nor a section. */
    static PageSurvey of(Element root) {
        Walker walker = new Walker(root);
        NodeTraversor.filter(walker, root);
        return new PageSurvey(walker.chars, walker.prose, CommentSections.outermostWithout(walker.sections,
                walker.headline), walker.measured, walker.named, walker.classNames);
    }

    /** A furniture element entered, and the walk's counts when it was. */
    private record Open(Element element, int chars, int prose, int elements) {
    }

    private static final class Walker implements NodeFilter {
        private final Element root;
        /** Every element named as a comment section, nested ones too, in document order. */
        private final List<Element> sections = new ArrayList<>();
        /** The page's first {@code <h1>}, its headline, or null. */
        private Element headline;
        private int chars;
        private int prose;
        private int openParagraphs;
        /** Elements entered so far: a subtree's count is the difference between its tail and head. */
        private int elements;
        /**
         * Furniture elements being walked through, innermost last, with the counts at their head.
         * Sized for the parser's nesting cap, so that it does not grow: few pages nest more than
         * a default deque's sixteen, and the first that did made the compiled walk, prepared for
         * no growth, fall back to the interpreter and be compiled again.
         */
        private final ArrayDeque<Open> open = new ArrayDeque<>(HtmlParser.MAX_DEPTH);
        private final Map<Element, TextSizes.Sizes> measured = new IdentityHashMap<>();
        private final ClassNames classNames = new ClassNames();
        private final Set<Element> named = Collections.newSetFromMap(new IdentityHashMap<>());

        Walker(Element root) {
            this.root = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                int length = TextMetrics.normalisedLength(t.getWholeText());
                chars += length;
                prose += openParagraphs > 0 ? length : 0;
            } else if (node instanceof Element e && e != root) {
                if (e.normalName().equals("noscript")) {
                    NoscriptUnwrapper.unwrap(e);
                } else if (e.normalName().equals("p")) {
                    openParagraphs++;
                } else if (headline == null && e.normalName().equals("h1")) {
                    headline = e;
                }
                int names = classNames.of(e);
                if (CommentSections.names(e, names)) {
                    sections.add(e);
                }
                boolean namedFurniture = ClassNames.furniture(names);
                if (namedFurniture) {
                    named.add(e);
                }
                elements++;
                // Inside a paragraph, all of a subtree's text would count as its prose; TextSizes
                // counts only its own paragraphs', so such elements are left to TextSizes (and
                // their tag and role are not even read).
                if (openParagraphs == 0 && (namedFurniture || NavigationRule.namesFurniture(e))) {
                    open.addLast(new Open(e, chars, prose, elements));
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e != root) {
                if (e.normalName().equals("p")) {
                    openParagraphs--;
                }
                if (!open.isEmpty() && open.peekLast().element() == e) {
                    Open o = open.removeLast();
                    measured.put(e, new TextSizes.Sizes(chars - o.chars(), prose - o.prose(), elements - o.elements() + 1));
                }
            }
            return FilterResult.CONTINUE;
        }
    }
}
