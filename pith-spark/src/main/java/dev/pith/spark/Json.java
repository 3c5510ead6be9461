package dev.pith.spark;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code ObjectMapper} the Spark stages read records with, one per JVM: creating one costs
 * a process some 200 ms of CPU, and a mapper is thread-safe once configured. The batch module
 * builds and writes its records without one ({@link dev.pith.batch.run.Records}).
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
