package dev.pith.batch.io;

/**
 * Looks at the first bytes of a document to catch what its name or header got wrong: a UTF-16
 * page saved without a byte-order mark (which every 8-bit reading turns into its own markup with
 * a NUL between letters), and binary data (an image, an archive, random bytes) given as a page.
 */
public final class ByteSniffer {

    /** How much of a document is looked at: enough for a stable share, cheap on huge inputs. */
    private static final int SAMPLE_BYTES = 4096;
    /** UTF-16 text of ASCII markup has a zero in half of its bytes; this share of pairs is a safe margin. */
    private static final double UTF16_ZERO_SHARE = 0.4;
    /** Text in any 8-bit or UTF-8 encoding has almost no C0 control bytes; random bytes have about 9 %. */
    private static final double BINARY_CONTROL_SHARE = 0.03;

    private ByteSniffer() {
    }

    /** {@code UTF-16LE} or {@code UTF-16BE} for UTF-16 bytes without a byte-order mark; null otherwise. */
    public static String utf16WithoutBom(byte[] b) {
        if (b.length < 2 || hasBom(b)) {
            return null;
        }
        int pairs = Math.min(b.length, SAMPLE_BYTES) / 2;
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i < pairs; i++) {
            byte first = b[2 * i];
            byte second = b[2 * i + 1];
            if (first != 0 && second == 0) {
                zeroHigh++;
            } else if (first == 0 && second != 0) {
                zeroLow++;
            }
        }
        if (zeroHigh >= pairs * UTF16_ZERO_SHARE) {
            return "UTF-16LE";
        }
        return zeroLow >= pairs * UTF16_ZERO_SHARE ? "UTF-16BE" : null;
    }

    /** True when the bytes are not text in any encoding a web page uses. */
    public static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SAMPLE_BYTES);
        if (n == 0 || hasBom(b)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > n * BINARY_CONTROL_SHARE;
    }

    private static boolean hasBom(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        return b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe
                || b0 == 0xef && b1 == 0xbb && b.length > 2 && (b[2] & 0xff) == 0xbf;
    }
}
