package dev.pith.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Safe, distinct file names for the documents of one run, derived from what the user knows them
 * by: a page's URL ({@code https://a.test/news/story?p=2} → {@code a.test_news_story_p_2}) or,
 * without one, its input id (the file name without its extension). A name never leaves its
 * directory: separators, {@code ..}, leading dots, control and reserved characters become
 * {@code _}. Names that would clash (also only by letter case, as on macOS and Windows) get
 * {@code -2}, {@code -3}... in the order they are claimed, so the same inputs in the same order
 * always get the same names.
 */
final class FileNames {

    /** Most file systems allow 255 bytes; this leaves room for a clash suffix and the extension. */
    static final int MAX_NAME_BYTES = 120;
    /** The name of a document whose URL and id give no usable character. */
    static final String FALLBACK = "document";

    /** Anything but letters, digits, dot, dash and underscore is replaced. */
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern UNDERSCORES = Pattern.compile("_{2,}");
    /** Names Windows reserves for devices, whatever the extension. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final Set<String> taken = new HashSet<>();

    /** A new name, not claimed before in this run, for a document with this URL (or null) and id. */
    String claim(String url, String id, String extension) {
        String base = safe(url != null && !url.isEmpty() ? withoutScheme(url) : id);
        String name = base + extension;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + extension;
        }
        return name;
    }

    /** A file name made of the text's safe characters, without extension. */
    static String safe(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        s = UNDERSCORES.matcher(UNSAFE.matcher(s).replaceAll("_")).replaceAll("_");
        s = truncate(stripEdges(s));
        s = stripEdges(s); // truncating may leave a dot or an underscore at the end
        if (s.isEmpty()) {
            return FALLBACK;
        }
        return DEVICE.matcher(s).matches() ? "_" + s : s;
    }

    /** Without leading dots (hidden files, {@code ..}), dashes (options) and underscores, or trailing dots. */
    private static String stripEdges(String s) {
        int start = 0;
        while (start < s.length() && ".-_".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        int end = s.length();
        while (end > start && "._".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String truncate(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_NAME_BYTES) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** The URL from its host on: the scheme and {@code //} say nothing about the page. */
    private static String withoutScheme(String url) {
        try {
            URI u = URI.create(url);
            if (u.getRawSchemeSpecificPart() != null && u.getRawSchemeSpecificPart().startsWith("//")) {
                return u.getRawSchemeSpecificPart().substring(2);
            }
        } catch (IllegalArgumentException notAUri) {
            // fall through: the text as it is, made safe by the caller
        }
        return url;
    }
}
