package dev.pith.spark.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import scala.Tuple2;

/**
 * A streaming merge join of one partition: the input's records in document order with values
 * keyed by document, sorted by document (any number per document, none for most). Holds one
 * document's values at a time.
 *
 * @param <A> the record
 * @param <B> a value keyed by document
 * @param <R> the result per record
 */
final class DocMerge<A, B, R> implements Iterator<R> {

    /** What to make of a record and its values (empty when it has none). */
    @FunctionalInterface
    interface Combine<A, B, R> extends Serializable {
        R apply(long doc, A record, List<B> values);
    }

    private final Iterator<Tuple2<Long, A>> records;
    private final Iterator<Tuple2<Long, B>> values;
    private final Combine<A, B, R> combine;
    private Tuple2<Long, B> pending;

    /**
     * @param records every document once, in ascending document order
     * @param values  values in ascending document order, each for a document among {@code records}
     */
    DocMerge(Iterator<Tuple2<Long, A>> records, Iterator<Tuple2<Long, B>> values, Combine<A, B, R> combine) {
        this.records = records;
        this.values = values;
        this.combine = combine;
    }

    @Override
    public boolean hasNext() {
        if (records.hasNext()) {
            return true;
        }
        if (pending != null || values.hasNext()) {
            throw new IllegalStateException("a value for a document this partition does not hold: "
                    + (pending != null ? pending._1() : values.next()._1()));
        }
        return false;
    }

    @Override
    public R next() {
        if (!records.hasNext()) {
            throw new NoSuchElementException();
        }
        Tuple2<Long, A> r = records.next();
        long doc = r._1();
        List<B> matched = List.of();
        while (pending != null || values.hasNext()) {
            Tuple2<Long, B> v = pending != null ? pending : values.next();
            pending = null;
            if (v._1() > doc) {
                pending = v;
                break;
            }
            if (v._1() < doc) {
                throw new IllegalStateException("values out of document order at " + v._1());
            }
            matched = matched.isEmpty() ? new ArrayList<>() : matched;
            matched.add(v._2());
        }
        return combine.apply(doc, r._2(), matched);
    }
}
