package dev.pith.langid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Apache OpenNLP's language detection model (103 languages, character 1- to 3-grams), loaded on
 * first use and shared, in the packed form {@link PackedModel} reads; evaluating it is
 * thread-safe.
 *
 * <p>Features are built here rather than by OpenNLP's context generator, whose regular
 * expression normalisers cost several times the model's own evaluation; {@link TextSample} has
 * already reduced the text to lower-case letters and single spaces.
 */
final class NgramModel {

    private static final int MAX_GRAM = PackedModel.MAX_GRAM;

    /** Set once the model's loading has started, on whatever thread. */
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private NgramModel() {
    }

    /**
     * Starts loading the model on a pool thread unless loading has started: a command that
     * extracts one page would otherwise wait for it after the page's parse and rules, which
     * can run meanwhile on another core. The first {@link #probabilities} waits for the load,
     * through class initialisation.
     */
    static void loadAhead() {
        if (STARTED.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> code(0));
        }
    }

    /** Lazily loaded on first use; the JVM's class initialisation makes it thread-safe. */
    private static final class Loaded {
        static final PackedModel MODEL = load();
        static final String[] CODES = codes(MODEL);
    }

    /** The probability of each language, indexed like {@link #code(int)}. */
    static double[] probabilities(String sample) {
        return Loaded.MODEL.probabilities(features(sample));
    }

    /** The index of the likeliest language, as {@code argMax(probabilities(sample))} but cheaper. */
    static int likeliest(String sample) {
        return Loaded.MODEL.likeliest(features(sample));
    }

    /** The language code (ISO 639-1 where one exists) of an index of {@link #probabilities}. */
    static String code(int index) {
        return Loaded.CODES[index];
    }

    /**
     * The distinct 1- to 3-grams of a sample, as the model was trained on them, as
     * {@link PackedModel#key}s: all 1-grams, then 2-grams, then 3-grams, each where it first
     * occurs. No substrings are made: a page's sample has some 1,500 grams.
     */
    static long[] features(String sample) {
        long[] distinct = new long[sample.length() * MAX_GRAM];
        long[] seen = new long[Integer.highestOneBit(Math.max(1, distinct.length) * 2 - 1) << 1];
        int count = 0;
        for (int n = 1; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= sample.length(); i++) {
                long key = PackedModel.key(sample, i, n);
                if (addTo(seen, key)) {
                    distinct[count++] = key;
                }
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    /** Adds the key to an open-addressing set (0 = empty); false when it was there. */
    private static boolean addTo(long[] set, long key) {
        int mask = set.length - 1;
        int slot = Long.hashCode(key * PackedModel.SPREAD) & mask;
        while (set[slot] != 0) {
            if (set[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        set[slot] = key;
        return true;
    }

    private static PackedModel load() {
        // written next to this class by ModelPacker when the module is built
        try (InputStream in = NgramModel.class.getResourceAsStream(ModelPacker.PACKED)) {
            if (in == null) {
                throw new IllegalStateException(ModelPacker.PACKED + " is missing: the build did not run ModelPacker");
            }
            return PackedModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + ModelPacker.PACKED, e);
        }
    }

    private static String[] codes(PackedModel model) {
        String[] codes = new String[model.outcomeCount()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = LanguageCodes.twoLetter(model.outcome(i));
        }
        return codes;
    }
}
