package dev.pith.spark.dedup;

import dev.pith.batch.dedup.DedupRecord;
import dev.pith.batch.dedup.JsonlSource;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * One input record as {@code pith dedup} reads it ({@link DedupRecord#parse}: id, text, site
 * from {@code site} or the URL's host, metadata count, date), numbered by its input position.
 */
public record ParsedDoc(long doc, String where, String id, String site, String text, int metadataFields,
                        String date, String error) implements Serializable {

    /**
     * @param doc    the record's position in the input, from 0
     * @param source how the input is named in fallback ids ({@code source:line})
     * @param json   the record, one JSON object
     */
    public static ParsedDoc parse(long doc, String source, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        boolean tooLong = bytes.length > JsonlSource.MAX_LINE_BYTES;
        DedupRecord r = DedupRecord.parse(new JsonlSource.Line(source, doc + 1, bytes, tooLong));
        return new ParsedDoc(doc, r.line().where(), r.id(), r.site(), r.text(), r.metadataFields(), r.date(),
                r.error());
    }

    /** The record without its text, with a problem found later. */
    public ParsedDoc failed(String why) {
        return new ParsedDoc(doc, where, id, "", "", 0, "", why);
    }
}
