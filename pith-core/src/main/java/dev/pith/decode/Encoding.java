package dev.pith.decode;

import java.nio.charset.Charset;

/**
 * How a document's bytes are to be read: the charset, the evidence that chose it, and where the
 * text starts (after a byte-order mark).
 *
 * @param charset the charset to read with
 * @param source  which evidence chose it
 * @param offset  bytes to skip first: the length of a byte-order mark, else 0
 */
public record Encoding(Charset charset, DecodedHtml.CharsetSource source, int offset) {
}
