package dev.pith.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The review page and its script, style and example page, served from the jar: no CDN, so the
 * page works offline and shows exactly the version of the server it came with.
 */
final class StaticAssets {

    private static final String ROOT = "/dev/pith/server/static/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/static/app.js", "app.js",
            "/static/app.css", "app.css",
            "/static/example.html", "news-article.html");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private final Map<String, Reply> replies;

    StaticAssets() {
        java.util.HashMap<String, Reply> loaded = new java.util.HashMap<>();
        FILES.forEach((path, file) -> loaded.put(path, load(file)));
        replies = Map.copyOf(loaded);
    }

    boolean serves(String path) {
        return replies.containsKey(path);
    }

    Reply get(String path) {
        return replies.get(path);
    }

    private static Reply load(String file) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + file);
            }
            String ext = file.substring(file.lastIndexOf('.') + 1);
            return new Reply(200, TYPES.get(ext), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
