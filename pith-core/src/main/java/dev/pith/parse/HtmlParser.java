package dev.pith.parse;

import java.io.Reader;
import java.io.StringReader;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses decoded HTML into a jsoup DOM the way browsers would, with bounds that keep hostile
 * input cheap: jsoup's tree builder caps nesting depth, so 100,000 nested elements become a
 * shallow tree instead of a stack overflow in later stages, and tag names are cut at a length no
 * real page reaches ({@link TagNameCap}), so a tag soup parses in linear time.
 */
public final class HtmlParser {

    /** Deeper nesting is flattened; real pages stay far below it. */
    public static final int MAX_DEPTH = 512;

    private HtmlParser() {
    }

    /**
     * Parses a whole document.
     *
     * @param html    decoded markup
     * @param baseUri the page URL, used to resolve relative links; may be empty
     */
    public static Document parse(String html, String baseUri) {
        return parse(new StringReader(html), baseUri);
    }

    /**
     * Parses a whole document as it is read.
     *
     * @param html    decoded markup, such as {@link dev.pith.decode.HtmlDecoder#reader}
     * @param baseUri the page URL, used to resolve relative links; may be empty
     */
    public static Document parse(Reader html, String baseUri) {
        return parser().parseInput(new TagNameCap(html), baseUri == null ? "" : baseUri);
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }
}
