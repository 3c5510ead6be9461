package dev.pith.spark.dedup;

import java.io.Serializable;

/**
 * A site-and-line key found in enough documents to be boilerplate if its site is small enough.
 *
 * @param key  the core's site-and-line key
 * @param docs  the documents with the line, ascending (its count is their number)
 */
record RepeatedLine(long key, long[] docs) implements Serializable {
}
