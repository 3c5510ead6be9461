package dev.pith.cli;

import dev.pith.batch.run.RunListener;
import java.io.PrintStream;

/**
 * A progress line on standard error, shown only when it is a terminal and redrawn at most a
 * few times a second; silent otherwise, so logs and pipes stay clean.
 */
public final class Progress implements RunListener {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;

    private Progress(PrintStream err, long total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /** Progress for {@code total} documents (0 when unknown), on when stderr is a terminal. */
    public static Progress forTerminal(long total) {
        return new Progress(System.err, total, System.console() != null);
    }

    public static Progress none() {
        return new Progress(System.err, 0, false);
    }

    @Override
    public void written(long done, long errors) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && done != total) {
            return;
        }
        lastDraw = now;
        double rate = done / Math.max(1e-9, (now - start) / 1e9);
        String of = total > 0 ? "/" + total : "";
        err.printf("\r%d%s documents, %d errors, %.1f/s ", done, of, errors, rate);
        err.flush();
    }

    /** Ends the progress line so the summary starts on a fresh line. */
    public void finish() {
        if (enabled) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
