package dev.pith.dedup;

/**
 * Where sketches wait for clustering: shingle sets read back for verification, band keys read
 * back one band at a time. The library keeps them in memory ({@link InMemorySketchStore});
 * the command line spills them to files so that the heap holds only one band at a time.
 */
public interface SketchStore {

    /** Documents stored. */
    int size();

    /** The shingle set of document {@code doc}, sorted and distinct ({@link Shingler#set}). */
    int[] shingles(int doc);

    /** Band keys stored per document. */
    int bands();

    /** The key of band {@code band} for every document; documents without keys hold 0 and are
     *  marked in {@link #comparable}. */
    int[] band(int band);

    /** False for documents with nothing to compare (no tokens, or an error). */
    boolean comparable(int doc);
}
