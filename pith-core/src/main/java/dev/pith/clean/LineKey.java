package dev.pith.clean;

/**
 * A 64-bit fingerprint of a line for corpus statistics: letters and digits only, lower case,
 * every digit run read as one {@code 0} — so "12 comments" and "3 comments", or a footer that
 * differs in spacing or punctuation, count as the same line.
 */
public final class LineKey {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private LineKey() {
    }

    /** The fingerprint of a line; 0 for a line without letters or digits. */
    public static long of(String line) {
        long h = FNV_OFFSET;
        boolean any = false;
        boolean inDigits = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) {
                if (!inDigits) {
                    h = (h ^ '0') * FNV_PRIME;
                }
                inDigits = true;
                any = true;
            } else {
                inDigits = false;
                if (Character.isLetter(c)) {
                    h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
                    any = true;
                }
            }
        }
        return any ? mix(h) : 0;
    }

    /** The fingerprint of a line within a site: the same line on two sites counts apart. */
    public static long of(long siteKey, String line) {
        long line64 = of(line);
        return line64 == 0 ? 0 : mix(line64 ^ siteKey * 0x9E3779B97F4A7C15L);
    }

    /** Final avalanche (from SplitMix64), so that similar lines spread over the sketch. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
