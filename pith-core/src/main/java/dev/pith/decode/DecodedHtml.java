package dev.pith.decode;

import java.nio.charset.Charset;

/**
 * HTML bytes turned into text, with the charset used and where it came from.
 *
 * @param html    the decoded markup; malformed byte sequences are replaced by U+FFFD
 * @param charset the charset the bytes were read with
 * @param source  which evidence chose that charset
 */
public record DecodedHtml(String html, Charset charset, CharsetSource source) {

    /** Where the charset came from, strongest evidence first. */
    public enum CharsetSource { BOM, HTTP_HEADER, META_TAG, UTF8_VALID, DETECTED, DEFAULT }
}
