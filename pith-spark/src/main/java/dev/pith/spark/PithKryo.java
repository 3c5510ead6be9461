package dev.pith.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import dev.pith.spark.dedup.DedupKryo;
import dev.pith.spark.extract.InputUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.serializer.KryoSerializer;

/**
 * Kryo for the job's records. Spark's default Java serialization spends most of dedup's CPU on
 * its shuffles; Kryo needs a serializer per record class ({@link RecordSerializer}), registered
 * here. {@link #defaults} turns it on unless the submit chose a serializer itself.
 */
public final class PithKryo implements KryoRegistrator {

    private static final String SERIALIZER = "spark.serializer";
    private static final String REGISTRATOR = "spark.kryo.registrator";
    private static final String REFERENCES = "spark.kryo.referenceTracking";

    @Override
    public void registerClasses(Kryo kryo) {
        // a handful per job, and its path list is an immutable list Kryo cannot rebuild
        kryo.register(InputUnit.class, new JavaSerializer());
        DedupKryo.register(kryo);
    }

    /** Kryo with this registrator, unless {@code conf} names a serializer (then it is left as it is). */
    public static SparkConf defaults(SparkConf conf) {
        if (!conf.contains(SERIALIZER)) {
            conf.set(SERIALIZER, KryoSerializer.class.getName());
            String own = conf.get(REGISTRATOR, "");
            conf.set(REGISTRATOR, own.isEmpty() ? PithKryo.class.getName() : own + "," + PithKryo.class.getName());
            // the job's records are trees without shared parts: tracking references only costs an
            // identity-map lookup per object written
            conf.setIfMissing(REFERENCES, "false");
        }
        return conf;
    }
}
