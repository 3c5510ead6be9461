package dev.pith.cli;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.batch.io.FileInputs;
import dev.pith.batch.job.ExtractJob;
import dev.pith.decode.HtmlDecoder;
import dev.pith.langid.PageLanguage;
import dev.pith.model.Article;
import dev.pith.parse.HtmlParser;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pith bench}: single-thread extraction speed over pages held in memory, against jsoup
 * parsing alone measured in the same run as the baseline. Reports medians, since machines are
 * noisy; rounds of the two alternate so that drift hits both alike.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = PithVersion.class,
        description = {"Measures single-thread extraction time per page against jsoup parsing alone.",
                "Pages are read into memory first; rounds of both alternate; medians are reported.",
                "With --clean: single-thread plain-text cleaning speed of .txt files, MB/s per thread."})
public final class BenchCommand implements Callable<Integer> {

    /**
     * What {@code pith extract} asks of the engine by default (JSON Lines records): no inline
     * marks, which only --links and --formatting show.
     */
    private static final ExtractOptions AS_EXTRACT = ExtractOptions.DEFAULTS.withInlineMarks(false);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML files or directories (.txt with --clean).")
    List<String> paths;

    @Option(names = "--clean", description = "Measure plain-text cleaning (pith clean) instead of extraction.")
    boolean clean;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException {
        if (clean) {
            return CleanBench.run(paths, rounds, warmup, System.out);
        }
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        for (var input : FileInputs.expand(paths, ExtractJob.EXTENSIONS)) {
            byte[] b = input.reader().read();
            pages.add(b);
            bytes += b.length;
        }
        if (pages.isEmpty()) {
            System.err.println("pith bench: no pages found");
            return 1;
        }
        int n = pages.size();
        Timings parse = new Timings(rounds, n);
        Timings extract = new Timings(rounds, n);
        Timings language = new Timings(rounds, n);
        List<Article> articles = pages.stream().map(p -> Pith.extract(p, "", null, AS_EXTRACT)).toList();
        for (int r = 0; r < warmup + rounds; r++) {
            int slot = r - warmup;
            timeParseThenLanguage(pages, articles, slot >= 0 ? parse : null, slot >= 0 ? language : null, slot);
            timeExtract(pages, slot >= 0 ? extract : null, slot);
        }
        double parseWall = medianPerPage(parse.wall);
        double extractWall = medianPerPage(extract.wall);
        double parseCpu = medianPerPage(parse.cpu);
        double extractCpu = medianPerPage(extract.cpu);
        double extractTotal = medianRoundTotal(extract.wall);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "pages                 %d (%.1f MB, %.0f KB average)%n", n, bytes / 1e6, bytes / 1e3 / n);
        System.out.printf(Locale.ROOT, "parse only (jsoup)    median %.2f ms/page wall, %.2f ms CPU%n", parseWall, parseCpu);
        System.out.printf(Locale.ROOT, "extract (Pith)        median %.2f ms/page wall, %.2f ms CPU; %.0f pages/s, %.1f MB/s%n",
                extractWall, extractCpu, n / (extractTotal / 1e3), bytes / 1e6 / (extractTotal / 1e3));
        System.out.printf(Locale.ROOT, "extract / parse       %.2fx wall, %.2fx CPU (median per page)%n",
                extractWall / parseWall, extractCpu / parseCpu);
        System.out.printf(Locale.ROOT, "of which language ID  median %.3f ms/page wall, %.3f ms CPU%n",
                medianPerPage(language.wall), medianPerPage(language.cpu));
        System.out.printf(Locale.ROOT, "heap in use           %.0f MB of %.0f MB max%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        // The collector changes both figures by several percent: say which one ran.
        System.out.printf(Locale.ROOT, "JVM                   Java %s, collectors: %s%n", Runtime.version(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")));
        return 0;
    }

    /**
     * Per round and page, elapsed time and the thread's own CPU time. CPU time leaves out the
     * moments another process held the core, so it is the steadier figure on a busy machine;
     * it also leaves out the garbage collector's threads, so wall time on a quiet machine is the
     * honest one.
     */
    private record Timings(long[][] wall, long[][] cpu) {
        Timings(int rounds, int pages) {
            this(new long[rounds][pages], new long[rounds][pages]);
        }
    }

    private static void timeExtract(List<byte[]> pages, Timings into, int round) {
        for (int i = 0; i < pages.size(); i++) {
            byte[] page = pages.get(i);
            time(() -> Pith.extract(page, "", null, AS_EXTRACT), into, round, i);
        }
    }

    /**
     * Times each page's parse, then the language check extraction ends with on that page's
     * article. The check runs after the parse as in the pipeline, so it meets the caches as
     * the pipeline leaves them: timed back to back, its model stays cached and it looked
     * several times cheaper than it is.
     */
    private static void timeParseThenLanguage(List<byte[]> pages, List<Article> articles, Timings parse,
                                              Timings language, int round) {
        for (int i = 0; i < pages.size(); i++) {
            byte[] page = pages.get(i);
            Article article = articles.get(i);
            time(() -> HtmlParser.parse(HtmlDecoder.reader(page, null), ""), parse, round, i);
            time(() -> PageLanguage.of(article.metadata(), article.body()), language, round, i);
        }
    }

    private static void time(Runnable work, Timings into, int round, int page) {
        long cpu0 = Timing.threadCpuNanos();
        long t0 = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - t0;
        long cpu = Timing.threadCpuNanos() - cpu0;
        if (into != null) {
            into.wall[round][page] = wall;
            into.cpu[round][page] = cpu;
        }
    }

    /** The median over pages of each page's median time across rounds, in ms. */
    private static double medianPerPage(long[][] rounds) {
        int pages = rounds[0].length;
        double[] perPage = new double[pages];
        double[] column = new double[rounds.length];
        for (int p = 0; p < pages; p++) {
            for (int r = 0; r < rounds.length; r++) {
                column[r] = rounds[r][p];
            }
            perPage[p] = Timing.median(column);
        }
        return Timing.median(perPage) / 1e6;
    }

    private static double medianRoundTotal(long[][] rounds) {
        return Timing.median(Arrays.stream(rounds).mapToDouble(r -> Arrays.stream(r).sum()).toArray()) / 1e6;
    }
}
