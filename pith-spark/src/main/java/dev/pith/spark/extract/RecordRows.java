package dev.pith.spark.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The table form of {@code pith extract}'s JSON record: {@code id}, {@code source} (file and
 * byte offset), {@code url}, {@code warc_date}, every metadata field under the names the JSON
 * record uses (taken from {@link Metadata#asMap}, so a field added to the core appears here
 * too; lists are string arrays), {@code text} and {@code error}.
 */
public final class RecordRows {

    /** The fields before the metadata, as {@code Records} writes them. */
    static final List<String> HEAD = List.of("id", "source", "url", "warc_date");
    /** The fields after the metadata. */
    static final List<String> TAIL = List.of("text", "error");

    private RecordRows() {
    }

    /** The schema of the extraction table. */
    public static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        HEAD.forEach(f -> fields.add(DataTypes.createStructField(f, DataTypes.StringType, true)));
        for (Map.Entry<String, Object> e : Metadata.EMPTY.asMap().entrySet()) {
            if (!HEAD.contains(e.getKey()) && !TAIL.contains(e.getKey())) {
                DataType type = e.getValue() instanceof List<?>
                        ? DataTypes.createArrayType(DataTypes.StringType, false) : DataTypes.StringType;
                fields.add(DataTypes.createStructField(e.getKey(), type, true));
            }
        }
        TAIL.forEach(f -> fields.add(DataTypes.createStructField(f, DataTypes.StringType, true)));
        return DataTypes.createStructType(fields);
    }

    /** The record as a row of {@code schema}; fields the schema lacks are left out. */
    public static Row toRow(ObjectNode record, StructType schema) {
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = record.get(schema.fields()[i].name());
            if (v == null || v.isNull()) {
                values[i] = null;
            } else if (v.isArray()) {
                String[] items = new String[v.size()];
                for (int k = 0; k < items.length; k++) {
                    items[k] = v.get(k).asText();
                }
                values[i] = items;
            } else {
                values[i] = v.asText();
            }
        }
        return RowFactory.create(values);
    }
}
