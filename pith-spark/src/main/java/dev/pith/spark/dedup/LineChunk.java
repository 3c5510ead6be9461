package dev.pith.spark.dedup;

import java.io.Serializable;

/**
 * Line entries on their way to one partition of the line-count shuffle: the core's site-and-line
 * key, the site and the document of each distinct line of each document, packed in parallel
 * arrays (one record for many documents).
 */
record LineChunk(long[] keys, long[] sites, long[] docs) implements Serializable {
}
