package dev.pith.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (with the {@code spark.hadoop.*} settings, e.g. s3a
 * credentials) in a form that travels to the executors, which rebuild it once per task.
 */
public final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> entries = new HashMap<>();

    public HadoopConf(Configuration conf) {
        conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
    }

    /** The configuration, rebuilt without Hadoop's default resources (the entries hold them). */
    public Configuration get() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
