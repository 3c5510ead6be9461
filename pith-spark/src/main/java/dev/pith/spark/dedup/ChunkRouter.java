package dev.pith.spark.dedup;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import scala.Tuple2;

/**
 * The map side of a packed shuffle: each item of a partition adds packed entries to the buffers
 * of their destination partitions; a buffer is sent as one chunk once it holds {@code limit}
 * entries, and every non-empty one at the end. Memory stays bounded whatever the partition's size,
 * and the shuffle moves a few large records, keyed by destination ({@link DirectPartitioner}).
 *
 * @param <T> an input item
 * @param <B> a destination's buffer
 * @param <C> the chunk a buffer becomes
 */
final class ChunkRouter<T, B extends ChunkRouter.Buffer<C>, C> implements Iterator<Tuple2<Integer, C>> {

    /** Entries gathered for one destination. */
    interface Buffer<C> {
        int size();

        /** The entries so far as one chunk; the buffer is empty afterwards. */
        C take();
    }

    /** Adds an item's entries, each to the buffer of its destination partition. */
    @FunctionalInterface
    interface Route<T, B> {
        void route(T item, IntFunction<B> destination);
    }

    private final Iterator<T> in;
    private final Supplier<B> newBuffer;
    private final Route<T, B> route;
    private final int limit;
    private final Object[] buffers;
    private final ArrayDeque<Tuple2<Integer, C>> ready = new ArrayDeque<>();
    private final IntFunction<B> destination = this::buffer;
    private boolean flushed;

    ChunkRouter(Iterator<T> in, int partitions, Supplier<B> newBuffer, Route<T, B> route, int limit) {
        this.in = in;
        this.newBuffer = newBuffer;
        this.route = route;
        this.limit = limit;
        this.buffers = new Object[partitions];
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && in.hasNext()) {
            route.route(in.next(), destination);
        }
        if (ready.isEmpty() && !flushed) {
            flushed = true;
            for (int p = 0; p < buffers.length; p++) {
                B b = get(p);
                if (b != null && b.size() > 0) {
                    ready.add(new Tuple2<>(p, b.take()));
                }
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Tuple2<Integer, C> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** The buffer of partition p; a full one is sent first, so the caller adds to a buffer with room. */
    private B buffer(int p) {
        B b = get(p);
        if (b == null) {
            b = newBuffer.get();
            buffers[p] = b;
        } else if (b.size() >= limit) {
            ready.add(new Tuple2<>(p, b.take()));
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    private B get(int p) {
        return (B) buffers[p];
    }
}
