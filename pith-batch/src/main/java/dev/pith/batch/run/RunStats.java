package dev.pith.batch.run;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did. Every input is accounted for:
 * {@code inputs = (documents - errors) + errors + skipped + resumed}.
 *
 * @param documents   records written (with or without error)
 * @param errors      records with an error
 * @param skipped     inputs read but deliberately not processed, by reason (e.g. "not HTML")
 * @param resumed     inputs not redone because the output already held their records
 * @param nanos       wall-clock time
 * @param interrupted true when the run was stopped (Ctrl-C) before the end of its input
 */
public record RunStats(long documents, long errors, Map<String, Long> skipped, long resumed, long nanos,
                       boolean interrupted) {

    public RunStats {
        skipped = skipped == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** A complete run without skipped or resumed inputs. */
    public RunStats(long documents, long errors, long nanos) {
        this(documents, errors, Map.of(), 0, nanos, false);
    }

    public RunStats withSkipped(Map<String, Long> reasons) {
        return new RunStats(documents, errors, reasons, resumed, nanos, interrupted);
    }

    public RunStats withResumed(long alreadyWritten) {
        return new RunStats(documents, errors, skipped, alreadyWritten, nanos, interrupted);
    }

    /** Records written without error. */
    public long ok() {
        return documents - errors;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every input read: ok + errors + skipped + resumed. */
    public long inputs() {
        return documents + skippedTotal() + resumed;
    }

    public double perSecond() {
        return nanos == 0 ? 0 : documents / (nanos / 1e9);
    }

    /** The one-line summary printed at the end of a run. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "pith: %d in = %d ok + %d errors + %d skipped", inputs(), ok(), errors, skippedTotal()));
        if (resumed > 0) {
            s.append(String.format(Locale.ROOT, " + %d already in output", resumed));
        }
        if (!skipped.isEmpty()) {
            s.append(skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        s.append(String.format(Locale.ROOT, "; %.1f s, %.1f pages/s", nanos / 1e9, perSecond()));
        if (interrupted) {
            s.append("; interrupted: run again with --resume to finish");
        }
        return s.toString();
    }
}
