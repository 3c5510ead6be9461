package dev.pith.dedup;

/**
 * What the survivor rules know of a document.
 *
 * @param id             the record id
 * @param tokens         tokens of the clean body (after boilerplate removal)
 * @param metadataFields non-empty metadata fields of the record
 * @param date           modified date, else published date, ISO 8601; {@code ""} when unknown
 * @param contentHash    hash of the normalised text
 */
public record DocFeatures(String id, int tokens, int metadataFields, String date, long contentHash) {

    /** Checks and normalises the components, as the class comment describes. */
    public DocFeatures {
        id = id == null ? "" : id;
        date = date == null ? "" : date;
    }
}
