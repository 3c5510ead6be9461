package dev.pith.assemble;

import dev.pith.parse.Urls;
import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The URL a page's relative image and link URLs resolve against. A page given with its URL has
 * it (with any {@code <base href>} applied, as a browser does); a page read from a file or an
 * archive without one still often declares where it lives — its canonical link or
 * {@code og:url} — and that address resolves its relative URLs as well as the real one would.
 */
public final class BaseUrl {

    /** Parsed once: jsoup parses a query string again on every call, once per page here. */
    private static final Evaluator BASE_HREF = QueryParser.parse("base[href]");

    private BaseUrl() {
    }

    /**
     * The base for {@code doc}'s relative URLs, or "" when none is known.
     *
     * @param doc          the parsed page; its base URI is the given URL, with {@code <base href>} applied
     * @param declaredUrl  the absolute URL the page declares for itself (canonical, {@code og:url}), or ""
     */
    public static String of(Document doc, String declaredUrl) {
        if (!doc.baseUri().isEmpty() || declaredUrl.isEmpty()) {
            return doc.baseUri();
        }
        // Without a given URL the parser could not apply a relative <base href>; the declared one can.
        Element base = doc.head().selectFirst(BASE_HREF);
        String resolved = base == null ? "" : resolve(declaredUrl, base.attr("href").trim());
        return resolved.isEmpty() ? declaredUrl : resolved;
    }

    /** {@code ref} made absolute against {@code base}, or "" when either is not a URL. */
    static String resolve(String base, String ref) {
        try {
            return new URL(new URL(base), ref).toExternalForm();
        } catch (MalformedURLException e) {
            return "";
        }
    }

    /**
     * An element's URL attribute made absolute: against the element's own base when the page was
     * given one (as jsoup resolves it), else against {@code base}; as written when neither works.
     */
    static String absolute(Element e, String key, String base) {
        String raw = e.attr(key).trim();
        String own = e.baseUri();
        if (!own.isEmpty()) {
            String abs = Urls.resolvedAttr(e, key, own);
            return abs.isEmpty() ? raw : abs;
        }
        if (base.isEmpty() || raw.isEmpty()) {
            return raw;
        }
        String abs = resolve(base, raw);
        return abs.isEmpty() ? raw : abs;
    }
}
