package dev.pith.batch.dedup;

/**
 * What the output pass needs to remember of one input record between passes.
 *
 * @param id       the record id
 * @param error    why it could not be used, or null
 * @param note     a non-fatal remark (duplicate id, too short, truncated), or null
 * @param plain    true when the record has none of the fields dedup writes, so the output line
 *                 can be the input line with fields appended
 */
record RecordState(String id, String error, String note, boolean plain) {

    RecordState withNote(String more) {
        if (more == null) {
            return this;
        }
        return new RecordState(id, error, note == null ? more : note + "; " + more, plain);
    }
}
