package dev.pith.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two seed captures of one story (one with heavy boilerplate) are one cluster. */
class SeedsTest {

    /** {@code ../shared/seeds} relative to the repository root; tests run in the module folder. */
    static Path seeds() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("pith-core")) ? here : here.getParent();
        return root.resolve("../shared/seeds").normalize();
    }

    @Test
    void theTwoCapturesOfTheSeedStoryAreOneCluster() throws IOException {
        Path a = seeds().resolve("000_a5f8cb4538f3775b.txt");
        Path b = seeds().resolve("001_560cd516d38ac298.txt");
        SharedData.require(a, b);
        List<Deduplicator.Doc> docs = List.of(
                new Deduplicator.Doc("000", Files.readString(a, StandardCharsets.UTF_8), "", 0, ""),
                new Deduplicator.Doc("001", Files.readString(b, StandardCharsets.UTF_8), "", 0, ""),
                new Deduplicator.Doc("other", Stories.text(Stories.story(1, 8)), "", 0, ""));
        Clusters c = new Deduplicator(DedupOptions.defaults()).run(docs);
        assertThat(c.clusterOf(0)).isEqualTo(c.clusterOf(1));
        assertThat(c.clusterOf(2)).isNotEqualTo(c.clusterOf(0));
        assertThat(c.similarityOf(c.survivorOf(0) == 0 ? 1 : 0)).isGreaterThan(0.3f);
    }
}
