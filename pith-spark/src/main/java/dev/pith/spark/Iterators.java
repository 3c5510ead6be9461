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
}
