package dev.pith.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.xml.sax.InputSource;

/**
 * The end-to-end benchmark's peer: boilerpipe 1.2.2's article extractor over a folder of
 * {@code .html.gz} pages, one JSON line per page, in its own JVM — the same job as
 * {@code pith extract DIR -j 1 -o FILE}, so that {@code bench/e2e.sh} can time both as users do.
 * Usage: {@code BoilerpipeRunner PAGES_DIR OUT.jsonl}.
 */
public final class BoilerpipeRunner {

    private BoilerpipeRunner() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            pages = files.filter(Files::isRegularFile).sorted().toList();
        }
        int errors = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            for (Path page : pages) {
                ObjectNode record = json.createObjectNode().put("id", page.getFileName().toString());
                try {
                    InputSource source = new InputSource(new ByteArrayInputStream(read(page)));
                    record.put("text", ArticleExtractor.INSTANCE.getText(source));
                } catch (Exception | StackOverflowError e) {
                    record.put("text", "").put("error", String.valueOf(e.getMessage()));
                    errors++;
                }
                out.write(json.writeValueAsBytes(record));
                out.write('\n');
            }
        }
        System.err.printf("boilerpipe: %d pages, %d errors%n", pages.size(), errors);
    }

    private static byte[] read(Path page) throws IOException {
        try (InputStream in = Files.newInputStream(page)) {
            byte[] raw = in.readAllBytes();
            boolean gzip = raw.length > 1 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
            return gzip ? new GZIPInputStream(new ByteArrayInputStream(raw)).readAllBytes() : raw;
        }
    }
}
