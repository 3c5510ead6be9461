package dev.pith.batch.dedup;

import dev.pith.dedup.DocumentSketch;
import dev.pith.dedup.SketchStore;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A {@link SketchStore} in files, so that the heap holds only 9 bytes per document (a file
 * offset and a bit) and one band's keys while clustering: shingle sets in {@code shingles.bin},
 * one {@code band-NN.bin} of 4-byte keys per band (the LSH index proper). Reads go through the
 * operating system's page cache. Appends continue an existing directory (incremental runs).
 */
public final class FileSketchStore implements SketchStore, Closeable {

    private static final int BUFFER = 1 << 16;

    private final Path dir;
    private final int bands;
    private final DataOutputStream shingleOut;
    private final DataOutputStream[] bandOut;
    private final BitSet comparable;
    private long[] offsets;
    private int size;
    private long shingleBytes;
    private FileChannel shingleChannel;
    private ByteBuffer readBuffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.BIG_ENDIAN);

    /**
     * @param dir        directory of the files (created if missing)
     * @param bands      band keys per document
     * @param offsets    for an existing store: shingle offsets of its documents plus the end offset;
     *                   null for a new one
     * @param comparable for an existing store: its comparable documents
     */
    public FileSketchStore(Path dir, int bands, long[] offsets, BitSet comparable) throws IOException {
        Files.createDirectories(dir);
        this.dir = dir;
        this.bands = bands;
        boolean append = offsets != null;
        this.offsets = append ? offsets : new long[]{0};
        this.size = this.offsets.length - 1;
        this.shingleBytes = this.offsets[size];
        this.comparable = append ? (BitSet) comparable.clone() : new BitSet();
        if (append) {
            // a run that failed after appending leaves data past the saved state: drop it
            truncate(dir.resolve("shingles.bin"), shingleBytes);
            for (int b = 0; b < bands; b++) {
                truncate(bandFile(b), 4L * size);
            }
        }
        this.shingleOut = open(dir.resolve("shingles.bin"), append);
        this.bandOut = new DataOutputStream[bands];
        for (int b = 0; b < bands; b++) {
            bandOut[b] = open(bandFile(b), append);
        }
    }

    private static void truncate(Path f, long bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
            if (ch.size() < bytes) {
                throw new IOException("index file " + f + " is shorter than its saved state: index damaged");
            }
            ch.truncate(bytes);
        }
    }

    private DataOutputStream open(Path f, boolean append) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING), BUFFER));
    }

    private Path bandFile(int b) {
        return dir.resolve(String.format("band-%02d.bin", b));
    }

    /** Appends a document's sketch (null when it has none), whose shingles must already be a
     *  sorted set ({@link dev.pith.dedup.Shingler#set}), and returns its number. */
    public int add(DocumentSketch sketch) throws IOException {
        boolean usable = sketch != null && !sketch.isEmpty();
        if (usable) {
            for (int v : sketch.shingles()) {
                shingleOut.writeInt(v);
            }
            shingleBytes += 4L * sketch.shingles().length;
            comparable.set(size);
        }
        for (int b = 0; b < bands; b++) {
            bandOut[b].writeInt(usable ? sketch.bandKeys()[b] : 0);
        }
        if (offsets.length == size + 1) {
            offsets = Arrays.copyOf(offsets, Math.max(16, offsets.length * 2));
        }
        offsets[++size] = shingleBytes;
        return size - 1;
    }

    /** Flushes the files; call before reading. */
    public void flush() throws IOException {
        shingleOut.flush();
        for (DataOutputStream o : bandOut) {
            o.flush();
        }
        if (shingleChannel != null) {
            shingleChannel.close();
        }
        shingleChannel = FileChannel.open(dir.resolve("shingles.bin"), StandardOpenOption.READ);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int[] shingles(int doc) {
        long from = offsets[doc];
        int bytes = (int) (offsets[doc + 1] - from);
        if (readBuffer.capacity() < bytes) {
            readBuffer = ByteBuffer.allocate(Integer.highestOneBit(bytes) * 2);
        }
        readBuffer.clear().limit(bytes);
        try {
            while (readBuffer.hasRemaining()) {
                if (shingleChannel.read(readBuffer, from + readBuffer.position()) < 0) {
                    throw new IOException("shingle file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readBuffer.flip();
        int[] out = new int[bytes / 4];
        readBuffer.asIntBuffer().get(out);
        return out;
    }

    @Override
    public int bands() {
        return bands;
    }

    @Override
    public int[] band(int band) {
        try {
            byte[] bytes = Files.readAllBytes(bandFile(band));
            IntBuffer ints = ByteBuffer.wrap(bytes).asIntBuffer();
            int[] out = new int[Math.min(size, ints.remaining())];
            ints.get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean comparable(int doc) {
        return comparable.get(doc);
    }

    /** Shingle offsets of all documents plus the end offset, for saving. */
    public long[] offsets() {
        return Arrays.copyOf(offsets, size + 1);
    }

    public BitSet comparableDocs() {
        return (BitSet) comparable.clone();
    }

    /** Bytes of band keys per document: the LSH index. */
    public int indexBytesPerDocument() {
        return 4 * bands;
    }

    /** Bytes on disk so far. */
    public long diskBytes() {
        return shingleBytes + 4L * bands * size;
    }

    @Override
    public void close() throws IOException {
        shingleOut.close();
        for (DataOutputStream o : bandOut) {
            o.close();
        }
        if (shingleChannel != null) {
            shingleChannel.close();
        }
    }
}
