package dev.pith.spark.dedup;

import java.io.Serializable;

/**
 * The boilerplate pass's view of one usable record: its site and the keys of its distinct lines
 * (the core's site-and-line hashes), never its text.
 *
 * @param doc      the record's number
 * @param siteHash hash of its site, as the core's line keys hash it
 * @param keys     its distinct site-and-line keys
 */
record SiteLines(long doc, long siteHash, long[] keys) implements Serializable {
}
