package dev.pith.decode;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns HTML bytes into text without ever throwing on bad bytes.
 *
 * <p>Order of evidence: a byte-order mark; the HTTP {@code Content-Type} charset; a
 * {@code <meta charset>} or {@code http-equiv} label in the first bytes; statistical
 * detection. Two corrections to that order come from real pages: bytes that are valid
 * non-ASCII UTF-8 are read as UTF-8 under any legacy label (servers often label UTF-8 pages as
 * ISO-8859-1; re-saved pages keep a gb2312 or shift_jis {@code <meta>}), and ISO-8859-1 is read
 * as windows-1252 as browsers do. An undeclared page the detector can only call Western gets
 * the legacy encoding of its declared language, its country domain, or its letters
 * ({@link LegacyFallback}).
 */
public final class HtmlDecoder {

    /** How far into the document a {@code <meta charset>} is looked for. */
    private static final int META_SCAN_BYTES = 8192;
    /** How many bytes the statistical detector sees; more rarely changes its verdict. */
    private static final int DETECT_BYTES = 65536;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A mostly-UTF-8 text has at least this many valid multi-byte characters per bad byte. */
    static final int MULTI_BYTE_PER_BAD = 10;
    /** Bad bytes after which a text with too few multi-byte characters for them is settled as not UTF-8. */
    private static final int SETTLED_BAD_BYTES = 64;
    /** The most bytes a cut can leave of a character at the end: a four-byte one's first three. */
    private static final int MAX_UTF8_TAIL = 3;
    /** Characters decoded at a time when bytes are checked for mostly valid UTF-8 ({@link #isMostlyUtf8}). */
    private static final int VALIDATION_CHUNK = 8192;

    private HtmlDecoder() {
    }

    /** Decodes with no HTTP header. */
    public static DecodedHtml decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes HTML bytes into one string.
     *
     * @param bytes       the raw document
     * @param contentType the HTTP {@code Content-Type} header value or a bare charset name; may be null
     */
    public static DecodedHtml decode(byte[] bytes, String contentType) {
        Encoding encoding = encodingOf(bytes, contentType, null);
        return new DecodedHtml(decodeLenient(bytes, encoding.offset(), encoding.charset()), encoding.charset(),
                encoding.source());
    }

    /**
     * Decodes a plain-text capture (a text dump, a file of unknown origin) by the same evidence
     * as a page: a byte-order mark, valid UTF-8, else detection and the legacy encoding of the
     * address's country domain or of the text's letters. Invalid bytes become U+FFFD.
     *
     * @param url the capture's address; may be null or empty
     */
    public static String text(byte[] bytes, String url) {
        Encoding encoding = encodingOf(bytes, null, url);
        return decodeLenient(bytes, encoding.offset(), encoding.charset());
    }

    /**
     * A reader over the bytes in the charset {@link #encodingOf} chooses, replacing invalid
     * sequences. Parsing from it skips building the whole document as one string first, which
     * costs as much as a fifth of the parse.
     */
    public static Reader reader(byte[] bytes, String contentType) {
        return reader(bytes, contentType, null);
    }

    /**
     * As {@link #reader(byte[], String)}, for a page whose address is known: an old page that
     * declares no charset may be read in the legacy encoding of its country domain.
     *
     * @param url the page's address; may be null or empty
     */
    public static Reader reader(byte[] bytes, String contentType, String url) {
        Encoding encoding = encodingOf(bytes, contentType, url);
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new DecodingReader(bytes, encoding.offset(), decoder);
    }

