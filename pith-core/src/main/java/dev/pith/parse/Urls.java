package dev.pith.parse;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.nodes.Element;

/**
 * Absolute URLs from attributes, as jsoup's {@link Element#absUrl} gives them. A page read from a
 * file has no base URL, and jsoup then first fails to parse the empty base, paying for an
 * exception on every call; the common values (an absolute http(s) URL, a path) are answered
 * here the way jsoup would answer them, and any other value is left to jsoup.
 */
public final class Urls {

    private Urls() {
    }

    /** The attribute's value as an absolute URL, or "" when it cannot be made one. */
    public static String absolute(Element e, String key) {
        if (!e.baseUri().isEmpty()) {
            return e.absUrl(key);
        }
        String value = Attrs.value(e, key);
        if (value.isEmpty() || startsRelative(value)) {
            // No base to resolve against, and not a URL of its own: jsoup gives "".
            return "";
        }
        if ((value.startsWith("http://") || value.startsWith("https://")) && !hasControlOrSpace(value)) {
            try {
                URL url = new URL(value);
                if (!url.getHost().isEmpty()) {
                    return url.toExternalForm();
                }
            } catch (MalformedURLException malformed) {
                // jsoup's own fallbacks decide below
            }
        }
        return e.absUrl(key);
    }

    /** A path, query or fragment: these never parse as a URL without a base. */
    private static boolean startsRelative(String value) {
        char c = value.charAt(0);
        return c == '/' || c == '.' || c == '#' || c == '?';
    }

    private static boolean hasControlOrSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) <= ' ') {
                return true;
            }
        }
        return false;
    }
}
