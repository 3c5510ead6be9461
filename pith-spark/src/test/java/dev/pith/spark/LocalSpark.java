package dev.pith.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session shared by the tests of a JVM (start-up takes seconds). */
public final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder().config(PithKryo.defaults(new SparkConf()))
                    .master("local[2]").appName("pith-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/pith-spark-warehouse")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