    /**
     * Chooses the charset without decoding the document: the bytes are only checked for valid
     * UTF-8 where that decides.
     *
     * @param bytes       the raw document
     * @param contentType the HTTP {@code Content-Type} header value or a bare charset name; may be null
     * @param url         the page's address, a hint for an old page that declares no charset; may be null
     */
    public static Encoding encodingOf(byte[] bytes, String contentType, String url) {
        if (bytes.length == 0) {
            return new Encoding(StandardCharsets.UTF_8, DecodedHtml.CharsetSource.DEFAULT, 0);
        }
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new Encoding(bom.charset, DecodedHtml.CharsetSource.BOM, bom.length);
        }
        Charset http = contentType == null ? null : charsetFrom(contentType);
        if (http != null) {
            return labelled(bytes, http, DecodedHtml.CharsetSource.HTTP_HEADER);
        }
        Charset meta = metaCharset(bytes);
        if (meta != null) {
            return labelled(bytes, meta, DecodedHtml.CharsetSource.META_TAG);
        }
        if (isValidUtf8(bytes) || isMostlyUtf8(bytes)) {
            return new Encoding(StandardCharsets.UTF_8, DecodedHtml.CharsetSource.UTF8_VALID, 0);
        }
        Charset detected = detect(bytes);
        Charset chosen = LegacyFallback.choose(bytes, detected, url);
        return new Encoding(chosen, detected == null && chosen.equals(WINDOWS_1252)
                ? DecodedHtml.CharsetSource.DEFAULT : DecodedHtml.CharsetSource.DETECTED, 0);
    }

    /**
     * The encoding for a declared label. Under a UTF-8 label, valid bytes read the same strictly
     * or leniently: no check needed. Any other label on bytes that are valid multi-byte UTF-8 is
     * a mislabel: pages re-saved as UTF-8 by a crawler, a CMS migration or a database keep their
     * old {@code <meta charset>} (gb2312, shift_jis, windows-1252...), while text really written
     * in a legacy encoding is, beyond a few characters, never valid UTF-8 by chance: its lead
     * bytes are followed by bytes UTF-8 forbids there. Browsers and the benchmark's own decoder
     * read such pages the same way.
     */
    private static Encoding labelled(byte[] bytes, Charset label, DecodedHtml.CharsetSource source) {
        if (label.equals(StandardCharsets.UTF_8) || hasNonAscii(bytes) && isValidUtf8(bytes)) {
            return new Encoding(StandardCharsets.UTF_8, source, 0);
        }
        return new Encoding(label, source, 0);
    }

    /** Reads a charset name from a Content-Type value or a bare name; null when unknown. */
    static Charset charsetFrom(String contentType) {
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        String name = m.find() ? m.group(1) : contentType.trim();
        return lookup(name);
    }

    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG aliases: browsers read these labels as windows-1252 and GBK supersets.
        switch (n) {
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "l1", "cp1252":
                return WINDOWS_1252;
            case "gb2312", "gb_2312-80", "x-gbk":
                n = "gbk";
                break;
            case "utf8", "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            default:
                break;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES),
                StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset cs = lookup(m.group(1));
            if (cs != null) {
                // A page cannot declare UTF-16 in ASCII-compatible bytes; browsers use UTF-8.
                return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
            }
        }
        return null;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECT_BYTES));
        detector.dataEnd();
        return lookup(detector.getDetectedCharset());
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the bytes are UTF-8 but for a few bad sequences: a capture cut inside a character,
     * or a stray byte pasted into a UTF-8 text. Undeclared, such bytes used to go to the detector,
     * which reads the whole document as windows-1252 at the first bad byte, every accent garbled.
     * Text in a legacy single-byte encoding almost never forms valid multi-byte sequences (a
     * letter above ASCII is followed by ASCII), so a handful of them among many bad bytes does not
     * pass.
     */
    static boolean isMostlyUtf8(byte[] bytes) {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(VALIDATION_CHUNK);
        int multiByte = 0;
        int bad = 0;
        int firstBad = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            multiByte += nonAscii(out);
            out.clear();
            if (result.isError()) {
                firstBad = firstBad < 0 ? in.position() : firstBad;
                bad += result.length();
                if (bad > SETTLED_BAD_BYTES && bad * MULTI_BYTE_PER_BAD > multiByte) {
                    return false; // legacy or binary bytes: no need to read a 64 MB page to the end
                }
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                break;
            }
        }
        boolean cutInLastCharacter = firstBad >= bytes.length - MAX_UTF8_TAIL && multiByte > 0;
        return bad == 0 || cutInLastCharacter || bad * MULTI_BYTE_PER_BAD <= multiByte;
    }

    private static int nonAscii(CharBuffer decoded) {
        int n = 0;
        for (int i = 0, end = decoded.position(); i < end; i++) {
            if (decoded.get(i) >= 0x80) {
                n++;
            }
        }
        return n;
    }

    /** A UTF-8 decoder that reports bad bytes instead of replacing them. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** True when the bytes are valid UTF-8; checked byte by byte, without decoding them. */
    static boolean isValidUtf8(byte[] bytes) {
        return Utf8.isValid(bytes);
    }

    /**
     * The bytes as text, bad sequences replaced: what a decoder set to replace gives, by the
     * String constructor's fast paths (UTF-8 and Latin alphabets are decoded without a decoder).
     */
    private static String decodeLenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
