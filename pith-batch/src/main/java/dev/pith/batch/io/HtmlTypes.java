package dev.pith.batch.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Decides whether a response is an HTML page, from its Content-Type or, without one, its bytes. */
public final class HtmlTypes {

    /** Bytes looked at when a response has no Content-Type. */
    private static final int SNIFF_BYTES = 1024;

    private HtmlTypes() {
    }

    /** The media type without parameters, lower case; empty when there is none. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** True for a {@code text/html} or XHTML Content-Type. */
    public static boolean isHtml(String contentType) {
        String type = mediaType(contentType);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /**
     * For a response without a Content-Type: true when it starts (after whitespace and a BOM)
     * with a tag that says HTML, as browsers sniff an unlabelled document.
     */
    public static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<!--") && head.contains("<html");
    }
}
