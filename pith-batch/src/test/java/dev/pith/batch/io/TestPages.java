package dev.pith.batch.io;

import java.nio.charset.StandardCharsets;

/** Small HTML pages for tests: a title and enough prose for the extractor to keep. */
public final class TestPages {

    private TestPages() {
    }

    /** A page whose main text mentions {@code word} in every paragraph. */
    public static String html(String title, String word) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            body.append("<p>The ").append(word).append(" story goes on with paragraph ").append(i)
                    .append(", which holds enough ordinary words to look like the main content of a page"
                            + " that a reader would come for, not a menu or a footer.</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav><article><h1>" + title + "</h1>"
                + body + "</article><footer>Copyright</footer></body></html>";
    }

    public static byte[] utf8(String title, String word) {
        return html(title, word).getBytes(StandardCharsets.UTF_8);
    }
}
