package dev.pith.langid;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Apache OpenNLP's language model (a maximum-entropy model over character 1- to 3-grams) in flat
 * arrays, as {@link ModelPacker} writes it at build time, evaluated exactly as OpenNLP's
 * {@code GISModel.eval} does: the same sums in the same order, so the same probabilities to the
 * last bit ({@code PackedModelTest} checks this against OpenNLP itself).
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

    /** Outcome names as OpenNLP stores them (ISO 639-3). */
    private final String[] outcomes;
    /** Each predicate's {@link #key}, ascending. */
    private final long[] keys;
    /** Predicate {@code p}'s parameters are {@code [starts[p], starts[p + 1])} of the next two arrays. */
    private final int[] starts;
    /** The outcome each parameter belongs to. */
    private final byte[] outcomeOf;
    private final double[] params;
    /** Every outcome's sum starts here: the log of OpenNLP's uniform prior. */
    private final double logPrior;

    private PackedModel(String[] outcomes, long[] keys, int[] starts, byte[] outcomeOf, double[] params) {
        this.outcomes = outcomes;
        this.keys = keys;
        this.starts = starts;
        this.outcomeOf = outcomeOf;
        this.params = params;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
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
        long key = gram.length();
        for (int i = 0; i < MAX_GRAM; i++) {
            key = key << Character.SIZE | (i < gram.length() ? gram.charAt(i) : 0);
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
     * The probability of each outcome given the features, as OpenNLP computes it: the prior
     * plus every known feature's parameters, exponentiated and normalised. Unknown features
     * and features longer than {@link #MAX_GRAM} count for nothing, as in OpenNLP.
     */
    double[] probabilities(String[] features) {
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, logPrior);
        for (String feature : features) {
            int p = feature.length() > MAX_GRAM ? -1 : Arrays.binarySearch(keys, key(feature));
            if (p < 0) {
                continue;
            }
            for (int k = starts[p]; k < starts[p + 1]; k++) {
                sums[Byte.toUnsignedInt(outcomeOf[k])] += params[k];
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
}
