package dev.pith.prune;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Parses the markup inside {@code <noscript>}: the HTML parser keeps it as raw text, so a forum
 * thread served there (Discourse, Flarum) would read as tags, and a tracking pixel
 * ({@code <img src=…>}) as words. After this, noscript holds elements that rules can judge.
 */
final class NoscriptUnwrapper {

    private NoscriptUnwrapper() {
    }

    /** Replaces the raw markup inside one {@code <noscript>} with the elements it describes. */
    static void unwrap(Element noscript) {
        String raw = rawText(noscript);
        if (raw.indexOf('<') < 0) {
            return;
        }
        noscript.empty();
        for (Node n : Parser.parseFragment(raw, noscript, noscript.baseUri())) {
            noscript.appendChild(n);
        }
    }

    private static String rawText(Element e) {
        // the parser leaves a noscript's markup in one text node: its string is the raw text as it is
        if (e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode only) {
            return only.getWholeText();
        }
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof DataNode d) {
                sb.append(d.getWholeData());
            } else {
                return "";
            }
        }
        return sb.toString();
    }
}
