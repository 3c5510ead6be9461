package dev.pith.prune;

import dev.pith.util.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One walk over the page before pruning, doing four jobs that would otherwise take a walk each:
 * it parses the markup inside {@code <noscript>} (see {@link NoscriptUnwrapper}) before going
 * into it, measures the page's text and paragraph text, finds the outermost reader-comment
 * sections, and marks the elements whose class or id names furniture ({@link ClassNames}).
 *
 * @param chars           characters of text below the root, white space collapsed
 * @param prose           of those, characters inside {@code <p>} elements
 * @param commentSections outermost elements named as comment sections, in document order
 */
record PageSurvey(int chars, int prose, List<Element> commentSections) {

    PageSurvey {
        commentSections = List.copyOf(commentSections);
    }

    /** Surveys everything below {@code root}; the root itself is neither a paragraph nor a section. */
    static PageSurvey of(Element root) {
        Walker walker = new Walker(root);
        NodeTraversor.filter(walker, root);
        return new PageSurvey(walker.chars, walker.prose, walker.sections);
    }

    private static final class Walker implements NodeFilter {
        private final Element root;
        private final List<Element> sections = new ArrayList<>();
        private int chars;
        private int prose;
        private int openParagraphs;
        /** The comment section being walked through, or null. */
        private Element section;

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
                }
                int names = ClassNames.of(e);
                if (section == null && CommentSections.names(e, names)) {
                    section = e;
                    sections.add(e);
                }
                if (ClassNames.furniture(names)) {
                    ClassNames.markFurniture(e);
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
                if (e == section) {
                    section = null;
                }
            }
            return FilterResult.CONTINUE;
        }
    }
}
