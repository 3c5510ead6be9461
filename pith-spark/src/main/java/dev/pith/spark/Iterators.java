package dev.pith.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Lazy iterator helpers, so that a partition is never held in memory at once. */
public final class Iterators {

    private Iterators() {
    }

    public static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    /** The elements of each list in turn. */
    public static <A> Iterator<A> flatten(Iterator<? extends Iterable<A>> in) {
        return new Iterator<>() {
            private Iterator<A> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && in.hasNext()) {
                    current = in.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public A next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
