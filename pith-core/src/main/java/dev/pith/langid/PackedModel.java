package dev.pith.langid;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Apache OpenNLP's language model (a maximum-entropy model over character 1- to 3-grams) in flat
 * arrays, as {@link ModelPacker} writes it at build time, evaluated as OpenNLP's
 * {@code GISModel.eval} does: given the same features in the same order, the same sums in the
 * same order and so the same probabilities to the last bit ({@code PackedModelTest} checks this
 * against OpenNLP itself).
 *
 * <p>Why not OpenNLP's own object model at run time: reading it builds 146,000 predicate objects
 * from strings and costs half a second of CPU per process, more than extracting a page; these
 * arrays load in a few milliseconds, which is what a command run on one page feels.
 *
 * <p>Immutable and thread-safe.
 */
final class PackedModel {

    /** The first four bytes of the format: "PLM1". */
    static final int MAGIC = 0x504c4d31;
    /** Longest gram the model holds; {@link #key} packs up to this many characters. */
    static final int MAX_GRAM = 3;
    /**
     * The table is at most this full: probe runs stay short (about two slots for a gram the
     * model lacks, in the same cache line mostly), while a table twice as large, half as full,
     * measured slower for the cache misses of its size.
     */
    private static final double MAX_LOAD = 0.6;
    /** Longs per slot of {@link #slots}: the key and the parameter range. */
    private static final int SLOT_LONGS = 2;
    /**
     * A lead in log sums that the exponential and the normalisation cannot undo: a factor of
     * 1 + 1e-9 between the exponentials, millions of times their rounding error (under one unit
     * in the last place each).
     */
    private static final double CLEAR_LEAD = 1e-9;
    /** Log sums whose exponential is a normal double, with room for the hundred-fold total. */
    private static final double MIN_EXACT_LOG = -700;
    private static final double MAX_EXACT_LOG = 700;
    /**
     * Marks, in a slot's parameter range, a predicate with one parameter for every outcome in
     * outcome order: the common grams of every language ("e", " d"). Their parameters are added
     * outcome by outcome in a loop the compiler vectorises, where the others are scattered by
     * {@link #outcomeOf}. Ranges end below 2^31, so the end's top bit is free.
     */
    private static final long DENSE = 1L << (Integer.SIZE - 1);
    /** The end of a parameter range, the {@link #DENSE} mark cleared. */
    private static final long END = DENSE - 1;
    /** Bytes read at a time while loading: the arrays fill straight from the stream. */
    private static final int READ_CHUNK = 64 * 1024;
    /** Fibonacci hashing's multiplier (2^64 / golden ratio): spreads the packed characters. */
    static final long SPREAD = 0x9E3779B97F4A7C15L;

    /** Outcome names as OpenNLP stores them (ISO 639-3). */
    private final String[] outcomes;
    /**
     * An open-addressing table of the predicates' {@link #key}s, two longs per slot: the key
     * (0 = empty slot; no key is 0, since a key holds its gram's length), then the predicate's
     * parameter range, {@code start << 32 | end}. Two probes on average where a search of the
     * sorted keys took seventeen; key and range side by side cost one cache miss per feature
     * where separate arrays of keys, predicates and starts cost three.
     */
    private final long[] slots;
    /** The outcome each parameter belongs to; a predicate's parameters are a range of this and {@link #params}. */
    private final byte[] outcomeOf;
    private final double[] params;
    /** Every outcome's sum starts here: the log of OpenNLP's uniform prior. */
    private final double logPrior;

    private PackedModel(String[] outcomes, long[] keys, int[] starts, byte[] outcomeOf, double[] params) {
        this.outcomes = outcomes;
        int slotCount = Integer.highestOneBit((int) Math.ceil(keys.length / MAX_LOAD) - 1) << 1;
        this.slots = new long[slotCount * SLOT_LONGS];
        for (int p = 0; p < keys.length; p++) {
            int slot = slotOf(keys[p]);
            slots[slot] = keys[p];
            boolean dense = isDense(outcomeOf, starts[p], starts[p + 1], outcomes.length);
            slots[slot + 1] = (long) starts[p] << Integer.SIZE | starts[p + 1] | (dense ? DENSE : 0);
        }
        this.outcomeOf = outcomeOf;
        this.params = params;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
    }

    /** True when the parameters from {@code start} to {@code end} are one per outcome, in outcome order. */
    private static boolean isDense(byte[] outcomeOf, int start, int end, int outcomeCount) {
        if (end - start != outcomeCount) {
            return false;
        }
        for (int o = 0; o < outcomeCount; o++) {
            if (Byte.toUnsignedInt(outcomeOf[start + o]) != o) {
                return false;
            }
        }
        return true;
    }

