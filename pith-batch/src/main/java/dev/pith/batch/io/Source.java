package dev.pith.batch.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Map;

/**
 * A stream of inputs read lazily (files, WARC records, URLs), with an account of what it read
 * but did not hand on, so that a run can report {@code in = out + errors + skipped}.
 * Per-record problems never end the stream: they become inputs that fail when read.
 */
public interface Source extends Iterator<Input>, Closeable {

    /** Records read but not handed on, by reason (e.g. {@code "not HTML"}); a live view. */
    Map<String, Long> skipped();

    /** A source over inputs already known, with nothing skipped. */
    static Source of(Iterator<Input> inputs) {
        return new Source() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Input next() {
                return inputs.next();
            }

            @Override
            public Map<String, Long> skipped() {
                return Map.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
