package dev.pith.batch.dedup;

import dev.pith.dedup.Hash64;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Finds the first document with a given id in 12 bytes per document at half load (a 64-bit id
 * hash and a document number, open addressing), instead of a map from id strings: ids stay in
 * their {@link SpillList}, and a hash match is confirmed by reading the earlier id back.
 */
final class IdIndex {

    /** Slots per document at most twice over: probes stay short. */
    private static final int LOAD_DIVISOR = 2;
    private static final int EMPTY = -1;

    private long[] hashes = new long[16];
    private int[] docs = filled(16);
    private int count;

    /**
     * The first document whose id is {@code id}; when there is none, {@code doc} is recorded as
     * the first and {@code -1} returned.
     *
     * @param idOf reads the id of an earlier document
     */
    int firstOf(String id, int doc, IntFunction<String> idOf) {
        long h = Hash64.chars(id);
        int mask = docs.length - 1;
        for (int slot = (int) h & mask; ; slot = (slot + 1) & mask) {
            if (docs[slot] == EMPTY) {
                hashes[slot] = h;
                docs[slot] = doc;
                if (++count * LOAD_DIVISOR > docs.length) {
                    grow();
                }
                return -1;
            }
            if (hashes[slot] == h && id.equals(idOf.apply(docs[slot]))) {
                return docs[slot];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldDocs = docs;
        hashes = new long[oldDocs.length * 2];
        docs = filled(oldDocs.length * 2);
        int mask = docs.length - 1;
        for (int i = 0; i < oldDocs.length; i++) {
            if (oldDocs[i] != EMPTY) {
                int slot = (int) oldHashes[i] & mask;
                while (docs[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                docs[slot] = oldDocs[i];
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
