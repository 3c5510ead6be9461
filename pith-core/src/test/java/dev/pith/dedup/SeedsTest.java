package dev.pith.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assumeTrue(Files.isRegularFile(a) && Files.isRegularFile(b), "seeds not found at " + seeds());
        List<Deduplicator.Doc> docs = List.of(
                new Deduplicator.Doc("000", Files.readString(a, StandardCharsets.UTF_8), "", 0, ""),
                new Deduplicator.Doc("001", Files.readString(b, StandardCharsets.UTF_8), "", 0, ""),
                new Deduplicator.Doc("other", Stories.text(Stories.story(1, 8)), "", 0, ""));
        Clusters c = new Deduplicator(DedupOptions.defaults()).run(docs);
        assertThat(c.cluster()[0]).isEqualTo(c.cluster()[1]);
        assertThat(c.cluster()[2]).isNotEqualTo(c.cluster()[0]);
        assertThat(c.similarity()[c.survivor()[0] == 0 ? 1 : 0]).isGreaterThan(0.3f);
    }
}
