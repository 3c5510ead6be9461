package dev.pith.parse;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Absolute URLs from attributes, as jsoup's {@link Element#absUrl} gives them. A page read from a
 * file has no base URL, and jsoup then first fails to parse the empty base, paying for an
 * exception on every call; the common values (an absolute http(s) URL, a path) are answered
 * here the way jsoup would answer them, and any other value is left to jsoup.
 */
public final class Urls {

    /**
     * jsoup's fix for dot segments left at the start of a resolved path ({@code /../a} to
     * {@code /a}); it can only match a path starting with {@link #DOT_SEGMENT_START}.
     */
    private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
    private static final String DOT_SEGMENT_START = "/.";

    /**
     * The base URL parsed last, per thread: every link of a page resolves against the same base,
     * and parsing it again for each link was half a percent of the time spent on a page.
     */
    private static final ThreadLocal<ParsedBase> LAST_BASE = new ThreadLocal<>();

    private Urls() {
    }

    /** The attribute's value as an absolute URL, or "" when it cannot be made one. */
    public static String absolute(Element e, String key) {
        String base = e.baseUri();
        if (!base.isEmpty()) {
            return resolvedAttr(e, key, base);
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

    /**
     * {@code e.absUrl(key)} for an element whose base URI is {@code base}, not empty: the same
     * answer, without the cost jsoup pays on every call. jsoup strips control characters from
     * both URLs with a regular expression that matches (empty) at every character, twice for
     * the link, which made resolving the links of a page cost as much as assembling it; a URL
     * without control characters needs no stripping. Anything off the plain path (control
     * characters, a URL Java cannot parse) is left to jsoup.
     */
    public static String resolvedAttr(Element e, String key, String base) {
        if (e.attributesSize() == 0 || !e.attributes().hasKeyIgnoreCase(key)) {
            return "";
        }
        String ref = e.attributes().getIgnoreCase(key);
        URL parsedBase = parsed(base);
        if (parsedBase == null || hasControl(ref)) {
            return e.absUrl(key);
        }
        try {
            URL resolved = resolve(parsedBase, ref);
            if (isHttp(resolved.getProtocol()) && resolved.getHost().isEmpty()) {
                return e.absUrl(key);
            }
            return resolved.toExternalForm();
        } catch (MalformedURLException malformed) {
            return e.absUrl(key);
        }
    }

    /**
     * {@code base} as a URL, or null when jsoup must resolve against it: it holds control
     * characters, or Java cannot parse it. The answer for the last base is kept.
     */
    private static URL parsed(String base) {
        ParsedBase last = LAST_BASE.get();
        if (last == null || !last.text().equals(base)) {
            last = new ParsedBase(base, parse(base));
            LAST_BASE.set(last);
        }
        return last.url();
    }

    private static URL parse(String base) {
        if (hasControl(base)) {
            return null;
        }
        try {
            return new URL(base);
        } catch (MalformedURLException malformed) {
            return null;
        }
    }

    /** A base URL as written, and as parsed (null when it is left to jsoup). */
    private record ParsedBase(String text, URL url) {
    }

    /**
     * {@code ref} against {@code base} as jsoup's {@code resolve(URL, String)} does it
     * ({@code org.jsoup.internal.StringUtil}) for a reference without control characters: a bare query keeps the base's path, and dot
     * segments left at the path's start are dropped.
     */
    private static URL resolve(URL base, String ref) throws MalformedURLException {
        URL url = new URL(base, ref.startsWith("?") ? base.getPath() + ref : ref);
        String file = url.getFile();
        if (file.startsWith(DOT_SEGMENT_START)) {
            file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
        }
        if (url.getRef() != null) {
            file = file + "#" + url.getRef();
        }
        return new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
    }

    private static boolean isHttp(String protocol) {
        return "http".equalsIgnoreCase(protocol) || "https".equalsIgnoreCase(protocol);
    }

    /** True when the URL holds a character jsoup strips before resolving (U+0000 to U+001F). */
    private static boolean hasControl(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) < ' ') {
                return true;
            }
        }
        return false;
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
