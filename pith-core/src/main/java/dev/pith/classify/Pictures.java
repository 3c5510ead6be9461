package dev.pith.classify;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Whether markup holds a picture, as the caption rules ask it. The query is parsed once: jsoup
 * parses a query string anew on every {@code selectFirst(String)}.
 */
final class Pictures {

    private static final Evaluator PICTURE = QueryParser.parse("img, picture, video");

    private Pictures() {
    }

    /** True when {@code e} holds an image, a picture or a video. */
    static boolean within(Element e) {
        return e.selectFirst(PICTURE) != null;
    }
}
