package dev.pith.spark.extract;

import java.io.Serializable;
import java.util.List;

/**
 * One task's worth of input: a single WARC or JSON Lines file (WARC files are split per file),
 * a batch of small HTML files, or a path that does not exist (which becomes one error row, so
 * that a typo in one of many paths does not cost the whole job).
 *
 * @param kind  what the paths hold
 * @param paths fully qualified Hadoop paths, in the order their rows are written
 */
public record InputUnit(Kind kind, List<String> paths) implements Serializable {

    /** What an input unit holds. */
    public enum Kind {
        /** One {@code .warc} or {@code .warc.gz} file. */
        WARC,
        /** One {@code .jsonl} / {@code .ndjson} file (optionally gzipped) of records with {@code html} or {@code text}. */
        JSON_LINES,
        /** HTML files, one document each. */
        HTML,
        /** Paths the user named that do not exist. */
        MISSING
    }

    public InputUnit {
        paths = List.copyOf(paths);
    }
}
