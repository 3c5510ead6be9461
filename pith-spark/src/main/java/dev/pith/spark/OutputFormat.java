package dev.pith.spark;

import java.util.Locale;

/** How a stage writes its table: Parquet (columnar, the default) or JSON Lines (text, one record a line). */
public enum OutputFormat {
    PARQUET, JSONL;

    public static OutputFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown format '" + name + "' (use parquet or jsonl)");
        }
    }
}
