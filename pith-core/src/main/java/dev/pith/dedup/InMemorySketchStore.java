package dev.pith.dedup;

import java.util.ArrayList;
import java.util.List;

/** A {@link SketchStore} on the heap: for the library and small batches. */
public final class InMemorySketchStore implements SketchStore {

    private final int bands;
    private final List<DocumentSketch> sketches = new ArrayList<>();

    /** A store for sketches with {@code bands} LSH bands, all in memory. */
    public InMemorySketchStore(int bands) {
        this.bands = bands;
    }

    /** Appends a sketch, or null for a document that cannot be compared; returns its number. */
    public int add(DocumentSketch sketch) {
        sketches.add(sketch);
        return sketches.size() - 1;
    }

    @Override
    public int size() {
        return sketches.size();
    }

    @Override
    public int[] shingles(int doc) {
        DocumentSketch s = sketches.get(doc);
        return s == null ? new int[0] : Shingler.set(s.shingles());
    }

    @Override
    public int bands() {
        return bands;
    }

    @Override
    public int[] band(int band) {
        int[] column = new int[sketches.size()];
        for (int i = 0; i < column.length; i++) {
            DocumentSketch s = sketches.get(i);
            column[i] = comparable(i) ? s.bandKeys()[band] : 0;
        }
        return column;
    }

    @Override
    public boolean comparable(int doc) {
        DocumentSketch s = sketches.get(doc);
        return s != null && !s.isEmpty();
    }
}
