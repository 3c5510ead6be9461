package dev.pith.spark.dedup;

import dev.pith.dedup.DocFeatures;
import java.io.Serializable;

/**
 * What clustering and the output keep of one record (never its text).
 *
 * @param doc            its number: its position in the input, as {@code pith dedup} numbers records
 * @param id             its id
 * @param tokens         tokens of its clean body
 * @param metadataFields non-empty metadata fields
 * @param date           modified, else published date; {@code ""} when unknown
 * @param contentHash    hash of the normalised text
 * @param comparable     true when it has a sketch to compare (no error, some text)
 * @param note           a remark for {@code dedup_note}, or null
 * @param error          why it could not be used, or null
 */
public record DocInfo(long doc, String id, int tokens, int metadataFields, String date, long contentHash,
                      boolean comparable, String note, String error) implements Serializable {

    /** The survivor rules' view of the record. */
    public DocFeatures features() {
        return new DocFeatures(id, tokens, metadataFields, date, contentHash);
    }
}
