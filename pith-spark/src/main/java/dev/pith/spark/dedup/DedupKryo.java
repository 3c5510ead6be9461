package dev.pith.spark.dedup;

import com.esotericsoftware.kryo.Kryo;
import dev.pith.spark.RecordSerializer;
import java.util.List;

/** The records dedup shuffles and keeps between passes, registered with Kryo. */
public final class DedupKryo {

    private static final List<Class<? extends Record>> RECORDS = List.of(BucketChunk.class, DedupAnnotation.class,
            DocInfo.class, LineChunk.class, ParsedDoc.class, Proposals.class, RepeatedLine.class, SetRequests.class,
            SiteLines.class, ClusterStage.Member.class);

    private DedupKryo() {
    }

    public static void register(Kryo kryo) {
        RECORDS.forEach(c -> register(kryo, c));
        kryo.register(Sketched.class, new SketchedSerializer());
    }

    private static <T extends Record> void register(Kryo kryo, Class<T> type) {
        kryo.register(type, new RecordSerializer<>(type));
    }
}
