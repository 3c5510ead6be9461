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
    /** The table is at most this full, which keeps linear probe runs to a slot or two. */
    private static final double MAX_LOAD = 0.6;
    /** Fibonacci hashing's multiplier (2^64 / golden ratio): spreads the packed characters. */
    static final long SPREAD = 0x9E3779B97F4A7C15L;
    /** Bits of a table entry's second long that count the predicate's parameters (at most one per outcome). */
    private static final int COUNT_BITS = Byte.SIZE;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    /** Outcome bytes per long of a block. */
    private static final int OUTCOMES_PER_WORD = Long.BYTES;

    /** Outcome names as OpenNLP stores them (ISO 639-3). */
    private final String[] outcomes;
    /**
     * An open-addressing table of the predicates, two longs per slot: the {@link #key} (0 = empty
     * slot; no key is 0, since a key holds its gram's length), then where the predicate's block
     * starts in {@link #blocks} and how many parameters it has. A lookup costs about one cache
     * miss for the table and one for the block: with the key, the predicate number, its range and
     * its parameters in five separate arrays, the misses were most of the model's time on a page
     * (parsing in between evicts the 13 MB model from the caches).
     */
    private final long[] table;
    /**
     * Each predicate's parameters in one run: their outcomes, a byte each and eight to a long,
     * then the parameters' bits, in the model's order.
     */
    private final long[] blocks;
    /** Every outcome's sum starts here: the log of OpenNLP's uniform prior. */
    private final double logPrior;

    private PackedModel(String[] outcomes, long[] keys, int[] starts, byte[] outcomeOf, double[] params) {
        if (outcomes.length > COUNT_MASK) {
            throw new IllegalArgumentException("too many outcomes for a packed model: " + outcomes.length);
        }
        this.outcomes = outcomes;
        int slots = Integer.highestOneBit((int) Math.ceil(keys.length / MAX_LOAD) - 1) << 1;
        this.table = new long[2 * Math.max(2, slots)];
        this.blocks = new long[blockWords(starts)];
        int at = 0;
        for (int p = 0; p < keys.length; p++) {
            int count = starts[p + 1] - starts[p];
            int slot = slotOf(keys[p]);
            table[slot] = keys[p];
            table[slot + 1] = (long) at << COUNT_BITS | count;
            for (int j = 0; j < count; j++) {
                blocks[at + j / OUTCOMES_PER_WORD] |= Byte.toUnsignedLong(outcomeOf[starts[p] + j]) << (Byte.SIZE * (j % OUTCOMES_PER_WORD));
            }
            at += outcomeWords(count);
            for (int j = 0; j < count; j++) {
                blocks[at + j] = Double.doubleToRawLongBits(params[starts[p] + j]);
            }
            at += count;
        }
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
    }

    private static int blockWords(int[] starts) {
        int words = 0;
        for (int p = 0; p + 1 < starts.length; p++) {
            int count = starts[p + 1] - starts[p];
            words += outcomeWords(count) + count;
        }
        return words;
    }

    private static int outcomeWords(int count) {
        return (count + OUTCOMES_PER_WORD - 1) / OUTCOMES_PER_WORD;
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
        // one read of the known size: no growing buffers for 13 MB
        byte[] arrays = new byte[predicates * Long.BYTES + (predicates + 1) * Integer.BYTES
                + paramCount * (1 + Double.BYTES)];
        data.readFully(arrays);
        ByteBuffer rest = ByteBuffer.wrap(arrays);
        long[] keys = new long[predicates];
        rest.asLongBuffer().get(keys);
        rest.position(rest.position() + predicates * Long.BYTES);
        int[] starts = new int[predicates + 1];
        rest.asIntBuffer().get(starts);
        rest.position(rest.position() + starts.length * Integer.BYTES);
        byte[] outcomeOf = new byte[paramCount];
        rest.get(outcomeOf);
        double[] params = new double[paramCount];
        rest.asDoubleBuffer().get(params);
        return new PackedModel(outcomes, keys, starts, outcomeOf, params);
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
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, logPrior);
        for (long feature : features) {
            int slot = slotOf(feature);
            if (table[slot] == 0) {
                continue;
            }
            long entry = table[slot + 1];
            int outcomesAt = (int) (entry >>> COUNT_BITS);
            int count = (int) (entry & COUNT_MASK);
            int paramsAt = outcomesAt + outcomeWords(count);
            for (int j = 0; j < count; j++) {
                long word = blocks[outcomesAt + j / OUTCOMES_PER_WORD];
                int outcome = (int) (word >>> (Byte.SIZE * (j % OUTCOMES_PER_WORD))) & 0xFF;
                sums[outcome] += Double.longBitsToDouble(blocks[paramsAt + j]);
            }
        }
        double total = 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            total += sums[i];
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    /** The table index (even) of the slot holding {@code key}, or of the empty slot where it would go. */
    private int slotOf(long key) {
        int slots = table.length / 2;
        int mask = slots - 1;
        int slot = (int) ((key * SPREAD) >>> (Long.SIZE - Integer.numberOfTrailingZeros(slots)));
        while (table[2 * slot] != 0 && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return 2 * slot;
    }
}
