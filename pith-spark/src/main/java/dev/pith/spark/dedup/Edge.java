package dev.pith.spark.dedup;

import java.io.Serializable;

/**
 * A pair of documents {@code a < b} from one bucket.
 *
 * @param exact true for identical normalised texts (linked without verification), false for an
 *              LSH candidate that the link rule must verify
 */
record Edge(long a, long b, boolean exact) implements Serializable {
}
