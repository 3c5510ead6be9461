package dev.pith.dedup;

/**
 * The 64-bit hashing used by deduplication: a character-wise multiply-xor hash finished with
 * the MurmurHash3 {@code fmix64} avalanche, and the SplitMix64 constants for combining.
 * Stable across JVMs and runs, since saved indexes must match later batches.
 */
public final class Hash64 {

    /** The golden-ratio multiplier of SplitMix64; odd, so multiplying by it is a bijection. */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SEED = 0x2545F4914F6CDD1DL;

    private Hash64() {
    }

    /** MurmurHash3's 64-bit finaliser: every input bit flips each output bit with ~1/2 chance. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE53EC5BBL;
        h ^= h >>> 33;
        return h;
    }

    /** Hashes {@code s[from, to)}. */
    public static long chars(CharSequence s, int from, int to) {
        long h = SEED ^ (to - from);
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * GOLDEN;
        }
        return mix(h);
    }

    /** Hashes a whole string. */
    public static long chars(CharSequence s) {
        return chars(s, 0, s.length());
    }

    /** Combines an accumulated hash with the next value, order-sensitively. */
    public static long combine(long h, long next) {
        return mix(h * GOLDEN + next);
    }
}
