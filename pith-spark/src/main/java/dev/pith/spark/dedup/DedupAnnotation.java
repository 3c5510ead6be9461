package dev.pith.spark.dedup;

import java.io.Serializable;

/**
 * What {@code pith dedup} adds to a record.
 *
 * @param cluster     the smallest document number in its cluster
 * @param clusterSize documents in its cluster
 * @param duplicateOf the survivor's id, null for the survivor itself
 * @param similarity  shingle Jaccard with the survivor, rounded to 4 decimals (1 for the survivor
 *                    and for identical normalised texts)
 * @param note        {@code dedup_note}, or null
 * @param error       why the record could not be used, or null
 */
public record DedupAnnotation(long cluster, long clusterSize, String duplicateOf, double similarity, String note,
                              String error) implements Serializable {
}