    /** Reads the format {@link ModelPacker} writes. */
    static PackedModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a packed language model");
        }
        String[] outcomes = new String[data.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = data.readUTF();
        }
        int predicates = data.readInt();
        int paramCount = data.readInt();
        // through one small buffer: a 13 MB staging array, copied once and dropped, cost the
        // young collection that met it alive as much as the copy
        byte[] chunk = new byte[READ_CHUNK];
        long[] keys = new long[predicates];
        for (int at = 0; at < keys.length; ) {
            ByteBuffer b = fill(data, chunk, keys.length - at, Long.BYTES);
            int n = b.remaining() / Long.BYTES;
            b.asLongBuffer().get(keys, at, n);
            at += n;
        }
        int[] starts = new int[predicates + 1];
        for (int at = 0; at < starts.length; ) {
            ByteBuffer b = fill(data, chunk, starts.length - at, Integer.BYTES);
            int n = b.remaining() / Integer.BYTES;
            b.asIntBuffer().get(starts, at, n);
            at += n;
        }
        byte[] outcomeOf = new byte[paramCount];
        data.readFully(outcomeOf);
        double[] params = new double[paramCount];
        for (int at = 0; at < params.length; ) {
            ByteBuffer b = fill(data, chunk, params.length - at, Double.BYTES);
            int n = b.remaining() / Double.BYTES;
            b.asDoubleBuffer().get(params, at, n);
            at += n;
        }
        return new PackedModel(outcomes, keys, starts, outcomeOf, params);
    }

    /** Reads the next {@code min(left, chunk.length / width)} values of {@code width} bytes into the chunk. */
    private static ByteBuffer fill(DataInputStream data, byte[] chunk, int left, int width) throws IOException {
        int bytes = Math.min(left, chunk.length / width) * width;
        data.readFully(chunk, 0, bytes);
        return ByteBuffer.wrap(chunk, 0, bytes);
    }

    /**
     * A gram of one to three characters as one number: its length, then its characters, 16 bits
     * each. Ordering keys orders grams by length, then by characters.
     */
    static long key(CharSequence gram) {
        return key(gram, 0, gram.length());
    }

    /** The {@link #key} of {@code length} characters of {@code text} from {@code start}. */
    static long key(CharSequence text, int start, int length) {
        long key = length;
        for (int i = 0; i < MAX_GRAM; i++) {
            key = key << Character.SIZE | (i < length ? text.charAt(start + i) : 0);
        }
        return key;
    }

    int outcomeCount() {
        return outcomes.length;
    }

    /** The name of an outcome as the model has it (ISO 639-3). */
    String outcome(int index) {
        return outcomes[index];
    }

    /**
     * The probability of each outcome given the features' {@link #key}s, as OpenNLP computes
     * it for the same features in the same order: the prior plus every known feature's
     * parameters, exponentiated and normalised. Unknown features count for nothing.
     */
    double[] probabilities(long[] features) {
        double[] p = logSums(features);
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = StrictMath.exp(p[i]);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }

    /**
     * The most probable outcome, the first of equals: the index of the greatest of
     * {@link #probabilities}, mostly found without their hundred exponentials ({@code
     * StrictMath.exp}, which the JIT does not compile inline: some 20 µs per call here). The
     * exponential and the normalisation keep the order of the log sums wherever the greatest
     * sum leads every other by more than their rounding can close ({@link #CLEAR_LEAD}) and its
     * exponential is a normal number; otherwise the probabilities decide.
     */
    int likeliest(long[] features) {
        double[] sums = logSums(features);
        int best = argMax(sums);
        double runnerUp = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sums.length; i++) {
            if (i != best) {
                runnerUp = Math.max(runnerUp, sums[i]);
            }
        }
        boolean clear = sums[best] - runnerUp > CLEAR_LEAD
                && sums[best] > MIN_EXACT_LOG && sums[best] < MAX_EXACT_LOG;
        return clear ? best : argMax(probabilities(features));
    }

    /** The first index of the greatest value. */
    static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Each outcome's prior plus the parameters of the known features, added in their order. */
    private double[] logSums(long[] features) {
        // All lookups first, then all sums: the lookups do not depend on one another, so the
        // processor overlaps their cache misses instead of waiting for each behind the sums.
        long[] ranges = new long[features.length];
        int known = 0;
        for (long feature : features) {
            int slot = slotOf(feature);
            if (slots[slot] != 0) {
                ranges[known++] = slots[slot + 1];
            }
        }
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, logPrior);
        for (int f = 0; f < known; f++) {
            int start = (int) (ranges[f] >>> Integer.SIZE);
            if ((ranges[f] & DENSE) != 0) {
                // each outcome's sum still adds the features in their order: the same sums to the bit
                for (int o = 0; o < sums.length; o++) {
                    sums[o] += params[start + o];
                }
                continue;
            }
            int end = (int) (ranges[f] & END);
            for (int k = start; k < end; k++) {
                sums[Byte.toUnsignedInt(outcomeOf[k])] += params[k];
            }
        }
        return sums;
    }

    /** The index in {@link #slots} of the slot holding {@code key}, or of the empty slot where it would go. */
    private int slotOf(long key) {
        int slotCount = slots.length / SLOT_LONGS;
        int mask = slotCount - 1;
        int slot = (int) ((key * SPREAD) >>> (Long.SIZE - Integer.numberOfTrailingZeros(slotCount)));
        while (slots[slot * SLOT_LONGS] != 0 && slots[slot * SLOT_LONGS] != key) {
            slot = (slot + 1) & mask;
        }
        return slot * SLOT_LONGS;
    }
}
