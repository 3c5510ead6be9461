package dev.pith.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Request counts, latencies and errors per route, the worker pool's load, the JVM's memory,
 * threads and GC, and the process's resident memory, in the Prometheus text format.
 */
final class ServerMetrics implements AutoCloseable {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Latency buckets: fine below 100 ms where a healthy extraction lands, coarse up to the budget. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final Path PROC_STATUS = Path.of("/proc/self/status");
    private static final double KIB = 1024;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** The timer of each route, method and status, looked up once rather than built per request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    ServerMetrics(WorkerPool pool) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
        Gauge.builder("pith.workers.busy", pool, WorkerPool::busy)
                .description("extractions running now").register(registry);
        Gauge.builder("pith.workers.queued", pool, WorkerPool::queued)
                .description("requests waiting for a worker").register(registry);
        Gauge.builder("process.resident.memory", ServerMetrics::residentBytes).baseUnit("bytes")
                .description("resident set size (VmRSS), NaN off Linux").register(registry);
    }

    /** Counts one answered request and its latency. */
    void record(String route, String method, int status, long nanos) {
        timers.computeIfAbsent(route + ' ' + method + ' ' + status, k -> Timer.builder("pith.http.requests")
                .description("answered HTTP requests")
                .tags("route", route, "method", method, "status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Counts one error answer by its code. */
    void error(String code) {
        registry.counter("pith.http.errors", "code", code).increment();
    }

    String scrape() {
        return registry.scrape();
    }

    private static double residentBytes() {
        try {
            for (String line : Files.readAllLines(PROC_STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) * KIB;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
