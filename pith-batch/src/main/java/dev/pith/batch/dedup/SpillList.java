package dev.pith.batch.dedup;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An append-only list of per-document records that stays on the heap while its
 * {@link MemoryBudget} allows, and past it writes every element to a file, keeping on the heap
 * only one 8-byte offset per element. Elements are read back one at a time (a positional read),
 * so clustering and writing work the same on either side of the budget, only slower on disk.
 *
 * @param <T> the element type
 */
final class SpillList<T> extends AbstractList<T> implements RandomAccess, Closeable {

    /** Writes and reads one element; {@link #heapBytes} estimates what it occupies on the heap. */
    interface Codec<T> {
        void write(DataOutputStream out, T value) throws IOException;

        T read(DataInputStream in) throws IOException;

        long heapBytes(T value);
    }

    /** Heap bytes of a String with compact (Latin-1) storage: object, array header and fields. */
    private static final int STRING_OVERHEAD = 56;
    private static final int WRITE_BUFFER = 1 << 16;

    private final Path file;
    private final Codec<T> codec;
    private final MemoryBudget budget;
    private final ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    private final DataOutputStream encoder = new DataOutputStream(encoded);
    private List<T> memory = new ArrayList<>();
    private long reserved;
    private long[] offsets;
    private int size;
    private OutputStream out;
    private FileChannel reader;
    private boolean unflushed;

    /**
     * @param file   where the elements go once the budget is spent (created only then)
     * @param codec  how an element is written
     * @param budget shared with the run's other lists
     */
    SpillList(Path file, Codec<T> codec, MemoryBudget budget) {
        this.file = file;
        this.codec = codec;
        this.budget = budget;
    }

    /** Heap bytes of a string field, for {@link Codec#heapBytes}. */
    static long heapBytes(String s) {
        return s == null ? 0 : STRING_OVERHEAD + s.length();
    }

    /** True once the elements live in the file. */
    boolean spilled() {
        return memory == null;
    }

    @Override
    public boolean add(T value) {
        try {
            if (memory != null) {
                long bytes = codec.heapBytes(value) + Long.BYTES;
                if (budget.reserve(bytes)) {
                    reserved += bytes;
                    memory.add(value);
                    size++;
                    return true;
                }
                spill();
            }
            append(value);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (memory != null) {
            return memory.get(index);
        }
        try {
            if (unflushed) {
                out.flush();
                unflushed = false;
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) (offsets[index + 1] - offsets[index]));
            long position = offsets[index];
            while (bytes.hasRemaining()) {
                int n = reader.read(bytes, position);
                if (n < 0) {
                    throw new IOException("spill file " + file + " is shorter than written");
                }
                position += n;
            }
            return codec.read(new DataInputStream(new ByteArrayInputStream(bytes.array())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** Moves the elements held so far to the file; every later element goes there too. */
    private void spill() throws IOException {
        Files.createDirectories(file.getParent());
        out = new BufferedOutputStream(Files.newOutputStream(file), WRITE_BUFFER);
        reader = FileChannel.open(file, StandardOpenOption.READ);
        offsets = new long[Math.max(16, size * 2 + 1)];
        List<T> held = memory;
        memory = null;
        size = 0;
        for (T value : held) {
            append(value);
        }
        budget.release(reserved);
        reserved = 0;
    }

    private void append(T value) throws IOException {
        encoded.reset();
        codec.write(encoder, value);
        encoder.flush();
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[size + 1] = offsets[size] + encoded.size();
        encoded.writeTo(out);
        unflushed = true;
        size++;
    }

    /** Writes a nullable string of any length (writeUTF stops at 64 KB). */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Frees the budget and deletes the file. */
    @Override
    public void close() throws IOException {
        budget.release(reserved);
        reserved = 0;
        memory = new ArrayList<>();
        size = 0;
        if (out != null) {
            out.close();
            reader.close();
            out = null;
            Files.deleteIfExists(file);
        }
    }
}
