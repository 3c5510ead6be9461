package dev.pith.cli;

import dev.pith.Pith;
import dev.pith.batch.eval.GoldPage;
import dev.pith.batch.eval.Scorer;
import dev.pith.batch.io.FileInputs;
import dev.pith.batch.io.Input;
import dev.pith.batch.io.JsonLinesSink;
import dev.pith.batch.job.ExtractJob;
import dev.pith.batch.run.RecordPipeline;
import dev.pith.batch.run.Records;
import dev.pith.batch.run.RunStats;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pith eval}: extracts a dataset's pages and scores them against its gold, with the
 * metrics of {@code score.py}, overall and per page type.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = PithVersion.class,
        description = {"Extracts DATASET_DIR/pages and scores against DATASET_DIR/gold.jsonl.",
                "Metrics: shingle F1 (ScrapingHub), word F1 (WCXB), snippet P/R/F (trafilatura)."})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "Folder with pages/ and gold.jsonl.")
    Path dataset;

    @Mixin
    WorkerOptions workers = new WorkerOptions();

    @Option(names = {"-o", "--output"}, description = "Also write the predictions as JSON Lines here.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(dataset.resolve("gold.jsonl")) || !Files.isDirectory(dataset.resolve("pages"))) {
            System.err.println("pith eval: " + dataset + " is not a dataset folder: it needs pages/ and gold.jsonl");
            return 2;
        }
        Map<String, GoldPage> gold = GoldPage.load(dataset.resolve("gold.jsonl"));
        List<Input> inputs = FileInputs.expand(List.of(dataset.resolve("pages").toString()),
                ExtractJob.EXTENSIONS);
        Map<String, String> predictions = new HashMap<>();
        Progress progress = Progress.forTerminal(inputs.size());
        RunStats stats;
        try (OutputStream os = output == null ? OutputStream.nullOutputStream() : Files.newOutputStream(output);
             JsonLinesSink sink = new JsonLinesSink(os)) {
            stats = new RecordPipeline(workers.threads, workers.timeoutSeconds).run(inputs.iterator(), input -> {
                GoldPage g = gold.get(input.id());
                String url = g == null ? "" : g.url();
                return Records.of(input, Pith.extract(input.reader().read(), url, null,
                        dev.pith.ExtractOptions.DEFAULTS));
            }, record -> {
                predictions.put(record.get("id").asText(), record.get("text").asText(""));
                sink.accept(record);
            }, progress);
        }
        System.out.print(Scorer.report(gold, predictions));
        Summaries.print(stats, progress);
        return 0;
    }
}
