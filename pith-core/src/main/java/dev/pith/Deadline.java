package dev.pith;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;

/**
 * The moment an extraction must give up. Checked between stages, and by the parser's input
 * reader on every chunk it reads, so that a page whose parsing alone takes minutes stops too.
 */
final class Deadline {

    private static final Deadline NONE = new Deadline(null, Long.MAX_VALUE);

    private final Duration budget;
    private final long endNanos;

    private Deadline(Duration budget, long endNanos) {
        this.budget = budget;
        this.endNanos = endNanos;
    }

    /** A deadline {@code budget} from now; none when the budget is null. */
    static Deadline after(Duration budget) {
        return budget == null ? NONE : new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** Throws when the time is up. */
    void check() {
        if (this != NONE && System.nanoTime() - endNanos > 0) {
            throw new ExtractionTimeoutException(budget);
        }
    }

    /** The reader, checking this deadline whenever the parser asks for more input. */
    Reader guard(Reader in) {
        if (this == NONE) {
            return in;
        }
        return new FilterReader(in) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                check();
                return super.read(buf, off, len);
            }

            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }
        };
    }
}
