package dev.pith.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.batch.io.Source;
import dev.pith.batch.io.Sources;
import dev.pith.batch.io.TestWarc;
import dev.pith.batch.job.ExtractJob;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.RunListener;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster: a master and two workers, each a JVM started from Spark's Maven
 * jars, the job jar submitted through SparkSubmit, and one worker (with its executor) killed
 * with SIGKILL while the job runs. Spark reruns the lost tasks and commits output atomically,
 * so the rows are exactly those of an undisturbed run. Every process is stopped afterwards.
 */
class StandaloneClusterIT {

    private static final String REFERENCE_DATE = "2026-01-01";
    private static final int WARC_FILES = 8;
    private static final int PAGES_PER_WARC = 8;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(8);

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aWorkerKilledMidJobDoesNotChangeTheOutput() throws Exception {
        List<String> warcs = warcs();
        Path home = fakeSparkHome();
        int masterPort = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        Process m = start("master", home, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort()));
        awaitLog(dir.resolve("master.log"), "I have been elected leader", m, START_TIMEOUT);
        Process w1 = startWorker(1, home, master);
        Process w2 = startWorker(2, home, master);
        awaitLog(dir.resolve("worker1.log"), "Successfully registered with master", w1, START_TIMEOUT);
        awaitLog(dir.resolve("worker2.log"), "Successfully registered with master", w2, START_TIMEOUT);

        Path out = dir.resolve("out");
        List<String> submit = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--class", "dev.pith.spark.PithSpark", "--conf", "spark.executor.memory=512m",
                "--conf", "spark.executor.cores=1", "--conf", "spark.cores.max=2", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1", "--driver-memory", "512m",
                "--conf", "spark.sql.warehouse.dir=" + dir.resolve("warehouse"),
                System.getProperty("pith.spark.jar"), "extract"));
        submit.addAll(warcs);
        submit.addAll(List.of("-o", out.toString(), "--format", "jsonl", "--reference-date", REFERENCE_DATE));
        Process job = start("submit", home, submit.toArray(String[]::new));
        // kill a worker once tasks are running on the cluster, before the job can be done
        awaitLog(dir.resolve("submit.log"), "Finished task", job, JOB_TIMEOUT);
        Process victim = Files.readString(dir.resolve("worker1.log")).contains("Launching executor") ? w1 : w2;
        victim.descendants().forEach(ProcessHandle::destroyForcibly);
        victim.destroyForcibly();

        assertThat(job.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("job finished").isTrue();
        String log = Files.readString(dir.resolve("submit.log"));
        assertThat(job.exitValue()).as(tail(log)).isZero();
        assertThat(log).contains("pith-spark extract: in " + WARC_FILES * PAGES_PER_WARC + ",");
        assertThat(outputLines(out)).containsExactlyElementsOf(pithExtract(warcs));
    }

    private List<String> warcs() throws IOException {
        List<Path> pages = BenchPages.first("wcxb-dev", WARC_FILES * PAGES_PER_WARC);
        List<String> files = new ArrayList<>();
        for (int f = 0; f < WARC_FILES; f++) {
            TestWarc warc = new TestWarc(true);
            for (Path page : pages.subList(f * PAGES_PER_WARC, (f + 1) * PAGES_PER_WARC)) {
                warc.response("https://example.org/" + BenchPages.id(page), "text/html; charset=utf-8",
                        BenchPages.read(page));
            }
            files.add(Files.write(dir.resolve("part-" + f + ".warc.gz"), warc.bytes()).toString());
        }
        return files;
    }

    /** What {@code pith extract} writes for the same files, in order. */
    private static List<String> pithExtract(List<String> warcs) throws Exception {
        ExtractOptions options = ExtractOptions.DEFAULTS.withReferenceDate(LocalDate.parse(REFERENCE_DATE))
                .withTimeBudget(Duration.ofSeconds(RecordPipeline.DEFAULT_BUDGET_SECONDS));
        List<String> out = new ArrayList<>();
        try (Source source = Sources.open(warcs, ExtractJob.EXTENSIONS, u -> null)) {
            new RecordPipeline(1, RecordPipeline.DEFAULT_BUDGET_SECONDS).run(source, new ExtractJob(options),
                    (ObjectNode r) -> out.add(r.toString()), RunListener.NONE);
        }
        return out;
    }

    private static List<String> outputLines(Path out) throws IOException {
        assertThat(out.resolve("_SUCCESS")).exists();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private Process startWorker(int n, Path home, String master) throws IOException {
        Path work = Files.createDirectories(dir.resolve("work" + n));
        return start("worker" + n, home, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", work.toString(), master);
    }

    /** A JVM on Spark's classpath with the module flags Spark needs; output to NAME.log. */
    private Process start(String name, Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx512m", "-cp", home.resolve("jars").toString() + File.separator + "*"));
        command.addAll(List.of(System.getProperty("pith.spark.opens").trim().split("\\s+")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /**
     * A Spark home for the workers, whose executors are started with {@code SPARK_HOME/jars/*} on
     * their classpath: links to the jars Maven resolved.
     */
    private Path fakeSparkHome() throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
        String cp = Files.readString(Path.of(System.getProperty("pith.spark.classpath"))).strip();
        for (String entry : cp.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            Path link = jars.resolve(jar.getFileName());
            if (entry.endsWith(".jar") && !Files.exists(link)) {
                Files.createSymbolicLink(link, jar);
            }
        }
        return jars.getParent();
    }

    private static void awaitLog(Path log, String text, Process p, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                throw new AssertionError("process ended before '" + text + "':\n" + tail(Files.readString(log)));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + text + "' in " + log + " within " + timeout);
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
